import { z } from 'zod';
import { Source } from '../read/document-schema.js';
import { Text } from '../spec/text-schema.js';

/** A cell of the model as a claim or a finding cites it: where it is, its key, the value read. */
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
