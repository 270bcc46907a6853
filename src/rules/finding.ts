import { z } from 'zod';
import { TableId } from '../spec/tables-schema.js';
import { Source } from '../read/document-schema.js';
import { FindingCell, Sentence } from '../model/cited-schema.js';
import { Text } from '../spec/text-schema.js';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

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
