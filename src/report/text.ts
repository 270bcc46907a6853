import type { ChalkInstance } from 'chalk';
import type { TableId } from '../model/schema.js';
import type { Finding } from '../rules/finding.js';
import { TABLE_FULL_NAMES } from '../rules/names.js';
import { findRule } from '../rules/catalogue/index.js';
import { countResults, type BatchInfo, type Counts, type FileResult } from '../result.js';
import { batchNotes, batchTable } from './batch-table.js';
import { explainLines } from './explain.js';
import { describeFile } from './format-names.js';
import type { Lang } from './lang.js';
import { formatNumber, renderMessage } from './message.js';
import { renderProblem } from './problems.js';
import { sentenceLine } from './sentence.js';
import { cellsHeading, describeCell } from './source.js';

export interface TextOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Findings left out because the baseline knows them. */
  known?: number;
  batch?: BatchInfo;
}

const WORDS = {
  zh: { error: '错误', warning: '警告', workbook: '整个文件', blank: '空白', unreadable: '无法检查', clean: '未发现问题' },
  en: { error: 'error  ', warning: 'warning', workbook: 'Whole file', blank: 'blank', unreadable: 'not checked', clean: 'no problems found' },
} as const;

/** The human report: per file, per table, one finding a line with its cells below it; a summary last. */
export function formatText(results: readonly FileResult[], options: TextOptions): string {
  const lines: string[] = [];
  for (const result of results) lines.push(...fileLines(result, options), '');
  if (results.length > 1) lines.push(...batchTable(results, options.lang, options.chalk), '');
  const notes = batchNotes(options.batch, options.lang, options.chalk);
  if (notes.length > 0) lines.push(...notes, '');
  lines.push(summaryLine(countResults(results), options));
  return `${lines.join('\n')}\n`;
}

function fileLines(result: FileResult, { lang, chalk }: TextOptions): string[] {
  const words = WORDS[lang];
  const lines = [chalk.bold.underline(result.path)];
  if (result.problem) {
    lines.push(`  ${chalk.red(words.unreadable)}  ${renderProblem(result.path, result.problem, lang)}`);
    return lines;
  }
  const description = describeFile(result, lang);
  if (description) lines.push(`  ${chalk.dim(description)}`);
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

function findingLines(finding: Finding, { lang, chalk }: TextOptions): string[] {
  const words = WORDS[lang];
  const severity = finding.severity === 'error' ? chalk.red(words.error) : chalk.yellow(words.warning);
  const message = renderMessage(finding, lang);
  const lines = [`    ${severity}  ${chalk.dim(finding.rule)}  ${message}`];
  const indent = ' '.repeat(lang === 'zh' ? 10 : 13);
  if (finding.sentence) lines.push(`${indent}${chalk.dim(sentenceLine(finding.sentence, lang))}`);
  const named = finding.cells.length === 1 ? message.includes(describeCell(finding.cells[0]!, lang)) : listsItsCells(finding, lang);
  if (finding.cells.length > 0 && !named) lines.push(`${' '.repeat(lang === 'zh' ? 10 : 13)}${chalk.dim(cellsLine(finding, lang))}`);
  return lines;
}

/** The message already names every cell (a list of blank cells, of formulas): no need to list them again. */
function listsItsCells(finding: Finding, lang: Lang): boolean {
  const template = findRule(finding.rule)?.messages[finding.messageId]?.[lang] ?? '';
  return template.includes('{cells}');
}

/** 「单元格（年度报告）：D36 = 19，D37 = 0」, or each place in full when they are in several sheets, tables or files. */
function cellsLine(finding: Finding, lang: Lang): string {
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

export function summaryLine(counts: Counts, { lang, chalk, known = 0 }: TextOptions): string {
  const { files, checked, errors, warnings, unreadable } = counts;
  if (lang === 'zh') {
    const found = checked === 0 ? [] : [errors + warnings === 0 ? '未发现问题' : `${errors} 个错误，${warnings} 个警告`];
    const bad = unreadable > 0 ? [`${unreadable} 个文件无法检查`] : [];
    const baseline = known > 0 ? [`另有 ${known} 个基线中已知的问题未列出`] : [];
    const text = `共 ${files} 个文件：${[...found, ...bad, ...baseline].join('，')}。`;
    return errors > 0 || unreadable > 0 ? chalk.red.bold(text) : warnings > 0 ? chalk.yellow.bold(text) : chalk.green.bold(text);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const found = checked === 0 ? [] : [errors + warnings === 0 ? 'no problems found' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`];
  const bad = unreadable > 0 ? [`${unreadable} could not be checked`] : [];
  const baseline = known > 0 ? [`${plural(known, 'known finding')} in the baseline not shown`] : [];
  const text = `${plural(files, 'file')}: ${[...found, ...bad, ...baseline].join('; ')}.`;
  return errors > 0 || unreadable > 0 ? chalk.red.bold(text) : warnings > 0 ? chalk.yellow.bold(text) : chalk.green.bold(text);
}
