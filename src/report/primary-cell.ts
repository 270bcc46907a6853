import type { Finding, Severity } from '../rules/finding.js';
import type { FindingCell } from '../model/cited.js';

/**
 * The place a finding points at first: for a finding about the prose, its sentence; else the total
 * written (an equation's `actual` side), else its first cell.
 */
export function primaryCell(finding: Finding): FindingCell | undefined {
  if (finding.sentence) return { source: finding.sentence.source, key: '', value: finding.sentence.text.slice(finding.sentence.start, finding.sentence.end) };
  return finding.cells.find((c) => c.side === 'actual') ?? finding.cells[0];
}

/**
 * Whether a cell decides its finding: of an equation, the total written (the `actual` side), which
 * is the one to look at first; of any other finding, every cell it names. The parts of an equation
 * only support it: they are marked lightly, so that the wrong cell stands out.
 */
export function decides(finding: Finding, cell: FindingCell): boolean {
  return cell.side !== 'expected' || !finding.cells.some((c) => c.side === 'actual');
}

/**
 * A cell's mark, ranked with one more finding that names it: a strong mark (the cell decides a
 * finding) outranks a light one (a part of an equation); among marks of one strength an error
 * outranks a warning. The annotated copy and the HTML report mark cells by this one rule.
 */
export function rankMark(mark: { strong: boolean; severity: Severity }, strong: boolean, severity: Severity): void {
  if (strong && !mark.strong) Object.assign(mark, { strong: true, severity });
  else if (strong === mark.strong && severity === 'error') mark.severity = 'error';
}
