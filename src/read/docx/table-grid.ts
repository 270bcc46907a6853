import { docCell, type DocCell, type DocTable, type Source } from '../document.js';
import { cleanText } from './text.js';

/** Word allows 63 grid columns; a larger span or offset is a hostile or broken file, clamped so positions stay sane. */
const MAX_SPAN = 1000;
/**
 * Grid lines closer than this (in twentieths of a point; 30 is about half a millimetre) are one
 * line on the page. Word and LibreOffice add such sliver columns when cell edges of different
 * rows miss each other by a hair (LibreOffice rounds widths to 1/100 mm), which would shift every
 * later cell of some rows by one grid column.
 */
const SLIVER = 30;

/** A paragraph's text as it is read; filled in as its runs arrive. */
export interface ParagraphText {
  text: string;
}

/** A `w:tc` as read, before it is placed on the grid at the end of its row. */
export interface CellDraft {
  colSpan: number;
  vMerge: 'none' | 'restart' | 'continue';
  hMerge: 'none' | 'restart' | 'continue';
  paragraphs: ParagraphText[];
}

interface RowDraft {
  gridBefore: number;
  /** A row deleted as a tracked change: not in the final document. */
  deleted: boolean;
  cells: CellDraft[];
}

interface Placed {
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
  /** The last row a vertical merge reaches so far. */
  lastRow: number;
  text: string;
}

/**
 * One `w:tbl` laid out on its grid as Word lays it: a cell's column is the sum of the grid spans
 * before it (after `w:gridBefore`), `w:vMerge` continuations lengthen the cell above at the same
 * grid column, and the legacy `w:hMerge` continuations widen the cell to their left.
 */
export class TableGrid {
  private row: RowDraft | undefined;
  private rows = 0;
  private readonly placed: Placed[] = [];
  /** Vertical merges open at a grid column. */
  private readonly open = new Map<number, Placed>();
  /** `w:gridCol` widths, in twips; undefined where a width is missing. */
  private readonly widths: (number | undefined)[] = [];

  constructor(readonly number: number) {}

  /** A `w:gridCol`, its width to come with its attribute. */
  addGridColumn(): void {
    if (this.widths.length < MAX_SPAN) this.widths.push(undefined);
  }

  setGridColumnWidth(value: string): void {
    const w = Number(value);
    if (this.widths.length > 0 && Number.isFinite(w) && w >= 0) this.widths[this.widths.length - 1] = w;
  }

  beginRow(): void {
    this.row = { gridBefore: 0, deleted: false, cells: [] };
  }

  get inRow(): boolean {
    return this.row !== undefined;
  }

  setGridBefore(value: string): void {
    if (this.row) this.row.gridBefore = span(value, 0);
  }

  markRowDeleted(): void {
    if (this.row) this.row.deleted = true;
  }

  /** A new cell of the current row; undefined outside a row (a broken file). */
  beginCell(): CellDraft | undefined {
    if (!this.row) return undefined;
    const cell: CellDraft = { colSpan: 1, vMerge: 'none', hMerge: 'none', paragraphs: [] };
    this.row.cells.push(cell);
    return cell;
  }

  endRow(): void {
    const row = this.row;
    this.row = undefined;
    if (!row || row.deleted) return;
    const r = ++this.rows;
    let col = 1 + row.gridBefore;
    let left: Placed | undefined;
    for (const cell of row.cells) {
      const at = col;
      col += cell.colSpan;
      if (cell.hMerge === 'continue' && left) {
        left.colSpan += cell.colSpan;
        continue;
      }
      const above = this.open.get(at);
      if (cell.vMerge === 'continue' && above && above.lastRow === r - 1) {
        above.rowSpan += 1;
        above.lastRow = r;
        left = undefined;
        continue;
      }
      const text = cleanText(cell.paragraphs.map((p) => cleanText(p.text)).join('\n'));
      const placed: Placed = { row: r, col: at, colSpan: cell.colSpan, rowSpan: 1, lastRow: r, text };
      this.placed.push(placed);
      if (cell.vMerge === 'none') this.open.delete(at);
      else this.open.set(at, placed); // a continuation with nothing above starts a merge, as Word reads it
      left = placed;
    }
  }

  /** The table's cells that hold text, row-major, each at its top-left grid position. */
  finish(): DocTable {
    if (this.row) this.endRow();
    const column = this.columnsOnThePage();
    const cells: DocCell[] = [];
    for (const p of this.placed) {
      if (p.text === '') continue;
      const col = column(p.col);
      const colSpan = Math.max(1, column(p.col + p.colSpan) - col);
      const source: Source = { kind: 'docx', table: this.number, row: p.row, col };
      cells.push(docCell(p.row, col, p.rowSpan > 1 ? p.rowSpan : undefined, colSpan > 1 ? colSpan : undefined, 'text', p.text, source));
    }
    return { origin: { kind: 'docx', table: this.number }, cells };
  }

  /**
   * Grid column → column as the page shows it: grid lines less than a sliver apart are one line.
   * The grid as written when the widths are missing or do not cover every cell, when there is no
   * sliver, or when snapping would put two cells of a row in one column.
   */
  private columnsOnThePage(): (gridColumn: number) => number {
    const identity = (c: number) => c;
    const widths = this.widths;
    const used = this.placed.reduce((most, p) => Math.max(most, p.col + p.colSpan - 1), 0);
    if (used > widths.length || widths.some((w) => w === undefined) || !widths.some((w) => w! < SLIVER)) return identity;
    // lineIndex[i]: which line on the page the grid line before grid column i + 1 is.
    const lineIndex: number[] = [0];
    let x = 0;
    let lineStart = 0;
    for (const w of widths as number[]) {
      x += w;
      if (x - lineStart > SLIVER) lineStart = x;
      lineIndex.push(lineStart === x ? lineIndex.at(-1)! + 1 : lineIndex.at(-1)!);
    }
    const column = (c: number) => (lineIndex[c - 1] ?? c - 1) + 1;
    let row = 0;
    let last = 0;
    for (const p of this.placed) {
      if (p.row !== row) [row, last] = [p.row, 0];
      const col = column(p.col);
      if (col <= last) return identity;
      last = col;
    }
    return column;
  }
}

/** A `w:val` count: a whole number within 0…MAX_SPAN, else `fallback`. */
export function span(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= fallback ? Math.min(n, MAX_SPAN) : fallback;
}
