import { locateReport } from './locate/locate.js';
import { buildReport } from './model/build.js';
import type { Report } from './model/schema.js';
import type { Grid } from './read/grid.js';
import type { ReadLimits } from './read/limits.js';
import { readWorkbookBytes, readWorkbookFile } from './read/read-workbook.js';
import type { Result } from './read/problem.js';
import { runRules, type RunOptions } from './rules/engine.js';
import type { FileResult } from './result.js';

export interface CheckOptions extends RunOptions {
  limits?: ReadLimits;
  /** Convert .xls, .et and .ods files with LibreOffice, where it is installed. */
  convert?: boolean;
  /** Which copy of the tables to check when a workbook holds several (1 for the first). */
  table?: number;
}

/** The whole pipeline for one file: read → locate → model → rules. Never throws for a bad file. */
export async function checkFile(path: string, options: CheckOptions = {}): Promise<FileResult> {
  return checkGrid(path, await readWorkbookFile(path, options.limits, { convert: options.convert ?? false }), options);
}

export async function checkBytes(path: string, bytes: Buffer, options: CheckOptions = {}): Promise<FileResult> {
  return checkGrid(path, await readWorkbookBytes(bytes, options.limits), options);
}

export function checkGrid(path: string, grid: Result<Grid>, options: CheckOptions = {}): FileResult {
  if (!grid.ok) return { path, findings: [], problem: grid.problem };
  const located = locateReport(grid.value, { copy: options.table ?? 1 });
  if (!located.ok) return { path, findings: [], problem: located.problem };
  return checkReport(path, buildReport(located.value), options);
}

export function checkReport(path: string, report: Report, options: CheckOptions = {}): FileResult {
  return {
    path,
    formatVersion: report.formatVersion,
    ...(report.year !== undefined ? { year: report.year } : {}),
    ...(report.agency !== undefined ? { agency: report.agency } : {}),
    findings: runRules(report, options),
  };
}
