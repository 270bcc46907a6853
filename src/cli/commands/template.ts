import { resolve } from 'node:path';
import type { Lang } from '../../report/lang.js';
import type { FormatVersion } from '../../spec/tables.js';
import { placeReport } from '../../template/document.js';
import { writeWorkbook } from '../../template/write.js';
import type { CliIo } from '../io.js';
import { refuseOverwrite, writeFileAtomic } from '../write-file.js';

export interface TemplateCommandOptions {
  /** By default the format of --year (2019 and 2020: the 2019 trial format), else 2021. */
  formatVersion?: FormatVersion;
  year?: number;
  agency?: string;
  output?: string;
  force?: boolean;
  lang: Lang;
}

/**
 * Writes a blank report workbook in the official layout: zeros to fill in, totals as SUM formulas,
 * Excel's own input check on every value cell. It reads back through the checker with no finding.
 */
export async function runTemplate(options: TemplateCommandOptions, io: CliIo): Promise<number> {
  const { year, agency, lang } = options;
  const forYear: FormatVersion | undefined = year === undefined ? undefined : year >= 2021 ? '2021' : '2019';
  if (options.formatVersion && forYear && options.formatVersion !== forYear) {
    // The workbook would fail its own F_VERSION check.
    io.stderr(
      lang === 'zh'
        ? `xxgk-check: ${year} 年度的年报用 ${forYear === '2021' ? '2021 年格式' : '2019 年试行格式'}，不能写成 ${options.formatVersion === '2021' ? '2021 年格式' : '2019 年试行格式'}；去掉 --format-version，或改用 --format-version ${forYear}。\n`
        : `xxgk-check: reports for ${year} use the ${forYear} format, not ${options.formatVersion}; leave out --format-version, or give --format-version ${forYear}.\n`,
    );
    return 2;
  }
  const formatVersion = options.formatVersion ?? forYear ?? '2021';
  const output = options.output ?? (lang === 'zh' ? `年报模板-${formatVersion}.xlsx` : `report-template-${formatVersion}.xlsx`);
  const path = resolve(io.cwd, output);
  const refusal = await refuseOverwrite(path, output, options.force, lang);
  if (refusal) {
    io.stderr(`${refusal}\n`);
    return 2;
  }
  const title = year === undefined && agency === undefined ? undefined : `${agency ?? ''}${year ?? ''}年政府信息公开工作年度报告`;
  const sheet = placeReport({ version: formatVersion, formulas: true, ...(title ? { title } : {}) });
  await writeFileAtomic(path, await writeWorkbook({ sheets: [sheet], validations: true }));
  io.stdout(lang === 'zh' ? `已写出 ${output}（${formatVersion === '2019' ? '2019 年试行格式' : '2021 年格式'}）。\n` : `Wrote ${output} (${formatVersion} format).\n`);
  return 0;
}

