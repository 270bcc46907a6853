import type { DocCell } from '../read/document.js';
import { T4_BLOCKS, T4_OUTCOMES } from '../spec/tables.js';
import type { LocatedColumn, LocatedTable } from './located.js';
import { candidate, labelCore, matchExact, squash } from './normalize.js';
import type { GridIndex } from './grid-index.js';
import { isWordsCell, valuesByColumn } from './row-cells.js';

const outcomeCandidates = T4_OUTCOMES.map((o) => candidate(o, [o.label]));
const ANCHOR_CORE = labelCore(T4_BLOCKS[0]!.label);
const DIRECT_CORE = labelCore(T4_BLOCKS[1]!.label);
const AFTER_CORE = labelCore(T4_BLOCKS[2]!.label);
const HEADER_ROWS = 4;
const VALUE_COUNT = T4_BLOCKS.length * T4_OUTCOMES.length;

/** 「行政复议」, or the two block headers run together in one cell: 「行政复议行政诉讼」. */
const ANCHOR_CORES = new Set([ANCHOR_CORE, `${ANCHOR_CORE}${labelCore('行政诉讼')}`]);

/** Cells that start a 表四: the 「行政复议」 block header. */
export function findTable4Anchors(index: GridIndex): DocCell[] {
  return index.cells.filter((c) => c.kind === 'text' && ANCHOR_CORES.has(labelCore(c.text)));
}

/**
 * 表四 is one row of 15 numbers under three blocks of the same five outcome headers. The headers
 * are gathered left to right; the block a header belongs to comes from the block labels above it
 * when they are there, otherwise from its place (the first five, the next five, the last five).
 */
export function locateTable4(index: GridIndex, anchor: DocCell, copies: number): LocatedTable {
  const headers: DocCell[] = [];
  let blockStarts = { direct: Number.NaN, after: Number.NaN };
  for (let r = anchor.row; r <= anchor.row + HEADER_ROWS; r++) {
    for (const cell of index.rowCells(r)) {
      if (cell.col < anchor.col || cell.kind !== 'text') continue;
      const core = labelCore(cell.text);
      if (core === DIRECT_CORE) blockStarts = { ...blockStarts, direct: cell.col };
      if (core === AFTER_CORE) blockStarts = { ...blockStarts, after: cell.col };
      if (matchExact(cell.text, outcomeCandidates)) headers.push(cell);
    }
  }
  headers.sort((a, b) => a.col - b.col || a.row - b.row);
  const columns = assignColumns(headers, blockStarts);
  const located = (byPosition: boolean, cols: LocatedColumn[], row: number): LocatedTable => ({
    anchor: anchor.source,
    columns: cols,
    byPosition,
    rows: row > 0 ? [{ id: 'values', kind: 'standard', label: '', labelSource: anchor.source, row, values: valuesAt(index, cols, row) }] : [],
    copies,
    deviations: [],
  });
  if (columns.length === VALUE_COUNT) {
    const lastHeaderRow = Math.max(...headers.map((h) => index.mergeAt(h.row, h.col)?.bottom ?? h.row));
    return located(false, columns, dataRowBelow(index, columns, lastHeaderRow));
  }
  const stacked = stackedBlocks(index, anchor);
  if (stacked) {
    const values = Object.fromEntries(stacked.map((b) => [b.column.id, index.slot(b.row, b.column.col)]));
    const last = Math.max(...stacked.map((b) => b.row));
    return {
      ...located(
        false,
        stacked.map((b) => b.column),
        0,
      ),
      rows: [{ id: 'values', kind: 'standard', label: '', labelSource: anchor.source, row: last, values }],
    };
  }
  const positional = numberRowBelow(index, anchor);
  if (positional) return located(true, positional.columns, positional.row);
  return located(false, columns, columns.length > 0 ? dataRowBelow(index, columns, anchor.row + 2) : 0);
}

function assignColumns(headers: DocCell[], starts: { direct: number; after: number }): LocatedColumn[] {
  const columns: LocatedColumn[] = [];
  const haveBlocks = Number.isFinite(starts.direct) && Number.isFinite(starts.after);
  headers.forEach((cell, i) => {
    const outcome = matchExact(cell.text, outcomeCandidates)!;
    const block = haveBlocks ? (cell.col >= starts.after ? T4_BLOCKS[2]! : cell.col >= starts.direct ? T4_BLOCKS[1]! : T4_BLOCKS[0]!) : T4_BLOCKS[Math.min(2, Math.floor(i / T4_OUTCOMES.length))]!;
    const id = `${block.id}.${outcome.id}`;
    if (!columns.some((c) => c.id === id)) columns.push({ id, label: cell.text, source: cell.source, row: cell.row, col: cell.col });
  });
  return columns;
}

function dataRowBelow(index: GridIndex, columns: LocatedColumn[], after: number): number {
  for (let r = after + 1; r <= Math.min(index.maxRow, after + 3); r++) {
    if (columns.some((c) => index.at(r, c.col) !== undefined)) return r;
  }
  return after + 1;
}

/** How each block is named where it stands alone: 「行政诉讼（未经复议直接起诉）」 holds its block's name in brackets. */
const BLOCK_NAMES = ['行政复议', '未经复议直接起诉', '复议后起诉'];

/**
 * The three blocks one under another, each its own small table (a heading, five outcome headers,
 * five values), as converters and some pages lay 表四 out: each value under its own header.
 */
function stackedBlocks(index: GridIndex, anchor: DocCell): { column: LocatedColumn; row: number }[] | undefined {
  const out: { column: LocatedColumn; row: number }[] = [];
  let from = anchor.row;
  for (const [b, name] of BLOCK_NAMES.entries()) {
    const labelRow = b === 0 ? anchor.row : findRow(index, from + 1, from + 8, (c) => c.kind === 'text' && squash(c.text).includes(name) && (b === 1 || !squash(c.text).includes(BLOCK_NAMES[1]!)));
    if (labelRow === undefined) return undefined;
    const headerRow = findRow(
      index,
      labelRow + (b === 0 ? 1 : 0),
      labelRow + 3,
      () => true,
      (cells) => outcomeRow(cells) !== undefined,
    );
    if (headerRow === undefined) return undefined;
    const headers = outcomeRow(index.rowCells(headerRow))!;
    const valueRow = headerRow + 1;
    if (!headers.some((h) => index.at(valueRow, h.col) !== undefined)) return undefined;
    headers.forEach((cell, i) => out.push({ column: { id: `${T4_BLOCKS[b]!.id}.${T4_OUTCOMES[i]!.id}`, label: cell.text, source: cell.source, row: cell.row, col: cell.col }, row: valueRow }));
    from = valueRow;
  }
  return out;
}

/** A row holding exactly the five outcome headers, in order: those cells. */
function outcomeRow(cells: readonly DocCell[]): DocCell[] | undefined {
  const headers = cells.filter((c) => matchExact(c.text, outcomeCandidates) !== undefined);
  if (headers.length !== T4_OUTCOMES.length) return undefined;
  return headers.every((h, i) => matchExact(h.text, outcomeCandidates)!.id === T4_OUTCOMES[i]!.id) ? headers : undefined;
}

/** The first row from `first` to `last` with a cell `test` accepts (or whose cells `whole` accepts). */
function findRow(index: GridIndex, first: number, last: number, test: (c: DocCell) => boolean, whole?: (cells: readonly DocCell[]) => boolean): number | undefined {
  for (let r = first; r <= Math.min(last, index.maxRow); r++) {
    const cells = index.rowCells(r);
    if (whole ? whole(cells) : cells.some(test)) return r;
  }
  return undefined;
}

/**
 * Fallback without headers: the first row below the anchor of values only, fifteen of them, or fewer
 * where some positions are blank (a page copied as text keeps a blank cell's place), within fifteen
 * columns from the first value. Each value is placed by its column, never by counting.
 */
function numberRowBelow(index: GridIndex, anchor: DocCell): { row: number; columns: LocatedColumn[] } | undefined {
  for (let r = anchor.row + 1; r <= Math.min(index.maxRow, anchor.row + HEADER_ROWS + 2); r++) {
    const cells = index.rowCells(r).filter((c) => c.col >= anchor.col);
    if (cells.length === 0 || cells.some(isWordsCell)) continue;
    const first = cells[0]!.col;
    const full = cells.length === VALUE_COUNT;
    // With blanks, the row must end in the fifteenth position, so that no value is placed by guess.
    const span = cells.at(-1)!.col - first + 1;
    if (!full && (span !== VALUE_COUNT || cells.length < VALUE_COUNT / 2)) continue;
    const columns = Array.from({ length: VALUE_COUNT }, (_, i) => {
      const col = full ? cells[i]!.col : first + i;
      return { id: `${T4_BLOCKS[Math.floor(i / 5)]!.id}.${T4_OUTCOMES[i % 5]!.id}`, label: '', source: index.sourceAt(r, col), row: r, col };
    });
    return { row: r, columns };
  }
  return undefined;
}

function valuesAt(index: GridIndex, columns: LocatedColumn[], row: number) {
  return valuesByColumn(columns, (c) => index.slot(row, c.col));
}
