import type { ChalkInstance } from 'chalk';
import type { BatchInfo } from '../result.js';
import { VERSION_SHORT } from './format-names.js';
import type { Lang } from '../spec/text.js';
import type { FileStatus, PresentedFile } from './present.js';
import { printable } from '../width/printable.js';
import { displayWidth, padEndWidth, padStartWidth, truncateWidth } from '../width/terminal.js';

/** The table's column headings (the offline page's summary table uses them too). */
export const HEADERS = {
  zh: ['文件', '单位', '年度', '格式', '错误', '警告', '状态'],
  en: ['file', 'agency', 'year', 'format', 'errors', 'warnings', 'status'],
} as const;

const STATUS: Record<Lang, Record<FileStatus, string>> = {
  zh: { ok: '通过', warnings: '有警告', errors: '有错误', unreadable: '无法检查' },
  en: { ok: 'ok', warnings: 'warnings', errors: 'errors', unreadable: 'not checked' },
};

export function statusLabel(status: FileStatus, lang: Lang): string {
  return STATUS[lang][status];
}

/** What the table shows of a file: kept for every file of a batch while the rest of each is written and let go. */
export type TableRow = Pick<PresentedFile, 'path' | 'unit' | 'agency' | 'year' | 'formatVersion' | 'counts' | 'status'> & { unreadable: boolean };

export function tableRow(file: PresentedFile): TableRow {
  const { path, unit, agency, year, formatVersion, counts, status } = file;
  return {
    path,
    counts,
    status,
    unreadable: Boolean(file.problem),
    ...(unit !== undefined ? { unit } : {}),
    ...(agency !== undefined ? { agency } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(formatVersion ? { formatVersion } : {}),
  };
}

/**
 * One row per file — file, agency, year, format, errors, warnings, status — aligned by display width,
 * so Chinese names line up in a terminal. Plain spaces, no box drawing (ambiguous width in CJK fonts).
 * On a terminal `columns` wide, long paths are shortened from the left, keeping the end that tells
 * them apart (`…/财政局/年报.xlsx`); without one (a file, a pipe), nothing is cut.
 */
export function* batchTable(files: readonly TableRow[], lang: Lang, chalk: ChalkInstance, columns?: number): Generator<string> {
  // A row's cells are made again for each of the two walks (widths, then lines): a country's batch is 100,000 rows, not held twice over.
  const cellsOf = (r: TableRow) => [
    printable(r.path),
    columns === undefined ? printable(r.unit ?? r.agency ?? '') : truncateWidth(printable(r.unit ?? r.agency ?? ''), 28),
    r.year === undefined ? '' : String(r.year),
    r.formatVersion ? VERSION_SHORT[r.formatVersion]![lang] : '',
    r.unreadable ? '' : String(r.counts.errors),
    r.unreadable ? '' : String(r.counts.warnings),
    statusLabel(r.status, lang),
  ];
  const header = [...HEADERS[lang]];
  const widths = header.map((h) => displayWidth(h));
  for (const r of files) cellsOf(r).forEach((c, i) => (widths[i] = Math.max(widths[i]!, displayWidth(c))));
  let paths: string[] | undefined;
  if (columns !== undefined) {
    const others = widths.slice(1).reduce((sum, w) => sum + w + 2, 0);
    paths = shortenPaths(
      files.map((r) => printable(r.path)),
      Math.max(displayWidth(header[0]!), 16, columns - others - 1),
    );
    widths[0] = paths.reduce((widest, p) => Math.max(widest, displayWidth(p)), displayWidth(header[0]!));
  }
  const numeric = new Set([2, 4, 5]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? padStartWidth(c, widths[i]!) : i === cells.length - 1 ? c : padEndWidth(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  const colour = (status: FileStatus, text: string) => (status === 'ok' ? chalk.green(text) : status === 'warnings' ? chalk.yellow(text) : chalk.red(text));
  yield chalk.bold(line(header));
  for (const [i, r] of files.entries()) {
    const cells = cellsOf(r);
    if (paths) cells[0] = paths[i]!;
    const text = line(cells);
    const label = cells.at(-1)!;
    yield text.slice(0, text.length - label.length) + colour(r.status, label);
  }
}

/** 「名单中未报送的单位（2）：甲局、乙局」 and the like, after the table. */
export function batchNotes(info: BatchInfo | undefined, lang: Lang, chalk: ChalkInstance): string[] {
  if (!info) return [];
  const lines: string[] = [];
  const list = (items: string[]) => items.map(printable).join(lang === 'zh' ? '、' : ', ');
  if (info.units) {
    const { expected, missing, unmatched } = info.units;
    lines.push(lang === 'zh' ? `名单共 ${expected} 个单位，已报送 ${expected - missing.length} 个。` : `${expected} units listed, ${expected - missing.length} reported.`);
    if (missing.length > 0) lines.push(chalk.red(lang === 'zh' ? `未报送（${missing.length}）：${list(missing)}` : `Sent nothing (${missing.length}): ${list(missing)}`));
    if (unmatched.length > 0) {
      lines.push(chalk.yellow(lang === 'zh' ? `不在名单中的文件（${unmatched.length}）：${list(unmatched)}` : `Files matching no listed unit (${unmatched.length}): ${list(unmatched)}`));
    }
  }
  if (info.skipped.length > 0) {
    lines.push(
      lang === 'zh'
        ? `跳过了 ${info.skipped.length} 个不是年报文件的文件（如 ${list(info.skipped.slice(0, 3))}）。`
        : `Skipped ${info.skipped.length} files that are not reports (e.g. ${list(info.skipped.slice(0, 3))}).`,
    );
  }
  return lines;
}

/**
 * Paths shortened from the left to a display width, each keeping as many of its last folders as fit
 * (`…/财政局/年报.xlsx`), so that the part that tells files apart stays; a name too long by itself
 * keeps its end. Two paths that would read the same are left whole.
 */
export function shortenPaths(paths: readonly string[], width: number): string[] {
  const short = paths.map((p) => shortenLeft(p, width));
  const seen = new Map<string, number>();
  for (const s of short) seen.set(s, (seen.get(s) ?? 0) + 1);
  return short.map((s, i) => ((seen.get(s) ?? 0) > 1 ? paths[i]! : s));
}

function shortenLeft(path: string, width: number): string {
  if (displayWidth(path) <= width) return path;
  const segments = path.split(/(?<=[\\/])/);
  let kept = '';
  for (let i = segments.length - 1; i >= 0; i--) {
    const candidate = segments[i]! + kept;
    if (kept !== '' && displayWidth(`…/${candidate}`) > width) break;
    kept = candidate;
  }
  if (displayWidth(`…/${kept}`) <= width) return `…/${kept}`;
  // The name alone is too wide: its end, which holds the distinguishing suffix and the extension.
  let tail = '';
  for (const ch of [...kept].reverse()) {
    if (displayWidth(`…${ch}${tail}`) > width) break;
    tail = ch + tail;
  }
  return `…${tail}`;
}
