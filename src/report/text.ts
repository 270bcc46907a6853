import type { ChalkInstance } from 'chalk';
import type { TableId } from '../spec/tables.js';
import { TABLE_FULL_NAMES } from '../spec/names.js';
import type { BatchInfo, Counts } from '../result.js';
import { batchNotes, batchTable, tableRow, type TableRow } from './batch-table.js';
import { explainLines } from './explain.js';
import { describeFile } from './format-names.js';
import type { Lang } from '../spec/text.js';
import { formatNumber } from './message.js';
import { fromResults, type PresentedFile, type PresentedFinding, type PresentedReport } from './present.js';
import { printable } from '../width/printable.js';
import { sentenceLine } from './sentence.js';
import { cellsHeading } from './source.js';

export interface TextOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Findings left out because the baseline knows them. */
  known?: number;
  batch?: BatchInfo;
  /** Set when the run fails on its warnings: all of them (--quiet hides them) and the --max-warnings limit they pass. */
  warningLimit?: { warnings: number; max: number };
  /** Set when the run fails because listed units sent nothing (--fail-on-missing). */
  missingUnits?: number;
  /** The terminal's width when the report goes to one: the per-file table fits it. */
  columns?: number;
}

const WORDS = {
  zh: { error: '错误', warning: '警告', workbook: '整个文件', blank: '空白', unreadable: '无法检查', clean: '未发现问题' },
  en: { error: 'error  ', warning: 'warning', workbook: 'Whole file', blank: 'blank', unreadable: 'not checked', clean: 'no problems found' },
} as const;

/** The human report: per file, per table, one finding a line with its cells below it; a summary last. */
export function layoutText(report: PresentedReport, options: TextOptions): string {
  return [...layoutTextChunks(report, options)].join('');
}

/**
 * The same a file at a time, so a country's batch is written as it is read back: of each file only
 * its row of the closing table is kept.
 */
export function* layoutTextChunks(report: PresentedReport, options: TextOptions): Generator<string> {
  const rows: TableRow[] = [];
  for (const file of report.files) {
    yield `${fileLines(file, options).join('\n')}\n\n`;
    rows.push(tableRow(file));
  }
  // One line a file, written as it is made: a country's batch is 100,000 of them.
  if (rows.length > 1) {
    for (const line of batchTable(rows, options.lang, options.chalk, options.columns)) yield `${line}\n`;
    yield '\n';
  }
  const lines: string[] = [];
  const notes = batchNotes(options.batch, options.lang, options.chalk);
  if (notes.length > 0) lines.push(...notes, '');
  lines.push(summaryLine(report.counts, options));
  yield `${lines.join('\n')}\n`;
}

/** The same, for a library user's results as checked. */
export const formatText = fromResults(layoutText);

function fileLines(result: PresentedFile, { lang, chalk }: TextOptions): string[] {
  const words = WORDS[lang];
  // Names and workbook text are shown with their control characters escaped: they can neither colour nor break the report.
  const lines = [chalk.bold.underline(printable(result.path))];
  if (result.problem) {
    lines.push(`  ${chalk.red(words.unreadable)}  ${printable(result.problem.message)}`);
    return lines;
  }
  const description = describeFile(result, lang);
  if (description) lines.push(`  ${chalk.dim(printable(description))}`);
  if (result.findings.length === 0) {
    lines.push(`  ${chalk.green(words.clean)}`);
    if (result.claims) lines.push(...explainLines(result.claims, lang, chalk));
    return lines;
  }
  let table: TableId | 'none' | undefined;
  for (const finding of result.findings) {
    const current = finding.table ?? 'none';
    if (current !== table) {
      table = current;
      lines.push(`  ${chalk.bold(current === 'none' ? words.workbook : TABLE_FULL_NAMES[current][lang])}`);
    }
    lines.push(...findingLines(finding, { lang, chalk }));
  }
  if (result.claims) lines.push(...explainLines(result.claims, lang, chalk));
  return lines;
}

function findingLines(finding: PresentedFinding, { lang, chalk }: TextOptions): string[] {
  const words = WORDS[lang];
  const severity = finding.severity === 'error' ? chalk.red(words.error) : chalk.yellow(words.warning);
  const lines = [`    ${severity}  ${chalk.dim(printable(finding.rule))}  ${printable(finding.message)}`];
  const indent = ' '.repeat(lang === 'zh' ? 10 : 13);
  if (finding.sentence) lines.push(`${indent}${chalk.dim(printable(sentenceLine(finding.sentence, lang)))}`);
  if (finding.cells.length > 0 && !finding.namesCells) lines.push(`${indent}${chalk.dim(printable(cellsLine(finding, lang)))}`);
  return lines;
}

/** 「单元格（年度报告）：D36 = 19，D37 = 0」, or each place in full when they are in several sheets, tables or files. */
function cellsLine(finding: PresentedFinding, lang: Lang): string {
  const words = WORDS[lang];
  const { heading, name } = cellsHeading(finding.cells, lang);
  const list = finding.cells
    .map((c) => {
      const value = c.value === null ? words.blank : typeof c.value === 'number' ? formatNumber(c.value) : c.value;
      return c.value === null && c.key === '' ? name(c) : `${name(c)} = ${value}`;
    })
    .join(lang === 'zh' ? '，' : ', ');
  return `${heading}${list}`;
}

export function summaryLine(counts: Counts, { lang, chalk, known = 0, warningLimit, missingUnits }: Pick<TextOptions, 'lang' | 'chalk' | 'known' | 'warningLimit' | 'missingUnits'>): string {
  const { files, checked, errors, warnings, unreadable } = counts;
  const failed = errors > 0 || unreadable > 0 || warningLimit !== undefined || missingUnits !== undefined;
  const tone = (text: string) => (failed ? chalk.red.bold(text) : warnings > 0 ? chalk.yellow.bold(text) : chalk.green.bold(text));
  if (lang === 'zh') {
    const found = checked === 0 ? [] : [errors + warnings === 0 && !warningLimit ? '未发现问题' : `${errors} 个错误，${warnings} 个警告`];
    const bad = unreadable > 0 ? [`${unreadable} 个文件无法检查`] : [];
    const baseline = known > 0 ? [`另有 ${known} 个基线中已知的问题未列出`] : [];
    const limit = warningLimit ? [`警告共 ${warningLimit.warnings} 个，多于 --max-warnings 允许的 ${warningLimit.max} 个`] : [];
    const missing = missingUnits ? [`名单中有 ${missingUnits} 个单位未报送`] : [];
    return tone(`共 ${files} 个文件：${[...found, ...bad, ...baseline, ...limit, ...missing].join('，')}。`);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const found = checked === 0 ? [] : [errors + warnings === 0 && !warningLimit ? 'no problems found' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`];
  const bad = unreadable > 0 ? [`${unreadable} could not be checked`] : [];
  const baseline = known > 0 ? [`${plural(known, 'known finding')} in the baseline not shown`] : [];
  const limit = warningLimit ? [`${plural(warningLimit.warnings, 'warning')} in all, more than the ${warningLimit.max} --max-warnings allows`] : [];
  const missing = missingUnits ? [`${plural(missingUnits, 'listed unit')} sent nothing`] : [];
  return tone(`${plural(files, 'file')}: ${[...found, ...bad, ...baseline, ...limit, ...missing].join('; ')}.`);
}
