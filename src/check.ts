import { locateReport } from './locate/locate.js';
import { buildReport } from './model/build.js';
import type { Report } from './model/schema.js';
import type { Grid } from './read/grid.js';
import type { ReadLimits } from './read/limits.js';
import { readWorkbookBytes, readWorkbookFile } from './read/read-workbook.js';
import type { Result } from './read/problem.js';
import { runRules, type RunOptions } from './rules/engine.js';
import type { CellValue, FileResult } from './result.js';

export interface CheckOptions extends RunOptions {
  limits?: ReadLimits;
  /** Carry every value of the report in the result (for formatters that draw the tables). */
  withValues?: boolean;
  /** Convert .xls, .et and .ods files with LibreOffice, where it is installed. */
  convert?: boolean;
  /** Which copy of the tables to check when a workbook holds several (1 for the first). */
  table?: number;
}

/** The whole pipeline for one file: read → locate → model → rules. Never throws for a bad file. */
export async function checkFile(path: string, options: CheckOptions = {}): Promise<FileResult> {
  return checkGrid(path, await readWorkbookFile(path, options.limits, { convert: options.convert ?? false }), options);
}

/** The same, keeping the report model beside the result (for checks across files). */
export async function checkModel(path: string, options: CheckOptions = {}): Promise<{ result: FileResult; report?: Report }> {
  const grid = await readWorkbookFile(path, options.limits, { convert: options.convert ?? false });
  if (!grid.ok) return { result: { path, findings: [], problem: grid.problem } };
  const located = locateReport(grid.value, { copy: options.table ?? 1 });
  if (!located.ok) return { result: { path, findings: [], problem: located.problem } };
  const report = buildReport(located.value);
  return { result: checkReport(path, report, options), report };
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
    ...(options.withValues ? { values: valuesOf(report) } : {}),
  };
}

function valuesOf(report: Report): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const [key, cell] of Object.entries(report.cells)) {
    values[key] = { status: cell.status, value: cell.value, raw: cell.source.raw, sheet: cell.source.sheet, address: cell.source.address };
  }
  return values;
}
