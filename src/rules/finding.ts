import { z } from 'zod';
import { TableId } from '../model/schema.js';
import { Source } from '../read/document.js';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/** Text in both languages; messages are rendered late, in the language the user asked for. */
export const Text = z.object({ zh: z.string(), en: z.string() });
export type Text = z.infer<typeof Text>;

export const FindingCell = z.object({
  /** Set when the cell is in another workbook than the finding's (last year's report, an agency's report). */
  file: z.string().optional(),
  /** Where it stands in its file. */
  source: Source,
  key: z.string(),
  /** The number counted, or the text found when there is none. */
  value: z.union([z.number(), z.string(), z.null()]),
  /** The term's name in the equation (本年新收, 自然人 …). */
  name: Text.optional(),
  /** Which side of the equation: `expected` (the parts) or `actual` (the total written). */
  side: z.enum(['expected', 'actual']).optional(),
});
export type FindingCell = z.infer<typeof FindingCell>;

/**
 * A sentence of the report's prose, where it stands, and where in it the claim a finding is about
 * is written (`start`, `end`: offsets in `text`).
 */
export const Sentence = z.object({
  text: z.string(),
  source: Source,
  start: z.number().int(),
  end: z.number().int(),
});
export type Sentence = z.infer<typeof Sentence>;

/** A message parameter: words, a number, words in both languages, or a place in the file (put into words when rendered). */
export const Param = z.union([z.string(), z.number(), Text, Source]);
export type Param = z.infer<typeof Param>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** The table it is about; absent for findings about the whole workbook. */
  table: TableId.optional(),
  messageId: z.string(),
  params: z.record(z.string(), Param),
  /** Row and column of the table the finding is about, when it is about one. */
  row: Text.optional(),
  column: Text.optional(),
  expected: z.number().optional(),
  actual: z.number().optional(),
  difference: z.number().optional(),
  cells: z.array(FindingCell),
  /**
   * The message template, for a rule that is not in the built-in catalogue (a library user's own):
   * carried with the finding, so that every formatter, in any thread, renders it from the rule that
   * produced it. Catalogue rules' templates are looked up by id.
   */
  template: Text.optional(),
  /** For a finding about the prose: the sentence that says it (prose rules, P_…). */
  sentence: Sentence.optional(),
});
export type Finding = z.infer<typeof Finding>;

/** What a rule returns: a finding without the rule's id and severity, which the engine adds. */
export type Draft = Omit<Finding, 'rule' | 'severity'>;
