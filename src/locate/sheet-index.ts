import { addressOf, type GridCell, type GridSheet, type Merge } from '../read/grid.js';
import type { Slot } from './located.js';

/** Random access to one sheet's cells by position, and to the merge covering a position. */
export interface SheetIndex {
  sheet: GridSheet;
  at(row: number, col: number): GridCell | undefined;
  mergeAt(row: number, col: number): Merge | undefined;
  rowCells(row: number): GridCell[];
  slot(row: number, col: number): Slot;
  maxRow: number;
}

export function indexSheet(sheet: GridSheet): SheetIndex {
  const byPosition = new Map<number, GridCell>();
  const byRow = new Map<number, GridCell[]>();
  let maxRow = 0;
  for (const cell of sheet.cells) {
    byPosition.set(key(cell.row, cell.col), cell);
    let list = byRow.get(cell.row);
    if (!list) byRow.set(cell.row, (list = []));
    list.push(cell);
    if (cell.row > maxRow) maxRow = cell.row;
  }
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  // Every position a merge covers, once, so each lookup is one map access.
  const covering = new Map<number, Merge>();
  const huge: Merge[] = [];
  for (const m of sheet.merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10_000) huge.push(m);
    else for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) covering.set(key(r, c), m);
  }
  const mergeAt = (row: number, col: number) =>
    covering.get(key(row, col)) ?? huge.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return {
    sheet,
    maxRow,
    at: (row, col) => byPosition.get(key(row, col)),
    mergeAt,
    rowCells: (row) => byRow.get(row) ?? [],
    slot(row, col) {
      const address = addressOf(row, col);
      const merge = mergeAt(row, col);
      if (merge && (merge.top !== row || merge.left !== col)) {
        return { sheet: sheet.name, address, coveredBy: addressOf(merge.top, merge.left) };
      }
      const cell = byPosition.get(key(row, col));
      return cell ? { sheet: sheet.name, address, cell } : { sheet: sheet.name, address };
    },
  };
}

function key(row: number, col: number): number {
  return row * 100_000 + col;
}

export function isTextCell(cell: GridCell): boolean {
  return cell.kind === 'text' && !/^\s*[+-]?[\d,，.]+\s*$/.test(cell.text);
}
