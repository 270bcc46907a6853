import type { ModelCell } from '../model/schema.js';
import type { FindingCell, Text } from './finding.js';

/** A model cell as a finding names it: where it is, its key and the value read. */
export function findingCell(cell: ModelCell, name?: Text, side?: FindingCell['side']): FindingCell {
  return {
    source: cell.source,
    key: cell.key,
    value: cell.status === 'number' ? cell.value : cell.raw === '' ? null : cell.raw,
    ...(name ? { name } : {}),
    ...(side ? { side } : {}),
  };
}
