import { z } from 'zod';
import { addressOf } from '../spec/a1.js';

/**
 * What every reader hands on, whatever the file's format: the tables it holds (cells placed on a
 * grid, with their row and column spans) and its prose (paragraphs or lines outside the tables),
 * each piece with where it stands in the file. The locator sees tables and prose, never a format.
 */

/** Where a piece of the document stands in the file, in the terms of its format (1-based throughout). */
export const Source = z.union([
  z.object({ kind: z.literal('xlsx'), sheet: z.string(), address: z.string() }),
  /** A cell of the nth table of a Word document, at its row and grid column. */
  z.object({ kind: z.literal('docx'), table: z.number().int(), row: z.number().int(), col: z.number().int() }),
  z.object({ kind: z.literal('docx'), paragraph: z.number().int() }),
  /** A cell of the nth `<table>` of a web page, at its row and grid column (spans laid out as a browser does). */
  z.object({ kind: z.literal('html'), table: z.number().int(), row: z.number().int(), col: z.number().int() }),
  z.object({ kind: z.literal('html'), paragraph: z.number().int() }),
  /** A line of a text file; `col` is the item's place among the line's separated parts. */
  z.object({ kind: z.literal('text'), line: z.number().int(), col: z.number().int().optional() }),
  /**
   * A point on a PDF page (the middle of a table cell, the start of a paragraph), in points (1/72
   * inch) from the page's top-left corner as a viewer shows it: y grows downwards.
   */
  z.object({ kind: z.literal('pdf'), page: z.number().int(), x: z.number(), y: z.number() }),
]);
export type Source = z.infer<typeof Source>;

export const CellKind = z.enum([
  'number', // a number, or a formula whose cached result is a number
  'text', // any text, numeric-looking or not: the model decides what it means
  'boolean',
  'date', // a number formatted as a date; `number` holds the serial
  'error', // #DIV/0! and the like, typed or cached from a formula
  'formula-no-result', // a formula saved without its cached result (written by a script, never opened)
]);
export type CellKind = z.infer<typeof CellKind>;

/** A cell that holds something, at its top-left grid position; a merged cell spans several positions. */
export const DocCell = z.object({
  row: z.number().int().positive(),
  col: z.number().int().positive(),
  rowSpan: z.number().int().positive().optional(),
  colSpan: z.number().int().positive().optional(),
  kind: CellKind,
  /** The text a person sees (for numbers, the number as written by JavaScript). */
  text: z.string(),
  number: z.number().optional(),
  formula: z.string().optional(),
  source: Source,
});
export type DocCell = z.infer<typeof DocCell>;

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
 * How to name any grid position of a table, blank ones included: a workbook's sheet (its rows and
 * columns are the sheet's), the nth table of a Word document or web page, or the text lines the
 * rows came from.
 */
export const TableOrigin = z.union([
  z.object({ kind: z.literal('xlsx'), sheet: z.string() }),
  z.object({ kind: z.enum(['docx', 'html']), table: z.number().int() }),
  z.object({ kind: z.literal('text'), lines: z.array(z.number().int()) }),
  z.object({
    kind: z.literal('pdf'),
    /** Per grid row, its page and its middle's y; per grid column, its middle's x (as in a pdf Source). */
    rows: z.array(z.object({ page: z.number().int(), y: z.number() })),
    cols: z.array(z.number()),
  }),
]);
export type TableOrigin = z.infer<typeof TableOrigin>;

export const DocTable = z.object({
  origin: TableOrigin,
  /** A hidden sheet: searched after the visible ones. */
  hidden: z.boolean().optional(),
  /** Cells that hold something, in row-major order. */
  cells: z.array(DocCell),
});
export type DocTable = z.infer<typeof DocTable>;

export const Paragraph = z.object({ text: z.string(), source: Source });
export type Paragraph = z.infer<typeof Paragraph>;

export const DocumentFormat = z.enum(['xlsx', 'docx', 'html', 'text', 'pdf']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const Document = z.object({
  format: DocumentFormat,
  tables: z.array(DocTable),
  /** Text outside the tables, in reading order. */
  prose: z.array(Paragraph),
  /** A title the file declares apart from its text (a web page's <title>, a document's properties). */
  declaredTitle: z.string().optional(),
  /** The keywords of the file's document properties (a workbook's docProps/core.xml). */
  keywords: z.string().optional(),
});
export type Document = z.infer<typeof Document>;

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
