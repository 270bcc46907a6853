import type { DocCell, DocTable } from '../../src/read/document.js';

/** A worksheet read as a table, as tests look at it: its name, cells and merged ranges. */
export function sheetOf(table: DocTable): { name: string; cells: DocCell[]; merges: { top: number; left: number; bottom: number; right: number }[] } {
  if (table.origin.kind !== 'xlsx') throw new Error('not a worksheet');
  const merges = table.cells
    .filter((c) => (c.rowSpan ?? 1) > 1 || (c.colSpan ?? 1) > 1)
    .map((c) => ({ top: c.row, left: c.col, bottom: c.row + (c.rowSpan ?? 1) - 1, right: c.col + (c.colSpan ?? 1) - 1 }));
  return { name: table.origin.sheet, cells: table.cells, merges };
}
