import { resolve } from 'node:path';
import { expandInputs } from '../../batch/expand.js';
import { checkFiles } from '../../batch/pool.js';
import { provesNoReport } from '../../batch/passed-over.js';
import { duplicateGroups } from '../../batch/duplicates.js';
import { identify } from '../../batch/identity.js';
import { sumReports } from '../../batch/region.js';
import type { Lang } from '../../spec/text.js';
import { printable } from '../../width/printable.js';
import { renderProblem } from '../../report/problems.js';
import { TABLE_NAMES, cellNames } from '../../spec/names.js';
import { REGION_SUMMARY_KEYWORD } from '../../read/document.js';
import { placeReport } from '../../template/document.js';
import { writeWorkbook } from '../../template/write.js';
import type { CliIo } from '../io.js';
import { refuseOverwrite, writeFileAtomic } from '../write-file.js';

export interface SumCommandOptions {
  output: string;
  /** `--keep FILE`: of files that are one agency's report for one year, the one to sum (repeatable). */
  keep?: string[];
  agency?: string;
  year?: number;
  force?: boolean;
  jobs?: number;
  lang: Lang;
}

/**
 * The region's summary workbook: every cell the sum of the same cell over the agencies' workbooks,
 * in the official layout. Workbooks with errors are summed and named; workbooks that cannot be
 * read, or a mix of the 2019 and 2021 formats, stop it with one sentence and nothing written.
 */
export async function runSum(files: string[], options: SumCommandOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  // File names and workbook text with their control characters escaped.
  const say = (zh: string, en: string) => io.stderr(`${printable(lang === 'zh' ? zh : en)}\n`);
  const output = resolve(io.cwd, options.output);
  const refusal = await refuseOverwrite(output, options.output, options.force, lang);
  if (refusal) {
    io.stderr(`xxgk-check: ${printable(refusal)}\n`);
    return 2;
  }
  const inputs = await expandInputs(files, io.cwd);
  if (inputs.unreadable.length > 0) {
    say(`xxgk-check: 有 ${inputs.unreadable.length} 个文件夹无法读取，未汇总：`, `xxgk-check: ${inputs.unreadable.length} folders could not be read; nothing was summed:`);
    for (const folder of inputs.unreadable) io.stderr(`  ${printable(renderProblem(folder.path, { code: 'DIR_UNREADABLE', detail: folder.code }, lang))}\n`);
    return 2;
  }
  if (inputs.files.length === 0) {
    say('xxgk-check: 没有找到要汇总的工作簿。', 'xxgk-check: no workbook to sum was found.');
    return 2;
  }
  if (inputs.files.some((f) => resolve(io.cwd, f) === output)) {
    say(`xxgk-check: 输出文件 ${options.output} 也在输入之中；请换一个输出文件名。`, `xxgk-check: the output ${options.output} is also an input; choose another output name.`);
    return 2;
  }
  const checked = await checkFiles(
    inputs.files.map((f) => resolve(io.cwd, f)),
    {},
    options.jobs ? { jobs: options.jobs } : {},
  );
  // A file met in a folder that proves to be no report (a README, a cover letter) is passed over with a word, as a batch does.
  const walked = new Set(inputs.walked);
  const noReport = (i: number) => walked.has(inputs.files[i]!) && provesNoReport(checked[i]!.result);
  for (const path of inputs.files.filter((_, i) => noReport(i))) {
    say(`xxgk-check: 跳过 ${path}：它不是年报，不计入汇总。`, `xxgk-check: skipped ${path}: it is not a report and is not summed.`);
  }
  const unreadable = checked.flatMap((c, i) => (c.result.problem && !noReport(i) ? [renderProblem(inputs.files[i]!, c.result.problem, lang)] : []));
  if (unreadable.length > 0) {
    say(`xxgk-check: 有 ${unreadable.length} 个文件无法读取，未汇总：`, `xxgk-check: ${unreadable.length} files could not be read; nothing was summed:`);
    for (const line of unreadable) io.stderr(`  ${printable(line)}\n`);
    return 2;
  }
  // A region's summary (one this command wrote, marked so, or one titled 「…（汇总）」) is never summed again.
  const summaries = inputs.files.filter((_, i) => checked[i]!.result.regionSummary);
  for (const path of summaries) {
    say(`xxgk-check: 跳过 ${path}：它是区域汇总表，不是单位的年报，不计入汇总。`, `xxgk-check: skipped ${path}: it is a region’s summary, not an agency’s report, and is not summed.`);
  }
  const candidates = checked.flatMap((c, i) =>
    noReport(i) ? [] : [{ path: inputs.files[i]!, report: c.report!, identity: identify(inputs.files[i]!, c.report, undefined), summary: Boolean(c.result.regionSummary) }],
  );
  // One agency's report for one year twice: refused, unless --keep says which one to sum.
  const kept = new Set((options.keep ?? []).map((k) => resolve(io.cwd, k)));
  const leftOut = new Set<number>();
  const refusals: string[] = [];
  for (const group of duplicateGroups(candidates.map((c) => ({ identity: c.identity, read: true, regionSummary: c.summary })))) {
    const keep = group.filter((i) => kept.has(resolve(io.cwd, candidates[i]!.path)));
    const paths = group.map((i) => candidates[i]!.path);
    const { unit, agency, year } = candidates[group[0]!]!.identity;
    if (keep.length === 1) {
      for (const i of group) if (i !== keep[0]) leftOut.add(i);
      say(
        `注意：${paths.join('、')} 是同一单位（${unit ?? agency}）同一年度（${year}）的年报，按 --keep 只汇总 ${candidates[keep[0]!]!.path}。`,
        `Note: ${paths.join(', ')} are reports of one agency (${unit ?? agency}) for one year (${year}); as --keep says, only ${candidates[keep[0]!]!.path} is summed.`,
      );
      continue;
    }
    refusals.push(
      lang === 'zh'
        ? `xxgk-check: ${paths.join(' 和 ')} 是同一单位（${unit ?? agency}）同一年度（${year}）的年报，不能都计入汇总；请删去多余的那个，或用 --keep 指定要汇总的那个（如 --keep '${paths.at(-1)}'），未写出任何文件。`
        : `xxgk-check: ${paths.join(' and ')} are reports of one agency (${unit ?? agency}) for one year (${year}) and cannot both be summed; remove the extra one, or name the one to sum with --keep (e.g. --keep '${paths.at(-1)}'); nothing was written.`,
    );
  }
  if (refusals.length > 0) {
    for (const refusal of refusals) io.stderr(`${printable(refusal)}\n`);
    return 2;
  }
  const reports = candidates.filter((c, i) => !c.summary && !leftOut.has(i)).map(({ path, report }) => ({ path, report }));
  if (reports.length === 0) {
    say('xxgk-check: 没有找到要汇总的单位年报。', 'xxgk-check: no agency’s report to sum was found.');
    return 2;
  }
  const summed = sumReports(reports);
  if (!summed.ok) {
    say(
      `xxgk-check: 2019 年试行格式与 2021 年格式的表二不可比，不能汇总在一起：2019 格式 ${summed.versions['2019'].join('、')}；2021 格式 ${summed.versions['2021'].join('、')}。请分别汇总。`,
      `xxgk-check: Table 2 of the 2019 and 2021 formats is not comparable, so they cannot be summed together: 2019 format ${summed.versions['2019'].join(', ')}; 2021 format ${summed.versions['2021'].join(', ')}. Sum them separately.`,
    );
    return 2;
  }
  const years = [...new Set(reports.map((r) => r.report.year).filter((y) => y !== undefined))];
  const year = options.year ?? (years.length === 1 ? years[0] : undefined);
  const title = `${options.agency ?? ''}${year ?? ''}${year === undefined ? '' : '年'}政府信息公开工作年度报告（汇总）`;
  const sheet = placeReport({ version: summed.version, values: summed.sums, title });
  try {
    await writeFileAtomic(output, await writeWorkbook({ sheets: [sheet], keywords: REGION_SUMMARY_KEYWORD }));
  } catch (error) {
    say(
      `xxgk-check: 无法写入 ${options.output}（${(error as NodeJS.ErrnoException).code ?? String(error)}）。`,
      `xxgk-check: cannot write ${options.output} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
    return 2;
  }
  io.stdout(
    lang === 'zh'
      ? `已写出 ${printable(options.output)}：${reports.length} 个单位之和，${summed.version === '2019' ? '2019 年试行格式' : '2021 年格式'}${year ? `，${year} 年度` : ''}。\n`
      : `Wrote ${printable(options.output)}: the sum of ${reports.length} agencies, ${summed.version} format${year ? `, year ${year}` : ''}.\n`,
  );
  if (years.length > 1) say(`注意：输入的年度不一（${years.join('、')}）。`, `Note: the inputs are of different years (${years.join(', ')}).`);
  const summedPaths = new Set(reports.map((r) => r.path));
  const withErrors = inputs.files.filter((path, i) => summedPaths.has(path) && checked[i]!.result.findings.some((f) => f.severity === 'error'));
  if (withErrors.length > 0) {
    say(
      `警告：以下 ${withErrors.length} 个文件有错误，已按原数汇总，请核对：${withErrors.join('、')}`,
      `Warning: these ${withErrors.length} files have errors and were summed as they are; check them: ${withErrors.join(', ')}`,
    );
  }
  for (const text of summed.texts) {
    const cell = reports.find((r) => r.path === text.path)!.report.cells[text.key]!;
    const { row, column } = cellNames(cell, summed.version);
    say(
      `警告：${text.path} 的${TABLE_NAMES[cell.table].zh}「${row.zh}」「${column.zh}」填的是「${text.raw}」，不是数字，未计入汇总。`,
      `Warning: ${text.path}, ${TABLE_NAMES[cell.table].en} “${row.en}”, “${column.en}” holds “${text.raw}”, not a number; it was left out of the sum.`,
    );
  }
  return 0;
}
