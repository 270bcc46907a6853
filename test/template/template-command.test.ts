import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { readDocumentFile } from '../../src/node/read-file.js';
import { sheetOf } from '../support/sheet.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { parseReport } from '../support/json.js';

const workdir = () => tempDir('template');

describe('xxgk-check template', () => {
  it.each(['2021', '2019'] as const)('writes a blank %s workbook that checks clean', async (version) => {
    const cwd = workdir();
    const run = await cli(['template', '--format-version', version, '--year', version === '2021' ? '2024' : '2020', '--agency', '某某县教育局', '-o', 'blank.xlsx'], { cwd });
    expect(run.code).toBe(0);
    const result = await checkFile(join(cwd, 'blank.xlsx'));
    expect(result).toMatchObject({ formatVersion: version, agency: '某某县教育局', findings: [] });
  });

  it('lays the tables out as the official ones, merged headers included', async () => {
    const cwd = workdir();
    await cli(['template', '-o', 't.xlsx'], { cwd });
    const read = await readDocumentFile(join(cwd, 't.xlsx'));
    if (!read.ok) throw new Error(read.problem.code);
    const sheet = sheetOf(read.value.tables[0]!);
    const at = (text: string) => sheet.cells.find((c) => c.text === text)!;
    const mergeOf = (text: string) => {
      const cell = at(text);
      return sheet.merges.find((m) => m.top === cell.row && m.left === cell.col);
    };
    expect(mergeOf('申请人情况')).toMatchObject({ bottom: at('申请人情况').row, right: at('申请人情况').col + 6 });
    expect(mergeOf('自然人')).toMatchObject({ bottom: at('自然人').row + 1 });
    expect(mergeOf('法人或其他组织')).toMatchObject({ right: at('法人或其他组织').col + 4 });
    expect(mergeOf('三、本年度办理结果')).toMatchObject({ bottom: at('三、本年度办理结果').row + 21 });
    expect(mergeOf('行政诉讼')).toMatchObject({ right: at('行政诉讼').col + 9 });
    // 表三: the total column of 25 rows and row （七） of six columns; 表四: three totals.
    expect(sheet.cells.filter((c) => c.formula).length).toBe(25 + 6 + 3);
  });

  it('fills back in: a filled template that does not balance is caught', async () => {
    const cwd = workdir();
    await cli(['template', '-o', 't.xlsx'], { cwd });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(cwd, 't.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const received = sheet.getColumn(1).values.findIndex((v) => v === '一、本年新收政府信息公开申请数量');
    sheet.getCell(received, 4).value = 5;
    await workbook.xlsx.writeFile(join(cwd, 'filled.xlsx'));
    const result = await checkFile(join(cwd, 'filled.xlsx'));
    expect(result.findings.map((f) => f.rule)).toContain('T3_BALANCE');
  });

  it('will not overwrite a file unless told to', async () => {
    const cwd = workdir();
    writeFileSync(join(cwd, 'mine.xlsx'), 'precious');
    const run = await cli(['template', '-o', 'mine.xlsx'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mine.xlsx 已存在，未覆盖；换一个文件名，或加 --force 覆盖。\n');
    expect(readFileSync(join(cwd, 'mine.xlsx'), 'utf8')).toBe('precious');
    expect((await cli(['template', '-o', 'mine.xlsx', '--force'], { cwd })).code).toBe(0);
  });

  it('written under its default name, reads back as no one’s report, not agency「模板」', async () => {
    const cwd = workdir();
    await cli(['template'], { cwd });
    const run = await cli(['--format', 'json', '年报模板-2021.xlsx', 'clean-2019.xlsx'], { cwd: cwd });
    expect(parseReport(run.stdout).files[0]).not.toHaveProperty('agency');
    expect((await cli(['年报模板-2021.xlsx', '年报模板-2021.xlsx'], { cwd })).stdout).not.toContain('模板  ');
  });

  it('takes the format of --year, and refuses a format the year does not use (the workbook would fail F_VERSION)', async () => {
    const cwd = workdir();
    expect((await cli(['template', '--year', '2020', '-o', 'a.xlsx'], { cwd })).stdout).toBe('已写出 a.xlsx（2019 年试行格式）。\n');
    expect((await checkFile(join(cwd, 'a.xlsx'))).findings).toEqual([]);
    const refused = await cli(['template', '--format-version', '2019', '--year', '2023', '-o', 'b.xlsx'], { cwd });
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xxgk-check: 2023 年度的年报用 2021 年格式，不能写成 2019 年试行格式；去掉 --format-version，或改用 --format-version 2021。\n',
    });
    expect((await cli(['template', '--lang', 'en', '--format-version', '2021', '--year', '2020', '-o', 'c.xlsx'], { cwd })).code).toBe(2);
  });

  it('rejects a year before the formats', async () => {
    const run = await cli(['template', '--year', '2015'], { cwd: workdir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('2019');
  });
});
