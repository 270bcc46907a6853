import { z } from 'zod';
import { ValueStatus } from './model/schema.js';
import { FormatVersion } from './spec/tables-schema.js';
import { DocumentFormat, Source } from './read/document-schema.js';
import { Claim } from './model/claim-schema.js';
import { FileProblem } from './read/problem-schema.js';
import { Finding } from './rules/finding.js';

/**
 * One value of the report as a page draws it: the number counted (if any), the cell's content as
 * written, and where it is. Formatters that picture the tables need every value, not only the
 * findings' cells.
 */
export const CellValue = z.object({
  status: ValueStatus,
  value: z.number().nullable(),
  raw: z.string(),
  source: Source,
});
export type CellValue = z.infer<typeof CellValue>;

/** What checking one file gives: its findings, or the reason it could not be checked. */
export const FileResult = z.object({
  path: z.string(),
  /** The kind of file it was read as. */
  format: DocumentFormat.optional(),
  formatVersion: FormatVersion.optional(),
  year: z.number().int().optional(),
  agency: z.string().optional(),
  /** The unit of a --units list this file was matched to. */
  unit: z.string().optional(),
  /** A region's summary (marked by `xxgk-check sum`, or titled 「…（汇总）」), not an agency's report: never summed, paired or counted as a duplicate. */
  regionSummary: z.literal(true).optional(),
  findings: z.array(Finding),
  problem: FileProblem.optional(),
  /** Every value of the report by canonical key, with where it was read from. */
  values: z.record(z.string(), CellValue).optional(),
  /** Every statement of the prose about the tables, with the cells it was compared with and the verdict (--explain). */
  claims: z.array(Claim).optional(),
});
export type FileResult = z.infer<typeof FileResult>;

/** What a batch adds to the per-file results: files passed over, and who of a --units list reported. */
export const BatchInfo = z.object({
  /** Files met in folders or by patterns that are not reports (pictures, archives …). */
  skipped: z.array(z.string()),
  units: z
    .object({
      expected: z.number().int(),
      /** Listed units no file was matched to. */
      missing: z.array(z.string()),
      /** Files matched to no listed unit. */
      unmatched: z.array(z.string()),
    })
    .optional(),
});
export type BatchInfo = z.infer<typeof BatchInfo>;

/** A run's files and findings counted: how many files, how many of them checked, and the findings by severity. */
export const Counts = z.object({
  files: z.number().int(),
  checked: z.number().int(),
  unreadable: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type Counts = z.infer<typeof Counts>;
