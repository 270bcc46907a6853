import { addressOf } from '../spec/a1.js';
import type { CellKind, DocCell, Source, TableOrigin } from './document-schema.js';

export type { CellKind, DocCell, DocTable, Document, DocumentFormat, Paragraph, Source, TableOrigin } from './document-schema.js';

/**
 * A cell, its properties in the order every reader gives them (row, col, rowSpan, colSpan, kind,
 * text, number, formula, source), each optional one only when given. Set one by one rather than
 * spread into a literal: spreading is the costliest step of finishing a table (a third of a
 * workbook sheet's own time, a twentieth of a Word document's or a web page's).
 */
export function docCell(row: number, col: number, rowSpan: number | undefined, colSpan: number | undefined, kind: CellKind, text: string, source: Source, number?: number, formula?: string): DocCell {
  const cell: Partial<DocCell> = { row, col };
  if (rowSpan !== undefined) cell.rowSpan = rowSpan;
  if (colSpan !== undefined) cell.colSpan = colSpan;
  cell.kind = kind;
  cell.text = text;
  if (number !== undefined) cell.number = number;
  if (formula !== undefined) cell.formula = formula;
  cell.source = source;
  return cell as DocCell;
}

/**
 * The keyword `xxgk-check sum` writes into the document properties of the summaries it makes: read
 * back, it tells a region's summary from an agency's report, so that it is never summed again. It
 * leaves the official layout untouched, and Excel and WPS keep it when the workbook is saved.
 */
export const REGION_SUMMARY_KEYWORD = 'xxgk-check:region-summary';

/** Where a grid position of a table stands in the file, whether or not a cell is there. */
export function sourceAt(origin: TableOrigin, row: number, col: number): Source {
  switch (origin.kind) {
    case 'xlsx':
      return { kind: 'xlsx', sheet: origin.sheet, address: addressOf(row, col) };
    case 'docx':
      return { kind: 'docx', table: origin.table, row, col };
    case 'html':
      return { kind: 'html', table: origin.table, row, col };
    case 'text':
      return { kind: 'text', line: origin.lines[row - 1] ?? origin.lines.at(-1) ?? row, col };
    case 'pdf': {
      const at = origin.rows[row - 1] ?? origin.rows.at(-1) ?? { page: 1, y: 0 };
      return { kind: 'pdf', page: at.page, x: origin.cols[col - 1] ?? origin.cols.at(-1) ?? 0, y: at.y };
    }
  }
}

/**
 * A stable identity for a source, the same in every language and run: `年度报告!D32` for a workbook
 * (as baselines recorded before other formats were read), `docx:t2:r5:c3`, `text:34:3`, `pdf:4:120:430`.
 */
export function sourceId(source: Source): string {
  switch (source.kind) {
    case 'xlsx':
      return `${source.sheet}!${source.address}`;
    case 'docx':
    case 'html':
      return 'paragraph' in source ? `${source.kind}:p${source.paragraph}` : `${source.kind}:t${source.table}:r${source.row}:c${source.col}`;
    case 'text':
      return `text:${source.line}${source.col === undefined ? '' : `:${source.col}`}`;
    case 'pdf':
      return `pdf:${source.page}:${Math.round(source.x)}:${Math.round(source.y)}`;
  }
}

/**
 * Reading order of two sources of one file: by sheet, table or page, then row, then column.
 * Containers compare by code unit, not localeCompare: the order of findings must not depend on the
 * machine's locale, and the first localeCompare loads ICU's collation (6 ms of a 150 ms check).
 */
export function compareSources(a: Source, b: Source): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return (ka < kb ? -1 : ka > kb ? 1 : 0) || rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1];
}

/** The container a source is in (a sheet, a table, the prose), as a string that sorts. */
function sortKey(source: Source): string {
  switch (source.kind) {
    case 'xlsx':
      return `xlsx ${source.sheet}`;
    case 'docx':
    case 'html':
      return 'paragraph' in source ? `${source.kind} p` : `${source.kind} t${String(source.table).padStart(6, '0')}`;
    case 'text':
      return 'text';
    case 'pdf':
      return `pdf ${String(source.page).padStart(6, '0')}`;
  }
}

/** Row and column within the container; a PDF page reads top to bottom, left to right. */
function rank(source: Source): [number, number] {
  switch (source.kind) {
    case 'xlsx': {
      const m = /^([A-Z]+)(\d+)$/.exec(source.address);
      if (!m) return [0, 0];
      let col = 0;
      for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
      return [Number(m[2]), col];
    }
    case 'docx':
    case 'html':
      return 'paragraph' in source ? [source.paragraph, 0] : [source.row, source.col];
    case 'text':
      return [source.line, source.col ?? 0];
    case 'pdf':
      return [source.y, source.x];
  }
}
