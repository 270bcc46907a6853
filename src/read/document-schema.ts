import { z } from 'zod';

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
