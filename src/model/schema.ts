import { z } from 'zod';
import type { Claim } from '../prose/claim.js';
import { DocumentFormat, Source } from '../read/document.js';
import { FormatVersion } from '../spec/tables.js';

export const TableId = z.enum(['t2', 't3', 't4']);
export type TableId = z.infer<typeof TableId>;

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

/** Something about the layout that the rules judge: extra rows, missing rows, odd labels. */
export const StructureNote = z.object({
  code: z.enum([
    'TABLE_MISSING',
    'TABLE_COPIES',
    'ROW_MISSING',
    'COLUMN_MISSING',
    'COLUMN_UNKNOWN',
    'ROW_SUBTOTAL',
    'ROW_UNKNOWN',
    'ROW_DUPLICATE',
    'ROW_OVERFLOW',
    'LABEL_DEVIATION',
    'COLUMNS_BY_POSITION',
    'VALUE_COUNT',
    'VERSION_CONFLICT',
    'VALUE_COVERED',
    'VALUE_IN_LABEL', // a row's first value written in its label's cell, and read from there
    'NUMBER_IN_LABEL_UNREAD', // a number in a label's cell that could not be placed without dropping a value
    'LABEL_ABOVE', // a row's label on a line of its own above its numbers
  ]),
  table: TableId,
  /** What the note is about: a row or column id, a label as found, a count. */
  subject: z.string().optional(),
  detail: z.string().optional(),
  /** Where in the file the note is about, when it is about a place. */
  source: Source.optional(),
  /** A second place it names: the top-left cell of the merge a value lies in. */
  related: Source.optional(),
});
export type StructureNote = z.infer<typeof StructureNote>;

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
   * when a prose rule runs or --explain asks. Typed here, validated by src/prose/claim.ts's schema.
   */
  claims: z.array(z.custom<Claim>()).optional(),
});
export type Report = z.infer<typeof Report>;
