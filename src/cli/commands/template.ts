import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '../../report/lang.js';
import type { FormatVersion } from '../../spec/tables.js';
import { placeReport } from '../../template/document.js';
import { writeWorkbook } from '../../template/write.js';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../write-file.js';

export interface TemplateCommandOptions {
  formatVersion: FormatVersion;
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
  const { formatVersion, year, agency, lang } = options;
  const output = options.output ?? (lang === 'zh' ? `年报模板-${formatVersion}.xlsx` : `report-template-${formatVersion}.xlsx`);
  const path = resolve(io.cwd, output);
  if (!options.force && (await exists(path))) {
    io.stderr(
      lang === 'zh'
        ? `${output} 已存在，未覆盖；换一个文件名，或加 --force 覆盖。\n`
        : `${output} already exists and was not overwritten; choose another name or add --force.\n`,
    );
    return 2;
  }
  const title = year === undefined && agency === undefined ? undefined : `${agency ?? ''}${year ?? ''}年政府信息公开工作年度报告`;
  const sheet = placeReport({ version: formatVersion, formulas: true, ...(title ? { title } : {}) });
  await writeFileAtomic(path, await writeWorkbook({ sheets: [sheet], validations: true }));
  io.stdout(lang === 'zh' ? `已写出 ${output}（${formatVersion === '2019' ? '2019 年试行格式' : '2021 年格式'}）。\n` : `Wrote ${output} (${formatVersion} format).\n`);
  return 0;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
