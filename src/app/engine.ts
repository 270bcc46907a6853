import { Chalk } from 'chalk';
import { combineBatch, type BatchOutcome } from '../batch/combine.js';
import { checkBytesModel, type CheckOptions, type Checked } from '../check.js';
import { defaultLimits } from '../read/limits.js';
import type { LoadPdfEngine } from '../read/pdf/index.js';
import { annotatedName, droppedNote } from '../report/annotate/index.js';
import { batchNotes, HEADERS, statusLabel } from '../report/batch-table.js';
import { describeFile, VERSION_SHORT } from '../report/format-names.js';
import { fileSection, formatHtml } from '../report/html/index.js';
import { formatJson } from '../report/json.js';
import type { Lang } from '../spec/text.js';
import { present, withCounts, type FileStatus } from '../report/present.js';
import { regionMessage } from '../report/region.js';
import { summaryLine } from '../report/text.js';
import { countResults, type BatchInfo, type FileResult } from '../result.js';

/**
 * What the offline page does with files, in any runtime: the page's worker calls these, and tests
 * call them in Node to compare with the command line. Every check, sentence and output comes from
 * the same modules the command line uses; nothing here words a finding or decides one.
 */

export interface Tool {
  name: string;
  version: string;
}

/** The options `xxgk-check FILES` checks with when no configuration file and no option changes them. */
export const CHECK_OPTIONS: CheckOptions = {
  withValues: true,
  severity: {},
  limits: defaultLimits,
  expected: {},
  convert: false,
  table: 1,
};

/** A file chosen or dropped in the page: its name as shown (a folder's files keep their folder), size, and bytes when asked. */
export interface FileInput {
  path: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

/**
 * One file checked, as the command line reads one from disk: too large is refused before a byte is
 * read. PDF.js is the host's: the page passes its bundled build (src/app/pdfjs.ts), a test in Node
 * the command line's (src/node/pdfjs.ts). Never throws.
 */
export async function checkInput(input: FileInput, loadPdf: LoadPdfEngine): Promise<Checked> {
  if (input.size > defaultLimits.maxFileBytes) return { result: { path: input.path, findings: [], problem: { code: 'FILE_TOO_LARGE', detail: `${input.size}` } } };
  let bytes: Uint8Array;
  try {
    bytes = await input.bytes();
  } catch (error) {
    return { result: { path: input.path, findings: [], problem: { code: 'FILE_UNREADABLE', detail: error instanceof Error ? error.name : String(error) } } };
  }
  return checkBytesModel(input.path, bytes, { ...CHECK_OPTIONS, loadPdf });
}

/** What a batch adds, as the command line adds it: identity, consecutive years, and the region's summary when one is chosen (-1: none). */
export function combine(paths: readonly string[], checked: Checked[], summaryIndex: number, skipped: string[], walked: readonly string[] = []): BatchOutcome {
  return combineBatch(paths, checked, { check: CHECK_OPTIONS, summaryIndex, skipped, walked });
}

const PLAIN = new Chalk({ level: 0 });

/** One row of the page's table of files. */
export interface FileRow {
  path: string;
  agency: string;
  year: number | null;
  format: string;
  errors: number | null;
  warnings: number | null;
  status: FileStatus;
  statusLabel: string;
}

/** The page's view of results: the closing line, the table of files, and per file its line and its section of the HTML report. */
export interface View {
  lang: Lang;
  summary: string;
  headers: readonly string[];
  rows: FileRow[];
  /** What the command line says after its table: files skipped in folders. */
  notes: string[];
  region?: string;
}

export function view(outcome: BatchOutcome, lang: Lang): View {
  // Counts and statuses only: the messages are presented file by file, when a file is shown (fileView).
  return {
    lang,
    summary: summaryLine(countResults(outcome.results), { lang, chalk: PLAIN, known: 0 }),
    headers: HEADERS[lang],
    rows: outcome.results
      .map((result) => withCounts(result))
      .map((r) => ({
        path: r.path,
        agency: r.unit ?? r.agency ?? '',
        year: r.year ?? null,
        format: r.formatVersion ? VERSION_SHORT[r.formatVersion]![lang] : '',
        errors: r.problem ? null : r.counts.errors,
        warnings: r.problem ? null : r.counts.warnings,
        status: r.status,
        statusLabel: statusLabel(r.status, lang),
      })),
    notes: batchNotes(outcome.info, lang, PLAIN),
    ...(outcome.region ? { region: regionMessage(outcome.region, lang) } : {}),
  };
}

/** One file as the page shows it: its section of the HTML report (numbered `n`, from 1), its description, and why it could not be checked. */
export interface FileView {
  n: number;
  path: string;
  meta: string;
  errors: number;
  warnings: number;
  problem?: string;
  markup: string;
}

export function fileView(result: FileResult, n: number, lang: Lang): FileView {
  const report = present([result], lang);
  const file = report.files[0]!;
  return {
    n,
    path: file.path,
    meta: describeFile(file, lang),
    ...file.counts,
    ...(file.problem ? { problem: file.problem.message } : {}),
    markup: fileSection(file, n, report).markup,
  };
}

/** A file the page offers to save. */
export interface Download {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** Said beside the download (what an annotated copy could not keep). */
  note?: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Names of what a check of these files produces: 「年报.校验.json」 for one file, 「检查结果.json」 for many. */
export function reportName(results: readonly FileResult[], extension: 'json' | 'html' | 'xlsx', lang: Lang): string {
  if (results.length === 1) return annotatedName(results[0]!.path).replace(/\.xlsx$/, `.${extension}`);
  return `${lang === 'zh' ? '检查结果' : 'check-results'}.${extension}`;
}

/** `xxgk-check --format json FILES`: the same text. */
export function jsonReport(results: readonly FileResult[], info: BatchInfo, lang: Lang, tool: Tool): Download {
  const text = formatJson(results, { lang, tool, batch: info });
  return { name: reportName(results, 'json', lang), type: 'application/json', bytes: new TextEncoder().encode(text) };
}

/** `xxgk-check --format html --output FILE FILES`: the same page. */
export function htmlReport(results: readonly FileResult[], info: BatchInfo, lang: Lang, tool: Tool): Download {
  const text = formatHtml(results, { lang, tool, chalk: PLAIN, known: 0, uriOf: (p) => p, batch: info });
  return { name: reportName(results, 'html', lang), type: 'text/html', bytes: new TextEncoder().encode(text) };
}

/** `xxgk-check --summary-xlsx FILE FILES`: the same workbook. */
export async function summaryDownload(results: readonly FileResult[], info: BatchInfo, lang: Lang): Promise<Download> {
  const { summaryWorkbook } = await import('../report/summary-xlsx.js');
  return { name: `${lang === 'zh' ? '检查结果' : 'check-results'}.xlsx`, type: XLSX_TYPE, bytes: await summaryWorkbook(results, info, lang) };
}

/** `xxgk-check --annotate-all FILE`: the same copy, under the same name. */
export async function annotatedDownload(original: Uint8Array, result: FileResult, lang: Lang): Promise<Download> {
  const { annotateWorkbook } = await import('../report/annotate/index.js');
  const copy = await annotateWorkbook(original, result.findings, lang);
  const name = annotatedName(result.path);
  const note = copy.dropped.length === 0 ? undefined : droppedNote(name, copy.dropped, lang);
  return { name, type: XLSX_TYPE, bytes: copy.bytes, ...(note ? { note } : {}) };
}
