import type { FileResult } from '../result.js';

/**
 * Whether a file met in a folder is to be passed over as no report: none of the tables' marks
 * anywhere in its text. Not a PDF's: its text may be a font's private codes read as letters, so a
 * report could look like no report; it is reported instead.
 */
export function provesNoReport(result: Pick<FileResult, 'problem' | 'format'>): boolean {
  return result.problem?.detail === 'not-a-report' && result.format !== 'pdf';
}
