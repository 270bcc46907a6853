import { z } from 'zod';
import { FormatVersion, TableId } from '../spec/tables-schema.js';
import { DocumentFormat, Source } from '../read/document-schema.js';
import { SkipReason } from '../model/claim-schema.js';
import { FileProblemCode } from '../read/problem-schema.js';
import { BatchInfo } from '../result-schema.js';

/**
 * The document `--format json` writes, as a schema: what src/report/json.ts emits, checked by a
 * test against every kind of file, and published as schema/xxgk-check.report.schema.json.
 */
const JsonCell = z.object({
  file: z.string().optional().describe('The other file the cell is in (last year’s report, an agency’s report).'),
  key: z.string().describe('The canonical key (docs/keys.md); empty for a place that is no value (a label, a title).'),
  value: z.union([z.number(), z.string(), z.null()]).describe('The number counted, the text found, or null for a blank.'),
  name: z.string().optional().describe('The term’s name in the equation.'),
  side: z.enum(['expected', 'actual']).optional().describe('expected: the parts; actual: the total written (or the other side of the balance).'),
  source: Source.describe('Where it stands in the file, by kind: xlsx {sheet, address}; docx/html {table, row, col} or {paragraph}; text {line, col}; pdf {page, x, y}.'),
  where: z.string().describe('The same place in words, in the report’s language.'),
});

const JsonSentence = z
  .object({
    text: z.string().describe('The whole sentence, as written.'),
    claim: z.string().describe('The words of the sentence the finding or claim is about.'),
    source: Source.describe('Where the sentence stands: a paragraph (docx, html), a line (text), a cell (xlsx, a pasted page), a page (pdf).'),
    where: z.string().describe('The same place in words, in the report’s language.'),
  })
  .describe('A sentence of the report’s prose.');

const JsonFinding = z.object({
  rule: z.string().describe('The rule id (docs/rules.md).'),
  severity: z.enum(['error', 'warning']),
  table: TableId.optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  message: z.string(),
  messageId: z.string(),
  expected: z.number().optional(),
  actual: z.number().optional(),
  difference: z.number().optional().describe('actual − expected.'),
  cells: z.array(JsonCell),
  sentence: JsonSentence.optional().describe('For a finding about the prose (P_… rules): the sentence that says it.'),
});

const JsonClaim = z.object({
  rule: z.string().optional().describe('The prose rule that judges it; absent for a number no phrasing placed.'),
  phrase: z.string().optional().describe('The phrasing of the catalogue that read it (results.granted …).'),
  kind: z.enum(['count', 'percent', 'whole']).describe('A count, a percentage, or a claim without a number (all concluded, none received).'),
  verdict: z.enum(['agrees', 'contradicts', 'skipped']),
  reason: SkipReason.optional().describe('Why it was not compared.'),
  why: z.string().optional().describe('The reason in words.'),
  stated: z.number().optional().describe('The number the sentence states.'),
  comparedWith: z.string().optional().describe('The cells compared, in words.'),
  expected: z.number().optional().describe('The tables’ value.'),
  difference: z.number().optional().describe('stated − expected.'),
  sentence: JsonSentence,
  cells: z.array(JsonCell).describe('The cells compared, with their values.'),
});

const JsonValue = z.object({
  value: z.union([z.number(), z.string(), z.null()]).describe('A number; null for a blank; the text as written when it is not a number.'),
  source: Source,
});

const JsonFile = z.object({
  path: z.string(),
  format: DocumentFormat.optional().describe('The kind of file it was read as.'),
  formatVersion: FormatVersion.optional(),
  year: z.number().int().optional(),
  agency: z.string().optional(),
  unit: z.string().optional().describe('The unit of the --units list it was matched to.'),
  regionSummary: z.literal(true).optional().describe('A region’s summary (written by xxgk-check sum, or titled 「…（汇总）」), not an agency’s report: never summed again, nor paired with an agency.'),
  findings: z.array(JsonFinding),
  error: z.object({ code: FileProblemCode, message: z.string(), detail: z.string().optional() }).optional().describe('Why the file could not be checked.'),
  values: z.record(z.string(), JsonValue).optional().describe('Every value of the report as read, by canonical key.'),
  claims: z.array(JsonClaim).optional().describe('With --explain: every statement of the prose about the tables, the cells it was compared with, and the verdict.'),
});

export const JsonReport = z.object({
  tool: z.object({ name: z.string(), version: z.string() }),
  files: z.array(JsonFile),
  summary: z
    .object({
      files: z.number().int(),
      checked: z.number().int(),
      unreadable: z.number().int(),
      errors: z.number().int(),
      warnings: z.number().int(),
      knownInBaseline: z.number().int().optional(),
    })
    .extend(BatchInfo.partial().shape),
});
export type JsonReport = z.infer<typeof JsonReport>;
