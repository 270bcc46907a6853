import { resolve } from 'node:path';
import type { Lang } from '../../spec/text.js';
import type { FormatVersion } from '../../spec/tables.js';
import { placeReport } from '../../template/document.js';
import { writeWorkbook } from '../../template/write.js';
import { VERSION_LABELS } from '../../report/format-names.js';
import type { CliIo } from '../io.js';
import { cliMessage } from '../messages.js';
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
    const given = options.formatVersion;
    io.stderr(`${cliMessage('templateVersionClash', lang, { year: year!, expected: forYear, expectedName: VERSION_LABELS[forYear]!.zh, given, givenName: VERSION_LABELS[given]!.zh })}\n`);
    return 2;
  }
  const formatVersion = options.formatVersion ?? forYear ?? '2021';
  const output = options.output ?? cliMessage('templateName', lang, { version: formatVersion });
  const path = resolve(io.cwd, output);
  const refusal = await refuseOverwrite(path, output, options.force, lang);
  if (refusal) {
    io.stderr(`${refusal}\n`);
    return 2;
  }
  const title = year === undefined && agency === undefined ? undefined : `${agency ?? ''}${year ?? ''}年政府信息公开工作年度报告`;
  const sheet = placeReport({ version: formatVersion, formulas: true, ...(title ? { title } : {}) });
  await writeFileAtomic(path, await writeWorkbook({ sheets: [sheet], validations: true }));
  io.stdout(`${cliMessage('templateWritten', lang, { file: output, version: formatVersion, versionName: VERSION_LABELS[formatVersion]!.zh })}\n`);
  return 0;
}
