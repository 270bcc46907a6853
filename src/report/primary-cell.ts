import type { Finding, FindingCell } from '../rules/finding.js';

/** The cell a finding points at first: the total written (an equation's `actual` side), else its first cell. */
export function primaryCell(finding: Finding): FindingCell | undefined {
  return finding.cells.find((c) => c.side === 'actual') ?? finding.cells[0];
}
