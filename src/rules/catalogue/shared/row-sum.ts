import { cellKey } from '../../../spec/keys.js';
import type { TableId } from '../../../spec/tables.js';
import type { Text } from '../../../spec/text.js';
import type { Equation } from '../../rule.js';

/** A row whose 总计 is the sum of its other columns (表三's rows, 表四's blocks): the parts on one side, the total on the other. */
export function rowSumEquation(table: TableId, row: { id: string } & Text, parts: readonly ({ id: string } & Text)[]): Equation {
  return {
    table,
    row: { zh: row.zh, en: row.en },
    expected: parts.map((part) => ({ key: cellKey(table, row.id, part.id), name: { zh: part.zh, en: part.en } })),
    actual: [{ key: cellKey(table, row.id, 'total'), name: { zh: '总计', en: 'total' } }],
    total: cellKey(table, row.id, 'total'),
    messageId: 'sum',
  };
}
