import { T2_SECTIONS, T3_COLUMNS, T3_ROWS, T4_BLOCKS, T4_OUTCOMES, TABLE_TITLES, type FormatVersion, type TableId } from './tables.js';
import type { Text } from './text.js';

/** Names of tables, rows and columns for messages, from the specification of the tables. */
export const TABLE_NAMES: Record<TableId, Text> = {
  t2: { zh: '表二', en: 'Table 2' },
  t3: { zh: '表三', en: 'Table 3' },
  t4: { zh: '表四', en: 'Table 4' },
};

export const TABLE_FULL_NAMES: Record<TableId, Text> = {
  t2: { zh: TABLE_TITLES.t2.zh, en: TABLE_TITLES.t2.en },
  t3: { zh: TABLE_TITLES.t3.zh, en: TABLE_TITLES.t3.en },
  t4: { zh: TABLE_TITLES.t4.zh, en: TABLE_TITLES.t4.en },
};

const text = (l: { zh: string; en: string }): Text => ({ zh: l.zh, en: l.en });

export function rowName(table: TableId, row: string): Text {
  if (table === 't3') {
    const def = T3_ROWS.find((r) => r.id === row);
    return def ? text(def) : { zh: row, en: row };
  }
  if (table === 't4') {
    const def = T4_BLOCKS.find((b) => b.id === row);
    return def ? text(def) : { zh: row, en: row };
  }
  const def = T2_SECTIONS.flatMap((s) => s.rows).find((r) => r.id === row);
  return def ? text(def) : { zh: row, en: row };
}

export function columnName(table: TableId, row: string, column: string, version?: FormatVersion): Text {
  if (table === 't3') {
    const def = T3_COLUMNS.find((c) => c.id === column);
    return def ? text(def) : { zh: column, en: column };
  }
  if (table === 't4') {
    const def = T4_OUTCOMES.find((c) => c.id === column);
    return def ? text(def) : { zh: column, en: column };
  }
  const section = T2_SECTIONS.find((s) => s.rows.some((r) => r.id === row));
  const candidates = section?.columns.filter((c) => c.id === column) ?? [];
  const def = candidates.find((c) => version === undefined || c.versions?.includes(version)) ?? candidates[0];
  return def ? text(def) : { zh: column, en: column };
}

export function cellNames(cell: { table: TableId; row: string; column: string }, version?: FormatVersion): { row: Text; column: Text } {
  return { row: rowName(cell.table, cell.row), column: columnName(cell.table, cell.row, cell.column, version) };
}
