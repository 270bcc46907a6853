import type { TableId } from './tables.js';

/** Canonical keys: `<table>.<row>.<column>`. Row ids may hold a dot (`denied.stateSecret`); column ids never do. */
export function cellKey(table: TableId, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}
