import type { ModelCell } from '../model/schema.js';
import type { FindingCell, Text } from './finding.js';

/** A model cell as a finding names it: sheet, address, key and the value read. */
export function findingCell(cell: ModelCell, name?: Text, side?: FindingCell['side']): FindingCell {
  return {
    sheet: cell.source.sheet,
    address: cell.source.address,
    key: cell.key,
    value: cell.status === 'number' ? cell.value : cell.source.raw === '' ? null : cell.source.raw,
    ...(name ? { name } : {}),
    ...(side ? { side } : {}),
  };
}
