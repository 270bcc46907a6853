import { z } from 'zod';
import type { Claim } from './claim-schema.js';
import { DocumentFormat, Source } from '../read/document-schema.js';
import { FormatVersion, TableId } from '../spec/tables-schema.js';

export const ValueStatus = z.enum([
  'number', // a number, typed or as text; may still be negative or fractional
  'blank',
  'placeholder', // 「/」「-」「—」「无」: the agency meant "none" but wrote no number
  'text', // anything else: 「10000件以上」, 「2108000元」, 「十二」
  'formula-no-result', // a formula saved without its cached value
  'error', // #DIV/0!, #REF! …
]);
export type ValueStatus = z.infer<typeof ValueStatus>;

/**
 * One value of the report under its canonical key, e.g. `t3.received.natural`
 * (表三, 一、本年新收, 自然人). docs/keys.md lists every key.
 */
export const ModelCell = z.object({
  key: z.string(),
  table: TableId,
  row: z.string(),
  column: z.string(),
  status: ValueStatus,
  value: z.number().nullable(),
  approx: z.number().optional(),
  unit: z.string().optional(),
  fromText: z.boolean().optional(),
  /** The cell's content as written: the text, the number, or the formula; '' for a blank. */
  raw: z.string(),
  /** Where the value stands in the file. */
  source: Source,
});
export type ModelCell = z.infer<typeof ModelCell>;

/** A note that names a row or column by its label as found, with where that stands. */
const labelNote = <C extends string>(code: C) => z.object({ code: z.literal(code), table: TableId, label: z.string(), source: Source });

/** A number written in a row's label cell (「行政许可 97」), as written. */
const numberInLabelNote = <C extends string>(code: C) => z.object({ code: z.literal(code), table: TableId, label: z.string(), number: z.string(), source: Source });

/**
 * Something about the layout that the rules judge (the F_ rules): a missing table, row or column, an
 * added one, an odd label. Each code carries what its rule says of it, typed, and where it is.
 */
export const StructureNote = z.discriminatedUnion('code', [
  /** 表二 or 表四 was not found (a file without 表三 is a file problem, not a note). */
  z.object({ code: z.literal('TABLE_MISSING'), table: TableId.extract(['t2', 't4']) }),
  /** The document holds `copies` copies of the table; `copy` (1 for the first) is the one read. */
  z.object({ code: z.literal('TABLE_COPIES'), table: TableId, copies: z.number().int(), copy: z.number().int(), source: Source }),
  /** 表二 and 表三 are in different formats; `source` is 表二's anchor. */
  z.object({ code: z.literal('VERSION_CONFLICT'), table: z.literal('t2'), t2Version: FormatVersion, t3Version: FormatVersion, source: Source }),
  /** A row of the official table that is not there: its id in src/spec/tables.ts. */
  z.object({ code: z.literal('ROW_MISSING'), table: TableId, row: z.string(), source: Source }),
  /** A column of the official table that is not there; 表二's columns differ by section, so its notes name the row too. */
  z.object({ code: z.literal('COLUMN_MISSING'), table: TableId, column: z.string(), row: z.string().optional(), source: Source }),
  /** 表四 must have 15 columns; `found` were. */
  z.object({ code: z.literal('VALUE_COUNT'), table: z.literal('t4'), found: z.number().int(), source: Source }),
  labelNote('COLUMN_UNKNOWN'), // values under a header the official table does not have
  labelNote('ROW_SUBTOTAL'), // an agency's own subtotal row: never counted
  labelNote('ROW_UNKNOWN'), // numbers under a label the official table does not have ('' for none)
  labelNote('ROW_DUPLICATE'), // a standard row a second time: only the first is read
  labelNote('ROW_OVERFLOW'), // a value past the table's last column: `source` is that value's place
  labelNote('LABEL_ABOVE'), // a row's label on a line of its own above its numbers
  /** A label recognised though spelled otherwise than the official one. */
  z.object({ code: z.literal('LABEL_DEVIATION'), table: TableId, found: z.string(), official: z.string(), source: Source }),
  /** Column headers were not found: each row's values were taken left to right. */
  z.object({ code: z.literal('COLUMNS_BY_POSITION'), table: TableId, source: Source }),
  numberInLabelNote('VALUE_IN_LABEL'), // read as the row's first value
  numberInLabelNote('NUMBER_IN_LABEL_UNREAD'), // left unread: placing it would drop a value
  /** A value's position lies inside a merge: `key` is the value's, `coveredBy` the merge's top-left cell. */
  z.object({ code: z.literal('VALUE_COVERED'), table: TableId, key: z.string(), source: Source, coveredBy: Source }),
]);
export type StructureNote = z.infer<typeof StructureNote>;

/** The notes of the given codes, as their variants. */
export type NoteOf<C extends StructureNote['code']> = Extract<StructureNote, { code: C }>;

export const TableInfo = z.object({
  /** Where the table's anchor label stands. */
  anchor: Source,
  version: FormatVersion.optional(),
});

export const Report = z.object({
  /** The kind of file the report was read from. */
  format: DocumentFormat,
  formatVersion: FormatVersion,
  /** How the version was decided: from the tables' labels, or (when they say nothing) from the year. */
  versionFrom: z.enum(['labels', 'year', 'default']),
  year: z.number().int().optional(),
  agency: z.string().optional(),
  /** The title the year and agency were read from, and where it stands (a declared title has no place). */
  title: z.object({ text: z.string(), source: Source.optional() }).optional(),
  tables: z.object({ t2: TableInfo.optional(), t3: TableInfo, t4: TableInfo.optional() }),
  cells: z.record(z.string(), ModelCell),
  structure: z.array(StructureNote),
  /**
   * What the prose says about the tables' values, each compared with them (src/prose/): present
   * when a prose rule runs or --explain asks. Typed here, validated by model/claim-schema.ts's.
   */
  claims: z.array(z.custom<Claim>()).optional(),
});
export type Report = z.infer<typeof Report>;
