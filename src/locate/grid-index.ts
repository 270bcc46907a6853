import { sourceAt, type DocCell, type DocTable, type Source, type TableOrigin } from '../read/document.js';
import type { Slot } from './located.js';

/** A grid position covered by a merged cell: the cell's top-left corner and its extent. */
export interface Span {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One grid the tables are searched in, with random access by position: a worksheet as it is, or a
 * document's tables stacked one under another (a blank row between), so that a table split in two
 * (表二's sections as four small tables, a 表三 broken across a page) reads as one. Each cell keeps
 * its source in the file; a blank position is named through the table it belongs to.
 */
export interface GridIndex {
  cells: readonly DocCell[];
  /** A hidden worksheet, searched after the visible ones. */
  hidden: boolean;
  at(row: number, col: number): DocCell | undefined;
  mergeAt(row: number, col: number): Span | undefined;
  rowCells(row: number): readonly DocCell[];
  slot(row: number, col: number): Slot;
  sourceAt(row: number, col: number): Source;
  maxRow: number;
}

/** Worksheets are searched one by one; any other document's tables together, in reading order. */
export function gridsOf(tables: readonly DocTable[]): GridIndex[] {
  if (tables.every((t) => t.origin.kind === 'xlsx')) return tables.map((t) => indexGrid(t.cells, [{ origin: t.origin, first: 1, offset: 0 }], Boolean(t.hidden)));
  const cells: DocCell[] = [];
  const parts: Part[] = [];
  let offset = 0;
  for (const table of tables) {
    const height = table.cells.reduce((h, c) => Math.max(h, c.row + (c.rowSpan ?? 1) - 1), 0);
    if (height === 0) continue;
    parts.push({ origin: table.origin, first: offset + 1, offset });
    for (const cell of table.cells) cells.push({ ...cell, row: cell.row + offset });
    offset += height + 1;
  }
  return cells.length > 0 ? [indexGrid(cells, parts, false)] : [];
}

interface Part {
  origin: TableOrigin;
  /** The grid row the table starts at, and how far its own rows are shifted. */
  first: number;
  offset: number;
}

function indexGrid(cells: readonly DocCell[], parts: readonly Part[], hidden: boolean): GridIndex {
  const byPosition = new Map<number, DocCell>();
  const byRow = new Map<number, DocCell[]>();
  let maxRow = 0;
  const covering = new Map<number, Span>();
  const huge: Span[] = [];
  // Readers give a row's cells left to right: only a row that came otherwise is sorted (the sorts were a fifth of the index's time).
  const unsorted = new Set<DocCell[]>();
  for (const cell of cells) {
    byPosition.set(key(cell.row, cell.col), cell);
    let list = byRow.get(cell.row);
    if (!list) byRow.set(cell.row, (list = []));
    else if (list[list.length - 1]!.col > cell.col) unsorted.add(list);
    list.push(cell);
    if (cell.row > maxRow) maxRow = cell.row;
    const rows = cell.rowSpan ?? 1;
    const cols = cell.colSpan ?? 1;
    if (rows === 1 && cols === 1) continue;
    const span = { top: cell.row, left: cell.col, bottom: cell.row + rows - 1, right: cell.col + cols - 1 };
    // Every position a merge covers, once, so each lookup is one map access.
    if (rows * cols > 10_000) huge.push(span);
    else for (let r = span.top; r <= span.bottom; r++) for (let c = span.left; c <= span.right; c++) covering.set(key(r, c), span);
  }
  for (const list of unsorted) list.sort((a, b) => a.col - b.col);
  const mergeAt = (row: number, col: number) => covering.get(key(row, col)) ?? huge.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const sourceOf = (row: number, col: number): Source => {
    let part = parts[0]!;
    for (const p of parts) if (p.first <= row) part = p;
    return sourceAt(part.origin, row - part.offset, col);
  };
  return {
    cells,
    hidden,
    maxRow,
    at: (row, col) => byPosition.get(key(row, col)),
    mergeAt,
    rowCells: (row) => byRow.get(row) ?? [],
    sourceAt: sourceOf,
    slot(row, col) {
      const merge = mergeAt(row, col);
      if (merge && (merge.top !== row || merge.left !== col)) {
        const master = byPosition.get(key(merge.top, merge.left));
        return { source: sourceOf(row, col), coveredBy: master?.source ?? sourceOf(merge.top, merge.left) };
      }
      const cell = byPosition.get(key(row, col));
      return cell ? { source: cell.source, cell } : { source: sourceOf(row, col) };
    },
  };
}

function key(row: number, col: number): number {
  return row * 100_000 + col;
}

export function isTextCell(cell: DocCell): boolean {
  return cell.kind === 'text' && !/^\s*[+-]?[\d,，.]+\s*$/.test(cell.text);
}
