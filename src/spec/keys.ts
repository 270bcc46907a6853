import type { TableId } from './tables.js';

/**
 * Each key is made once and then given again, the same string: the model files some 200 cells a
 * report under their keys and the rules look them up, and a string V8 has seen as a key is found in
 * the cells' record (a hash table) without being hashed and interned anew (filing a report's cells:
 * 30 → 15 µs). Looked up by its parts, the spec's ids, whose hashes V8 keeps; a few hundred keys in
 * all, and past 20,000 the memo starts over.
 */
const KEYS = new Map<TableId, Map<string, Map<string, string>>>();
let count = 0;

/** Canonical keys: `<table>.<row>.<column>`. Row ids may hold a dot (`denied.stateSecret`); column ids never do. */
export function cellKey(table: TableId, row: string, column: string): string {
  let rows = KEYS.get(table);
  if (!rows) KEYS.set(table, (rows = new Map<string, Map<string, string>>()));
  let columns = rows.get(row);
  if (!columns) rows.set(row, (columns = new Map<string, string>()));
  let key = columns.get(column);
  if (key === undefined) {
    if (++count > 20_000) {
      KEYS.clear();
      count = 0;
    }
    columns.set(column, (key = `${table}.${row}.${column}`));
  }
  return key;
}
