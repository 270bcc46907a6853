import type { Report } from '../model/schema.js';
import type { Paragraph } from '../read/document.js';
import type { Claim } from '../model/claim.js';
import { extractClaims } from './extract.js';
import { judgeClaims } from './judge.js';

/**
 * The prose stage: every statement of the report's prose about its tables' values, each with its
 * sentence and place, compared with the model's cells. Runs after the model is built (it needs
 * the format, the year and the cells) and before the rules; the prose rules (P_…) report the
 * contradictions, --explain lists them all.
 */
export function readClaims(prose: readonly Paragraph[], report: Report): Claim[] {
  const context = {
    version: report.formatVersion,
    ...(report.year !== undefined ? { year: report.year } : {}),
    ...(report.agency !== undefined ? { agency: report.agency } : {}),
  };
  return judgeClaims(extractClaims(prose, context), report);
}
