import { z } from 'zod';
import { FileProblem } from '../read/problem-schema.js';
import { Finding, Severity } from '../rules/finding.js';
import { Counts, FileResult } from '../result-schema.js';

/** The results as presented (src/report/present.ts) to every formatter, as schemas. */

export const PresentedFinding = Finding.extend({
  /** The finding's sentence in the report's language, from its rule's template (or its own, for a rule of the caller's). */
  message: z.string(),
  /** The message names every cell the finding lists: a formatter that lists cells under it need not list them again. */
  namesCells: z.boolean(),
  /** The place the finding points at first (its sentence, the total written, its first cell), in words. */
  place: z.string().optional(),
  /** The message already says `place`: a formatter that leads with the place does not say it twice. */
  namesPlace: z.boolean(),
});
export type PresentedFinding = z.infer<typeof PresentedFinding>;

export const FileStatus = z.enum(['ok', 'warnings', 'errors', 'unreadable']);
export type FileStatus = z.infer<typeof FileStatus>;

export const SeverityCounts = z.object({ errors: z.number().int(), warnings: z.number().int() });
export type SeverityCounts = z.infer<typeof SeverityCounts>;

/** Why a file could not be checked, with the sentence that says so. */
export const PresentedProblem = FileProblem.extend({ message: z.string() });
export type PresentedProblem = z.infer<typeof PresentedProblem>;

export const PresentedFile = FileResult.extend({
  findings: z.array(PresentedFinding),
  problem: PresentedProblem.optional(),
  counts: SeverityCounts,
  status: FileStatus,
});
export type PresentedFile = z.infer<typeof PresentedFile>;

/** A catalogue rule in the report's language, for formatters that list every rule (SARIF's driver, JUnit's test cases). */
export const PresentedRule = z.object({
  id: z.string(),
  severity: Severity,
  tags: z.array(z.string()),
  title: z.string(),
  description: z.string(),
  fix: z.string(),
});
export type PresentedRule = z.infer<typeof PresentedRule>;

export const Presented = z.object({
  lang: z.enum(['zh', 'en']),
  files: z.array(PresentedFile),
  counts: Counts,
  /** The built-in catalogue, in order; a rule of the caller's own is not in it. */
  rules: z.array(PresentedRule),
});
export type Presented = z.infer<typeof Presented>;
