import { z } from 'zod';
import { DocCell, DocumentFormat, Source } from '../read/document-schema.js';
import { FormatVersion } from '../spec/tables-schema.js';

/** A position in a table that should hold a value; `cell` is absent when the position is blank. */
export const Slot = z.object({
  source: Source,
  cell: DocCell.optional(),
  /** When the position lies inside a merge whose value sits elsewhere: where that value is. */
  coveredBy: Source.optional(),
});
export type Slot = z.infer<typeof Slot>;

export const RowKind = z.enum([
  'standard',
  'subtotal', // an agency's own subtotal row for a group: recognised, never counted
  'unknown', // a row with numbers whose label is not in the official table
  'duplicate', // a standard row that appears a second time
]);

export const LocatedRow = z.object({
  id: z.string().optional(),
  kind: RowKind,
  label: z.string(),
  labelSource: Source,
  /** The row in the grid searched (for ordering; the file's own position is in the sources). */
  row: z.number().int(),
  values: z.record(z.string(), Slot),
  /** A value past the table's last column on this row (a number split over two cells?): where it is. */
  overflow: Source.optional(),
  /**
   * A number written in the label's cell (「行政许可 97」): read as the first column's value, or, where
   * that would drop a value, left unread. Either way a warning says so.
   */
  numberInLabel: z.object({ number: z.string(), source: Source, read: z.boolean() }).optional(),
  /** The row's label stood on a line of its own, its numbers on the next line with no label. */
  labelAbove: z.boolean().optional(),
});
export type LocatedRow = z.infer<typeof LocatedRow>;

export const LocatedColumn = z.object({ id: z.string(), label: z.string(), source: Source, row: z.number().int(), col: z.number().int() });
export type LocatedColumn = z.infer<typeof LocatedColumn>;

export const Deviation = z.object({ source: Source, found: z.string(), official: z.string() });
export type Deviation = z.infer<typeof Deviation>;

export const LocatedTable = z.object({
  /** Where the table's anchor label stands. */
  anchor: Source,
  version: FormatVersion.optional(),
  columns: z.array(LocatedColumn),
  /** Column headers were not found and values were taken by position. */
  byPosition: z.boolean(),
  rows: z.array(LocatedRow),
  /** How many copies of this table the document holds. */
  copies: z.number().int(),
  /** Which of them this is (1 for the first); --table chooses. */
  copy: z.number().int().optional(),
  /** Columns with values under a header the official table does not have (an agency's own 合计). */
  extraColumns: z.array(z.object({ label: z.string(), source: Source, col: z.number().int() })).optional(),
  /** Labels that were recognised but spelled otherwise than in the official table. */
  deviations: z.array(Deviation),
});
export type LocatedTable = z.infer<typeof LocatedTable>;

export const TitleInfo = z.object({
  year: z.number().int().optional(),
  agency: z.string().optional(),
  /** The title as written and where; a title only the file's properties declare has no place. */
  source: z.object({ text: z.string(), source: Source.optional() }).optional(),
});
export type TitleInfo = z.infer<typeof TitleInfo>;

export const LocatedReport = z.object({
  format: DocumentFormat,
  t2: LocatedTable.optional(),
  t3: LocatedTable,
  t4: LocatedTable.optional(),
  title: TitleInfo,
});
export type LocatedReport = z.infer<typeof LocatedReport>;
