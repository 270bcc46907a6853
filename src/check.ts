import { locateReport } from './locate/locate.js';
import { fileReport } from './model/build.js';
import { cellList, withCellList } from './model/cell-list.js';
import type { Report } from './model/schema.js';
import { REGION_SUMMARY_KEYWORD, type Document } from './read/document.js';
import type { ReadLimits } from './read/limits.js';
import type { Result } from './read/problem.js';
import { readDocument } from './read/read-document.js';
import type { InflateRaw } from './read/zip/inflate.js';
import type { LoadPdfEngine } from './read/pdf/engine.js';
import { readClaims } from './prose/read-claims.js';
import { CATALOGUE } from './rules/catalogue/index.js';
import { runRules, type RunOptions } from './rules/engine.js';
import type { CellValue, FileResult } from './result.js';

export interface CheckOptions extends RunOptions {
  limits?: ReadLimits;
  /** Carry every value of the report in the result (the JSON report and the HTML page show them). */
  withValues?: boolean;
  /** Convert .xls, .et, .ods, .doc, .wps and .odt files with LibreOffice, where it is installed (files only). */
  convert?: boolean;
  /** Which copy of the tables to check when a document holds several (1 for the first). */
  table?: number;
  /** Raw inflate for zip-based files (Node passes its zlib). */
  inflate?: InflateRaw;
  /** PDF.js, for PDFs (Node passes its own; in a browser, the build the page serves). */
  loadPdf?: LoadPdfEngine;
  /** Carry every claim read from the prose, with its verdict, in the result (--explain). */
  explain?: boolean;
}

/** One file's outcome with the report model beside it, for checks across files. */
export interface Checked {
  result: FileResult;
  report?: Report;
}

/**
 * The whole pipeline for one file's bytes: read → locate → model → rules. Never throws for a bad
 * file. Runs anywhere: it touches no file system (src/node/ reads files).
 */
export async function checkBytes(path: string, bytes: Uint8Array, options: CheckOptions = {}): Promise<FileResult> {
  return (await checkBytesModel(path, bytes, options)).result;
}

export async function checkBytesModel(path: string, bytes: Uint8Array, options: CheckOptions = {}): Promise<Checked> {
  const read = await readDocument(bytes, {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.inflate ? { inflate: options.inflate } : {}),
    ...(options.loadPdf ? { loadPdf: options.loadPdf } : {}),
  });
  return checkDocument(path, read, options);
}

/** From a document already read (or the reason it could not be). */
export function checkDocument(path: string, document: Result<Document>, options: CheckOptions = {}): Checked {
  if (!document.ok) return { result: { path, findings: [], problem: document.problem } };
  const located = locateReport(document.value, { copy: options.table ?? 1 });
  if (!located.ok) return { result: { path, format: document.value.format, findings: [], problem: located.problem } };
  const { report, cells } = fileReport(located.value);
  // From here on the cells are only read: the list made as they were filed serves the prose and the rules.
  const result = withCellList(
    report,
    () => {
      if (readsProse(options)) report.claims = readClaims(document.value.prose, report);
      return checkReport(path, report, options);
    },
    cells,
  );
  return { result: isRegionSummary(document.value, report) ? { ...result, regionSummary: true } : result, report };
}

/** A region's summary: marked so by `xxgk-check sum` in its document properties, or titled as one (「…年度报告（汇总）」). */
function isRegionSummary(document: Document, report: Report): boolean {
  if (document.keywords?.split(/[;,\s]+/).includes(REGION_SUMMARY_KEYWORD)) return true;
  return /[（(]\s*汇总\s*[）)]\s*$/.test(report.title?.text ?? '');
}

export function checkReport(path: string, report: Report, options: CheckOptions = {}): FileResult {
  // The rules and the values share one list of the cells (model/cell-list.ts).
  return withCellList(report, () => ({
    path,
    format: report.format,
    formatVersion: report.formatVersion,
    ...(report.year !== undefined ? { year: report.year } : {}),
    ...(report.agency !== undefined ? { agency: report.agency } : {}),
    findings: runRules(report, options),
    ...(options.withValues ? { values: valuesOf(report) } : {}),
    ...(options.explain && report.claims ? { claims: report.claims } : {}),
  }));
}

/** The prose is read when a rule that needs it runs (P_…), or --explain asks for what it says. */
function readsProse(options: CheckOptions): boolean {
  if (options.explain) return true;
  return (options.rules ?? CATALOGUE).some((rule) => rule.needs?.includes('prose') && (options.severity?.[rule.id] ?? rule.severity) !== 'off');
}

/** From the list the rules use (model/cell-list.ts), not another Object.entries over the cells' record: each cell is filed under its own key. */
function valuesOf(report: Report): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const cell of cellList(report)) values[cell.key] = { status: cell.status, value: cell.value, raw: cell.raw, source: cell.source };
  return values;
}
