import type { DocTable } from '../document.js';
import type { Line } from './lines.js';

/** A table found by the alignment of its text (no rulings), on one page. */
export interface StreamTable {
  page: number;
  top: number;
  bottom: number;
  table: DocTable;
}

export function streamTables(_page: number, lines: Line[]): { tables: StreamTable[]; rest: Line[] } {
  return { tables: [], rest: lines };
}
