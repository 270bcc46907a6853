import type { TableId } from '../../spec/tables.js';
import { TABLE_FULL_NAMES, TABLE_NAMES } from '../../spec/names.js';
import type { FileResult } from '../../result.js';
import { table3Plan, table4Plan, type TablePlan } from '../../template/layout.js';
import type { ReportContext } from '../context.js';
import { describeFile, SEVERITY_WORDS } from '../format-names.js';
import type { Lang } from '../../spec/text.js';
import { formatNumber } from '../message.js';
import { fromResults, type Presented, type PresentedFile, type PresentedFinding, type PresentedReport } from '../present.js';
import { cellsHeading } from '../source.js';
import { summaryLine } from '../text.js';
import { html, trusted, type Markup } from './markup.js';
import { claimsSection, PROSE_STYLE, sentenceMarkup } from './prose.js';
import { STYLE } from './style.js';
import { drawTable, type CellFlag } from './table.js';
import { decides, rankMark } from '../primary-cell.js';

const WORDS = {
  zh: {
    title: '政府信息公开工作年度报告校验结果',
    files: '文件',
    clean: '未发现问题',
    unreadable: '无法检查',
    other: '表二及其他问题',
    blank: '空白',
    notFound: (table: string) => `文件中没有找到${table}。`,
    show: '查看表三、表四',
    counts: (e: number, w: number) => `${e} 个错误，${w} 个警告`,
  },
  en: {
    title: 'Annual open-government report check',
    files: 'Files',
    clean: 'No problems found',
    unreadable: 'Not checked',
    other: 'Table 2 and other findings',
    blank: 'blank',
    notFound: (table: string) => `The file has no ${table}.`,
    show: 'Show Tables 3 and 4',
    counts: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
  },
} as const;

/** The tables drawn, with each column's width in em: labels wide, values narrow. */
const DRAWN: { table: TableId; plan: (result: FileResult) => TablePlan; widths: number[] }[] = [
  { table: 't3', plan: (r) => table3Plan(r.formatVersion ?? '2021'), widths: [6, 8, 17, 5.5, 5.5, 5.5, 6.5, 6.5, 5.5, 5.5] },
  { table: 't4', plan: () => table4Plan(), widths: Array.from({ length: 15 }, () => 4.6) },
];

/**
 * One self-contained page: a summary, the list of files, then per file its 表三 and 表四 drawn as
 * the official tables with the cells the findings name highlighted (red for an error, yellow for a
 * warning), each finding below its table and linked both ways with its cells. Nothing is fetched,
 * and the same results give the same bytes.
 */
export function layoutHtml(report: PresentedReport, context: ReportContext): string {
  // The page lists its files before drawing them: they are held.
  const files = [...report.files];
  const { lang } = context;
  const words = WORDS[lang];
  const { counts } = report;
  const tone = counts.errors > 0 || counts.unreadable > 0 ? 'bad' : counts.warnings > 0 ? 'warn' : 'good';
  const page = html`<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${context.tool.name} ${context.tool.version}">
<title>${words.title}</title>
<style>${trusted(STYLE)}${trusted(PROSE_STYLE)}</style>
</head>
<body>
<header>
<h1>${words.title}</h1>
<p class="summary ${tone}">${summaryLine(counts, { lang, chalk: context.chalk, known: context.known ?? 0, ...(context.warningLimit ? { warningLimit: context.warningLimit } : {}), ...(context.missingUnits ? { missingUnits: context.missingUnits } : {}) })}</p>
<p class="legend"><span class="swatch error"></span>${SEVERITY_WORDS[lang].error}<span class="swatch warning"></span>${SEVERITY_WORDS[lang].warning}</p>
</header>
${files.length > 1 ? fileList(files, lang) : ''}
<main>
${files.map((file, i) => fileSection(file, i + 1, report))}
</main>
<footer>${context.tool.name} ${context.tool.version}</footer>
</body>
</html>
`;
  return page.markup;
}

/** The same, for a library user's results as checked. */
export const formatHtml = fromResults(layoutHtml);

function fileList(files: readonly PresentedFile[], lang: Lang): Markup {
  const words = WORDS[lang];
  const items = files.map((result, i) => {
    const { errors, warnings } = result.counts;
    const status = result.problem ? words.unreadable : errors + warnings === 0 ? words.clean : words.counts(errors, warnings);
    return html`<li><a href="#file-${i + 1}">${result.path}</a><span class="counts">${status}</span></li>`;
  });
  return html`<nav><h2>${words.files}</h2><ol>${items}</ol></nav>`;
}

/** One file's section of the page (its tables, flagged cells and findings), with element ids numbered by `n`; the offline page draws files with it too. */
export function fileSection(result: PresentedFile, n: number, report: Pick<Presented, 'lang' | 'rules'>): Markup {
  const { lang } = report;
  const words = WORDS[lang];
  const head = html`<h2>${result.path}</h2>${describeFile(result, lang) ? html`<p class="meta">${describeFile(result, lang)}</p>` : ''}`;
  if (result.problem) return html`<section class="file" id="file-${n}">${head}<p class="problem">${result.problem.message}</p></section>\n`;

  // Findings are numbered in the order the page shows them: under 表三, under 表四, then the rest.
  const drawnTables = new Set(DRAWN.map((d) => d.table));
  const groups = [...DRAWN.map((d) => result.findings.filter((f) => f.table === d.table)), result.findings.filter((f) => !f.table || !drawnTables.has(f.table))];
  const numbered = new Map<PresentedFinding, number>();
  groups.flat().forEach((f, i) => numbered.set(f, i + 1));
  const ids = { cellId: (key: string) => `file-${n}-${key.replace(/\./g, '-')}`, findingId: (i: number) => `file-${n}-f${i}` };
  const plans = DRAWN.map((d) => d.plan(result));
  const titles = new Map(report.rules.map((r) => [r.id, r.title]));
  const drawnKeys = new Set(plans.flatMap((plan) => plan.cells.flatMap((c) => (c.key ? [c.key] : []))));

  const tables = DRAWN.map((d, g) => {
    const plan = plans[g]!;
    const keys = new Set(plan.cells.flatMap((c) => (c.key ? [c.key] : [])));
    const values = result.values ?? {};
    const present = [...keys].some((k) => k in values);
    const body =
      present || !result.values
        ? drawTable(plan, { widths: d.widths, values, lang, flags: flagsOf(result.findings, numbered, keys), ...ids })
        : html`<p class="missing">${words.notFound(TABLE_NAMES[d.table][lang])}</p>`;
    return html`<section class="table" id="file-${n}-${d.table}"><h3>${TABLE_FULL_NAMES[d.table][lang]}</h3>${body}${findingList(groups[g]!, numbered, drawnKeys, ids, titles, lang)}</section>`;
  });
  const others = groups.at(-1)!;
  const rest = others.length > 0 ? html`<section class="table" id="file-${n}-other"><h3>${words.other}</h3>${findingList(others, numbered, drawnKeys, ids, titles, lang)}</section>` : '';
  // A clean workbook's tables are there to look at, folded so that a batch stays short.
  const claims = result.claims ? claimsSection(result.claims, n, lang) : '';
  const body = result.findings.length === 0 ? html`<p class="clean">${words.clean}</p><details><summary>${words.show}</summary>${tables}</details>${claims}` : html`${tables}${rest}${claims}`;
  return html`<section class="file" id="file-${n}">${head}${body}</section>\n`;
}

/**
 * Key → how the findings mark that cell: strongly where it decides a finding (a total written, a
 * value found wrong), lightly where it is only a part of an equation; an error outranks a warning
 * among marks of one strength. Only keys of the drawn table, and only this file's cells: a cross-year
 * finding's cell in last year's report shares its key with a cell here that it is not about.
 */
function flagsOf(findings: readonly PresentedFinding[], numbered: ReadonlyMap<PresentedFinding, number>, keys: ReadonlySet<string>): Map<string, CellFlag> {
  const flags = new Map<string, CellFlag>();
  for (const finding of findings) {
    for (const cell of finding.cells) {
      if (!keys.has(cell.key) || cell.file) continue;
      const strong = decides(finding, cell);
      const flag = flags.get(cell.key) ?? { severity: finding.severity, strong, findings: [] };
      rankMark(flag, strong, finding.severity);
      const number = numbered.get(finding)!;
      if (!flag.findings.includes(number)) flag.findings.push(number);
      flags.set(cell.key, flag);
    }
  }
  return flags;
}

function findingList(
  findings: readonly PresentedFinding[],
  numbered: ReadonlyMap<PresentedFinding, number>,
  drawnKeys: ReadonlySet<string>,
  ids: { cellId: (key: string) => string; findingId: (n: number) => string },
  titles: ReadonlyMap<string, string>,
  lang: Lang,
): Markup | '' {
  if (findings.length === 0) return '';
  const words = WORDS[lang];
  const items = findings.map((finding) => {
    const number = numbered.get(finding)!;
    // One sheet or table: named once, before the list (「单元格（年度报告）：D32 = 19，…」), as in the text report.
    const { heading, name } = cellsHeading(finding.cells, lang);
    const cells = finding.cells.map((cell, i) => {
      const ref = name(cell);
      const value = cell.value === null ? words.blank : typeof cell.value === 'number' ? formatNumber(cell.value) : cell.value;
      const label = cell.key === '' && cell.value === null ? ref : `${ref} = ${value}`;
      return html`${i > 0 ? (lang === 'zh' ? '，' : ', ') : ''}${drawnKeys.has(cell.key) && !cell.file ? html`<a href="#${ids.cellId(cell.key)}">${label}</a>` : html`<span>${label}</span>`}`;
    });
    const title = titles.get(finding.rule) ?? '';
    return html`<li id="${ids.findingId(number)}" value="${number}" class="${finding.severity}" data-rule="${finding.rule}"><span class="badge">${SEVERITY_WORDS[lang][finding.severity]}</span><span class="rule" title="${title}">${finding.rule}</span>${finding.message}${finding.sentence ? sentenceMarkup(finding.sentence, lang) : ''}${cells.length > 0 ? html`<span class="cells">${heading}${cells}</span>` : ''}</li>`;
  });
  return html`<ol class="findings">${items}</ol>`;
}
