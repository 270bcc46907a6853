import type { Text } from '../spec/text.js';
import type { FindingCell } from './cited-schema.js';
import type { ModelCell } from './schema.js';

export type { FindingCell, Sentence } from './cited-schema.js';

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
