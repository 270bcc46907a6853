import type { Lang } from '../spec/text.js';
import type { Text } from '../spec/text.js';

/**
 * What the command line says of its own run (not a finding, not why a file could not be checked),
 * one sentence an id in both languages, `{name}` where the run fills a value in: kept as the rules'
 * messages and src/report/problems.ts keep theirs, so that a sentence is read and changed in one
 * place and no command chooses between languages inline.
 */
const MESSAGES = {
  // Planning a check: the options and the files.
  failOnMissingAlone: {
    zh: '--fail-on-missing 要与 --units 名单一起用：xxgk-check 各单位/ --units 名单.csv --fail-on-missing',
    en: '--fail-on-missing goes with a --units list: xxgk-check reports/ --units units.csv --fail-on-missing',
  },
  unitsUnreadable: {
    zh: '无法读取单位名单 {file}（{reason}）；名单应为 CSV 或 .xlsx，每行一个单位。',
    en: 'Cannot read the list of units {file} ({reason}); it should be a CSV or .xlsx with one unit a row.',
  },
  patternUnmatched: { zh: 'xxgk-check: “{pattern}”没有匹配任何文件。', en: 'xxgk-check: “{pattern}” matched no file.' },
  nothingFound: { zh: '没有找到要检查的年报文件。', en: 'No report file to check was found.' },
  noFileNamed: { zh: 'xxgk-check: 请指定要检查的年报文件，例如 xxgk-check 年报.docx', en: 'xxgk-check: name at least one report file to check, e.g. xxgk-check report.docx' },
  annotateTookFolder: {
    zh: 'xxgk-check: --annotate 把 {dir} 当作了存放标注副本的文件夹，于是没有要检查的文件。要检查 {dir} 并把副本写在各工作簿旁，请写：xxgk-check {dir} --annotate；要把副本写进另一个文件夹，请写：xxgk-check --annotate=校验/ {dir}',
    en: 'xxgk-check: --annotate took {dir} as the folder for the copies, so there is nothing to check. To check {dir} with each copy beside its workbook, write: xxgk-check {dir} --annotate; to put the copies in another folder, write: xxgk-check --annotate=copies/ {dir}',
  },
  ruleSyntax: {
    zh: '--rule 的写法是 规则=级别，例如 --rule T3_BALANCE=warning；收到的是“{value}”。',
    en: '--rule takes RULE=severity, e.g. --rule T3_BALANCE=warning; got “{value}”.',
  },
  ruleLevel: { zh: '--rule {id} 的级别应为 error、warning 或 off，收到的是“{level}”。', en: '--rule {id} takes error, warning or off; got “{level}”.' },
  notCount: { zh: '应为不小于 0 的整数', en: 'a whole number of 0 or more' },
  notPositive: { zh: '应为不小于 1 的整数', en: 'a whole number of 1 or more' },
  notYear: { zh: '年度应为 2019 以后的四位数年份', en: 'a year from 2019 on' },
  helpHint: { zh: '运行 xxgk-check{command} --help 查看用法。', en: 'Run xxgk-check{command} --help for usage.' },

  // The annotated copies, planned before the check and written after it.
  annotateDirIsFile: {
    zh: '--annotate 指定的 {dir} 是文件，不是文件夹；请另指一个文件夹。',
    en: 'The --annotate folder {dir} is a file, not a folder; name another folder.',
  },
  copyIsInput: {
    zh: '{file} 的标注副本 {copy} 就是输入文件 {input}，不会覆盖输入；请不要同时检查 {input}，或用 --annotate 另指一个文件夹。',
    en: 'The annotated copy of {file}, {copy}, is the input {input}, which is never overwritten; leave {input} out or name another folder with --annotate.',
  },
  copiesCollide: {
    zh: '{other} 和 {file} 的标注副本都会写到 {copy}；请分开检查，或不要把它们的副本写进同一个文件夹。',
    en: 'The annotated copies of {other} and {file} would both be {copy}; check them separately, or do not put their copies in one folder.',
  },
  copyOfConverted: {
    zh: 'xxgk-check: {file} 是经 --convert 转换后检查的旧格式或 OpenDocument 表格，标注副本只写给 .xlsx 工作簿；请先另存为 .xlsx 再加 --annotate，或用 --format html --output 校验结果.html 查看标出问题的表格。',
    en: 'xxgk-check: {file} was checked through --convert, and annotated copies are written of .xlsx workbooks only; save it as .xlsx and add --annotate again, or see the tables with the problems marked with --format html --output report.html.',
  },
  copyNotXlsx: {
    zh: 'xxgk-check: {file} 不是 .xlsx 工作簿，不写标注副本；要看标出问题的表格，请用 --format html --output 校验结果.html。',
    en: 'xxgk-check: {file} is not an .xlsx workbook, so no annotated copy is written; for the tables with the problems marked, use --format html --output report.html.',
  },
  copyWritten: { zh: '已写出 {copy}', en: 'Wrote {copy}' },
  copyUnwritable: {
    zh: 'xxgk-check: 无法写出标注副本 {copy}（{reason}），请检查文件夹是否可写。',
    en: 'xxgk-check: could not write the annotated copy {copy} ({reason}); check that the folder is writable.',
  },
  copyImpossible: {
    zh: 'xxgk-check: 无法为 {file} 写出标注副本：标注程序读不了这个工作簿的写法；检查结果不受影响，要看标出问题的表格，请用 --format html --output 校验结果.html。',
    en: 'xxgk-check: no annotated copy of {file} could be made: the annotating library cannot read how this workbook is written; the check is not affected, and --format html --output report.html shows the tables with the problems marked.',
  },

  // Emitting: outputs written, and why the run fails when a machine format has no closing line to say it.
  baselineWritten: { zh: '已把 {count} 个问题记入基线 {file}。', en: 'Recorded {count} findings in the baseline {file}.' },
  reportWritten: { zh: '（报告已写入 {file}）', en: ' (report written to {file})' },
  outputUnwritable: {
    zh: 'xxgk-check: 无法写入 {file}（{reason}），请检查文件夹是否存在、是否有写权限。',
    en: 'xxgk-check: cannot write {file} ({reason}); check that the folder exists and is writable.',
  },
  outputExists: {
    zh: '{file} 已存在，未覆盖；换一个文件名，或加 --force 覆盖。',
    en: '{file} already exists and was not overwritten; choose another name or add --force.',
  },
  warningLimitPassed: {
    zh: 'xxgk-check: 警告共 {warnings} 个，多于 --max-warnings 允许的 {max} 个，退出码为 1。',
    en: 'xxgk-check: {warnings} warnings, more than the {max} --max-warnings allows: exit code 1.',
  },
  unitsMissing: {
    zh: 'xxgk-check: 名单中有 {count} 个单位未报送（--fail-on-missing），退出码为 1。',
    en: 'xxgk-check: {count} listed units sent nothing (--fail-on-missing): exit code 1.',
  },

  // rules: the catalogue listed.
  rulesCount: { zh: '共 {count} 条规则。', en: '{count} rules.' },

  // template: a blank workbook in the official layout. A format goes by its name in Chinese, by its year in English.
  templateName: { zh: '年报模板-{version}.xlsx', en: 'report-template-{version}.xlsx' },
  templateVersionClash: {
    zh: 'xxgk-check: {year} 年度的年报用 {expectedName}，不能写成 {givenName}；去掉 --format-version，或改用 --format-version {expected}。',
    en: 'xxgk-check: reports for {year} use the {expected} format, not {given}; leave out --format-version, or give --format-version {expected}.',
  },
  templateWritten: { zh: '已写出 {file}（{versionName}）。', en: 'Wrote {file} ({version} format).' },

  // app: the offline page.
  appName: { zh: '年报检查.html', en: 'report-check.html' },
  appMissing: { zh: 'xxgk-check: 找不到页面 dist/xxgk-check.html；请先运行 npm run build。', en: 'xxgk-check: the page dist/xxgk-check.html is missing; run npm run build first.' },
  appWritten: {
    zh: '已写出 {file}：在浏览器中双击打开，把年报文件拖进去即可检查；不需要联网，也不需要安装。',
    en: 'Wrote {file}: open it in a browser with a double-click and drop report files on it; it needs no network and nothing installed.',
  },
} satisfies Record<string, Text>;

export type CliMessageId = keyof typeof MESSAGES;

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };

/** The sentence `id` in `lang`, each `{name}` filled in once (a list joined as the language lists things); a name not given is left as written. */
export function cliMessage(id: CliMessageId, lang: Lang, params: Readonly<Record<string, string | number | readonly string[]>> = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'object' ? value.join(LIST_SEPARATOR[lang]) : String(value);
  });
}
