import { resolve } from 'node:path';
import { expandInputs } from '../../batch/expand.js';
import { checkFiles } from '../../batch/pool.js';
import { sumReports } from '../../batch/region.js';
import type { Lang } from '../../report/lang.js';
import { printable } from '../../report/printable.js';
import { renderProblem } from '../../report/problems.js';
import { TABLE_NAMES, cellNames } from '../../rules/names.js';
import { placeReport } from '../../template/document.js';
import { writeWorkbook } from '../../template/write.js';
import type { CliIo } from '../io.js';
import { refuseOverwrite, writeFileAtomic } from '../write-file.js';

export interface SumCommandOptions {
  output: string;
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
  const unreadable = checked.flatMap((c, i) => (c.result.problem ? [renderProblem(inputs.files[i]!, c.result.problem, lang)] : []));
  if (unreadable.length > 0) {
    say(`xxgk-check: 有 ${unreadable.length} 个文件无法读取，未汇总：`, `xxgk-check: ${unreadable.length} files could not be read; nothing was summed:`);
    for (const line of unreadable) io.stderr(`  ${printable(line)}\n`);
    return 2;
  }
  const reports = checked.map((c, i) => ({ path: inputs.files[i]!, report: c.report! }));
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
    await writeFileAtomic(output, await writeWorkbook({ sheets: [sheet] }));
  } catch (error) {
    say(`xxgk-check: 无法写入 ${options.output}（${(error as NodeJS.ErrnoException).code ?? error}）。`, `xxgk-check: cannot write ${options.output} (${(error as NodeJS.ErrnoException).code ?? error}).`);
    return 2;
  }
  io.stdout(
    lang === 'zh'
      ? `已写出 ${printable(options.output)}：${reports.length} 个单位之和，${summed.version === '2019' ? '2019 年试行格式' : '2021 年格式'}${year ? `，${year} 年度` : ''}。\n`
      : `Wrote ${printable(options.output)}: the sum of ${reports.length} agencies, ${summed.version} format${year ? `, year ${year}` : ''}.\n`,
  );
  if (years.length > 1) say(`注意：输入的年度不一（${years.join('、')}）。`, `Note: the inputs are of different years (${years.join(', ')}).`);
  const withErrors = inputs.files.filter((_, i) => checked[i]!.result.findings.some((f) => f.severity === 'error'));
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
