import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../src/node/read-file.js';
import { displayWidth } from '../../src/width/terminal.js';
import { cidFontPdf } from '../support/pdf.js';
import { sheetOf } from '../support/sheet.js';
import { cli } from '../support/cli.js';
import { fixture } from '../support/fixtures.js';
import { modelOf, valuesOf } from '../support/pipeline.js';
import { tempDir } from '../support/temp.js';
import { parseJson, parseReport } from '../support/json.js';

/** A supervisor's inbox: agencies' workbooks, some of them broken, and a stray picture. */
function inbox(): string {
  const dir = tempDir('inbox');
  mkdirSync(join(dir, '各单位', '乡镇'), { recursive: true });
  copyFileSync(fixture('generated/years/a-2021.xlsx'), join(dir, '各单位', '甲局-2021.xlsx'));
  copyFileSync(fixture('generated/years/a-2022.xlsx'), join(dir, '各单位', '甲局-2022.xlsx'));
  copyFileSync(fixture('seed-jining-2020.xlsx'), join(dir, '各单位', '乡镇', '济宁人社.xlsx'));
  copyFileSync(fixture('generated/bad/truncated.xlsx'), join(dir, '各单位', '乡镇', '坏文件.xlsx'));
  writeFileSync(join(dir, '各单位', '封面.jpg'), 'not a report');
  return dir;
}

describe('a batch from folders', () => {
  it('checks every report under a folder, skips what is not one, and ends with a table per file', async () => {
    const run = await cli(['各单位'], { cwd: inbox() });
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('文件'));
    expect(lines.slice(header, header + 5)).toEqual([
      '文件                       单位                        年度  格式      错误  警告  状态',
      '各单位/乡镇/坏文件.xlsx                                                            无法检查',
      '各单位/乡镇/济宁人社.xlsx  济宁市人力资源和社会保障局  2020  2019试行     2     4  有错误',
      '各单位/甲局-2021.xlsx      某某市甲局                  2021  2021         0     0  通过',
      '各单位/甲局-2022.xlsx      某某市甲局                  2022  2021         3     2  有错误',
    ]);
    expect(run.stdout).toContain('跳过了 1 个不是年报文件的文件（如 各单位/封面.jpg）。');
    expect(run.stdout).toContain('XY_CARRY');
  });

  it('passes over, with a word, a file in the folder that proves to be no report (a README, a cover letter); named, it is a problem', async () => {
    const cwd = tempDir('not-reports');
    mkdirSync(join(cwd, '各单位'));
    copyFileSync(fixture('clean-2021.xlsx'), join(cwd, '各单位', '甲局.xlsx'));
    writeFileSync(join(cwd, '各单位', 'README.md'), '# 各单位年报\n\n本文件夹存放各单位报送的政府信息公开工作年度报告。\n');
    copyFileSync(fixture('generated/html/unrelated-table.html'), join(cwd, '各单位', '会议新闻.html'));
    // A report whose tables are pictures still is a report: its headings say so, and it is a problem.
    copyFileSync(fixture('generated/docx/pictures.docx'), join(cwd, '各单位', '乙局.docx'));
    // A PDF's text may be a font's private codes: one without the marks is reported, never passed over.
    writeFileSync(join(cwd, '各单位', '丙局.pdf'), cidFontPdf(['某某局会议纪要', '会议研究了本年度的工作。']));
    const run = await cli(['--format', 'json', '各单位'], { cwd });
    const json = JSON.parse(run.stdout) as { files: { path: string; error?: { code: string } }[]; summary: { skipped?: string[] } };
    expect(json.files.map((f) => [f.path, f.error?.code])).toEqual([
      ['各单位/丙局.pdf', 'NO_TABLE3'],
      ['各单位/乙局.docx', 'NO_TABLE3'],
      ['各单位/甲局.xlsx', undefined],
    ]);
    expect(json.summary.skipped).toEqual(['各单位/README.md', '各单位/会议新闻.html']);
    expect(run.code).toBe(2);
    const text = await cli(['各单位/甲局.xlsx', '各单位/README.md', '各单位/会议新闻.html'], { cwd });
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('各单位/README.md 看来不是政府信息公开工作年度报告');
    const walked = await cli(['各单位/*.{xlsx,md,html}'], { cwd });
    expect(walked.code).toBe(0);
    expect(walked.stdout).toContain('跳过了 2 个不是年报文件的文件');
  });

  it('shortens long paths in the table from the left on a terminal, keeping what tells them apart, and cuts nothing in a file', async () => {
    const cwd = tempDir('paths');
    const deep = join('各单位', '某某省某某市某某县人民政府办公室汇总', '二〇二一年度');
    for (const agency of ['财政局', '教育局']) {
      mkdirSync(join(cwd, deep, agency), { recursive: true });
      copyFileSync(fixture('clean-2021.xlsx'), join(cwd, deep, agency, '年报.xlsx'));
    }
    const table = (stdout: string) => {
      const lines = stdout.split('\n');
      return lines.slice(lines.findIndex((l) => l.startsWith('文件  '))).filter((l) => l.includes('年报.xlsx'));
    };
    const narrow = await cli(['各单位'], { cwd, columns: 80 });
    const [first, second] = table(narrow.stdout).map((l) => l.split(/\s{2,}/)[0]!);
    // in name order: 教 (U+6559) before 财 (U+8D22)
    expect(first).toMatch(/^…\/.*教育局\/年报\.xlsx$/);
    expect(second).toMatch(/^…\/.*财政局\/年报\.xlsx$/);
    for (const line of table(narrow.stdout)) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const wide = await cli(['各单位'], { cwd, columns: 200 });
    expect(table(wide.stdout).map((l) => l.split(/\s{2,}/)[0])).toEqual([join(deep, '教育局', '年报.xlsx'), join(deep, '财政局', '年报.xlsx')]);
    await cli(['-o', 'report.txt', '各单位'], { cwd, columns: 80 });
    expect(table(readFileSync(join(cwd, 'report.txt'), 'utf8'))[1]).toContain(join(deep, '财政局', '年报.xlsx'));
    expect(table((await cli(['各单位'], { cwd })).stdout).map((l) => l.split(/\s{2,}/)[0])).toContain(join(deep, '教育局', '年报.xlsx'));
  });

  it('draws no progress bar when stderr is not a terminal, and one when it is', async () => {
    const cwd = inbox();
    expect((await cli(['各单位'], { cwd, tty: false })).stderr).toBe('');
    // eslint-disable-next-line no-control-regex -- the progress line starts with ESC's erase-line code
    expect((await cli(['各单位'], { cwd, tty: true })).stderr).toMatch(/\r\u001b\[2K\[#+-*\] \d\/4/);
    expect((await cli(['各单位'], { cwd, tty: true, env: { CI: 'true' } })).stderr).toBe('');
  });

  it('gives the same output with one worker or several', async () => {
    const cwd = inbox();
    const serial = await cli(['--format', 'json', '--jobs', '1', '各单位'], { cwd });
    const parallel = await cli(['--format', 'json', '--jobs', '2', '各单位'], { cwd });
    expect(parallel.stdout).toBe(serial.stdout);
  });
});

describe('--summary-xlsx', () => {
  it('writes a workbook with a row per file and a row per finding, header frozen and filtered', async () => {
    const cwd = inbox();
    const run = await cli(['--summary-xlsx', '汇总.xlsx', '各单位'], { cwd });
    expect(run.code).toBe(2);
    const read = await readDocumentFile(join(cwd, '汇总.xlsx'));
    if (!read.ok) throw new Error(read.problem.code);
    const [files, findings] = read.value.tables.map(sheetOf);
    const rows = (sheet: typeof files) => {
      const byRow = new Map<number, string[]>();
      for (const c of sheet!.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.text]);
      return [...byRow.values()];
    };
    expect(files!.name).toBe('文件');
    expect(rows(files)).toHaveLength(1 + 4);
    expect(rows(files)[3]).toEqual(['3', '各单位/甲局-2021.xlsx', '某某市甲局', '2021', '2021 年格式', '通过', '0', '0']);
    expect(findings!.name).toBe('问题');
    expect(rows(findings)).toHaveLength(1 + 6 + 5);
    expect(rows(findings)[1]!.slice(0, 6)).toEqual(['1', '各单位/乡镇/济宁人社.xlsx', '济宁市人力资源和社会保障局', '表二', 'T2_APPROX', '警告']);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(cwd, '汇总.xlsx'));
    expect(workbook.worksheets[0]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.worksheets[1]!.autoFilter).toBeTruthy();
  });
  it('gives a prose finding its sentence whole, with where it stands, in a column of its own', async () => {
    const cwd = tempDir('summary-prose');
    for (const lang of ['zh', 'en'] as const) {
      const run = await cli(['--summary-xlsx', `${lang}.xlsx`, '--lang', lang, fixture('generated/prose/pasted-2021.xlsx')], { cwd });
      expect(run.code).toBe(0);
      const read = await readDocumentFile(join(cwd, `${lang}.xlsx`));
      if (!read.ok) throw new Error(read.problem.code);
      const findings = sheetOf(read.value.tables[1]!);
      const row = (r: number) => findings.cells.filter((c) => c.row === r).map((c) => c.text);
      expect(row(1).at(-1)).toBe(lang === 'zh' ? '原文' : 'Text');
      const prose = [...new Set(findings.cells.map((c) => c.row))].map(row).find((cells) => cells.includes('P_T2'))!;
      const sentence = '2023年，我局在门户网站主动公开政府信息860余条，印发行政规范性文件4件，现行有效行政规范性文件12件。';
      expect(prose.at(-1)).toBe(lang === 'zh' ? `Sheet1!A7：${sentence}` : `Sheet1!A7: ${sentence}`);
      const table = [...new Set(findings.cells.map((c) => c.row))].map(row).find((cells) => cells.includes('F_LABELS'))!;
      expect(table).toHaveLength(8);
    }
  });
});

describe('--units', () => {
  it('says which listed units sent nothing and which files match no unit', async () => {
    const cwd = inbox();
    writeFileSync(join(cwd, '名单.csv'), '单位名称,简称\n某某市甲局,甲局\n济宁市人力资源和社会保障局,济宁人社\n某某市丙局,丙局\n');
    const run = await cli(['--units', '名单.csv', '--format', 'json', '各单位'], { cwd });
    const { files, summary } = parseReport(run.stdout);
    expect(summary.units).toEqual({ expected: 3, missing: ['某某市丙局'], unmatched: ['各单位/乡镇/坏文件.xlsx'] });
    expect(files.map((f: { unit?: string }) => f.unit)).toEqual([undefined, '济宁市人力资源和社会保障局', '某某市甲局', '某某市甲局']);
    const text = await cli(['--units', '名单.csv', '各单位'], { cwd });
    expect(text.stdout).toContain('名单共 3 个单位，已报送 2 个。\n未报送（1）：某某市丙局\n不在名单中的文件（1）：各单位/乡镇/坏文件.xlsx');
  });

  it('fails the run on units that sent nothing with --fail-on-missing or failOnMissing in the configuration, and says so', async () => {
    const cwd = inbox();
    writeFileSync(join(cwd, '名单.csv'), '单位名称,简称\n某某市甲局,甲局\n某某市丙局,丙局\n');
    const args = ['--units', '名单.csv', '各单位/甲局-2021.xlsx'];
    expect((await cli(args, { cwd })).code).toBe(0);
    const failing = await cli([...args, '--fail-on-missing'], { cwd });
    expect(failing.code).toBe(1);
    expect(failing.stdout.trimEnd().split('\n').at(-1)).toBe('共 1 个文件：未发现问题，名单中有 1 个单位未报送。');
    const json = await cli([...args, '--fail-on-missing', '--format', 'json', '--lang', 'en'], { cwd });
    expect(json).toMatchObject({ code: 1, stderr: 'xxgk-check: 1 listed units sent nothing (--fail-on-missing): exit code 1.\n' });
    writeFileSync(join(cwd, 'xxgk-check.config.json'), '{"failOnMissing": true}');
    expect((await cli(args, { cwd })).code).toBe(1);
    expect((await cli(['--fail-on-missing', '各单位/甲局-2021.xlsx'], { cwd })).code).toBe(2);
  });

  it('refuses a list it cannot read', async () => {
    const run = await cli(['--units', 'nope.csv', 'clean-2021.xlsx'], { cwd: fixture('') });
    expect(run).toMatchObject({ code: 2, stderr: 'xxgk-check: 无法读取单位名单 nope.csv（ENOENT）；名单应为 CSV 或 .xlsx，每行一个单位。\n' });
  });
});

describe('summing a region', () => {
  it('xxgk-check sum writes the official layout with every cell the sum over the agencies', async () => {
    const dir = tempDir('sum');
    const run = await cli(['sum', fixture('generated/region/agency-1.xlsx'), fixture('generated/region/agency-2.xlsx'), '-o', join(dir, '汇总.xlsx')], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 个单位之和，2021 年格式，2022 年度');
    const summed = await modelOf(join(dir, '汇总.xlsx'));
    expect(valuesOf(summed)).toEqual(valuesOf(await modelOf('generated/region/summary-ok.xlsx')));
    expect(summed.cells['t3.received.total']!.value).toBe(78);
  });

  it('passes over a file in the folder that is no report, with a word; a named one stops the sum', async () => {
    const dir = tempDir('sum-not-report');
    mkdirSync(join(dir, '各单位'));
    copyFileSync(fixture('generated/region/agency-1.xlsx'), join(dir, '各单位', 'agency-1.xlsx'));
    copyFileSync(fixture('generated/region/agency-2.xlsx'), join(dir, '各单位', 'agency-2.xlsx'));
    writeFileSync(join(dir, '各单位', 'README.md'), '# 各单位年报\n');
    const run = await cli(['sum', '各单位', '-o', '汇总.xlsx'], { cwd: dir });
    expect(run.stderr).toBe('xxgk-check: 跳过 各单位/README.md：它不是年报，不计入汇总。\n');
    expect(run.code).toBe(0);
    expect((await modelOf(join(dir, '汇总.xlsx'))).cells['t3.received.total']!.value).toBe(78);
    const named = await cli(['sum', '各单位/agency-1.xlsx', '各单位/README.md', '-o', '汇总2.xlsx'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('各单位/README.md 看来不是政府信息公开工作年度报告');
  });

  it('names inputs with errors and text it could not add, and refuses a mix of formats', async () => {
    const dir = tempDir('sum');
    const warned = await cli(['sum', fixture('seed-jining-2020.xlsx'), fixture('clean-2019.xlsx'), '-o', join(dir, 's.xlsx')], { cwd: dir });
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('有错误，已按原数汇总');
    expect(warned.stderr).toContain('填的是「10000件以上」，不是数字，未计入汇总');
    const mixed = await cli(['sum', fixture('clean-2021.xlsx'), fixture('clean-2019.xlsx'), '-o', join(dir, 'm.xlsx')], { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^xxgk-check: 2019 年试行格式与 2021 年格式的表二不可比/);
  });

  it('marks the summary it writes, and never sums it again; refuses two reports of one agency and year unless --keep names one', async () => {
    const cwd = tempDir('sum');
    mkdirSync(join(cwd, '各单位'));
    copyFileSync(fixture('generated/years/a-2021.xlsx'), join(cwd, '各单位', 'a.xlsx'));
    copyFileSync(fixture('generated/years/b-2021.xlsx'), join(cwd, '各单位', 'b.xlsx'));
    expect((await cli(['sum', '各单位', '-o', '各单位/汇总.xlsx'], { cwd })).stdout).toBe('已写出 各单位/汇总.xlsx：2 个单位之和，2021 年格式，2021 年度。\n');
    const first = await modelOf(join(cwd, '各单位', '汇总.xlsx'));
    const json = parseReport((await cli(['--format', 'json', '各单位/汇总.xlsx'], { cwd })).stdout);
    expect(json.files[0]!.regionSummary).toBe(true);

    // The earlier summary is skipped with a word, not summed: the same totals again.
    const again = await cli(['sum', '各单位', '-o', '再汇总.xlsx'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('xxgk-check: 跳过 各单位/汇总.xlsx：它是区域汇总表，不是单位的年报，不计入汇总。\n');
    expect(again.stdout).toContain('2 个单位之和');
    expect(valuesOf(await modelOf(join(cwd, '再汇总.xlsx')))).toEqual(valuesOf(first));

    // A second version of 甲局's report: refused in one sentence naming both, nothing written.
    copyFileSync(fixture('generated/years/a-2021.xlsx'), join(cwd, '各单位', 'a（修改版）.xlsx'));
    const refused = await cli(['sum', '各单位', '-o', '第三.xlsx'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "xxgk-check: 各单位/a.xlsx 和 各单位/a（修改版）.xlsx 是同一单位（某某市甲局）同一年度（2021）的年报，不能都计入汇总；请删去多余的那个，或用 --keep 指定要汇总的那个（如 --keep '各单位/a（修改版）.xlsx'），未写出任何文件。\n",
    );
    expect(existsSync(join(cwd, '第三.xlsx'))).toBe(false);
    const kept = await cli(['sum', '各单位', '-o', '第三.xlsx', '--keep', '各单位/a（修改版）.xlsx'], { cwd });
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('注意：各单位/a.xlsx、各单位/a（修改版）.xlsx 是同一单位（某某市甲局）同一年度（2021）的年报，按 --keep 只汇总 各单位/a（修改版）.xlsx。');
    expect(valuesOf(await modelOf(join(cwd, '第三.xlsx')))).toEqual(valuesOf(first));
  });

  it('a batch warns of two reports of one agency and year on each, naming the other, and leaves a region’s summary out', async () => {
    const cwd = tempDir('duplicates');
    mkdirSync(join(cwd, '各单位'));
    copyFileSync(fixture('generated/years/a-2021.xlsx'), join(cwd, '各单位', 'a.xlsx'));
    copyFileSync(fixture('generated/years/a-2021.xlsx'), join(cwd, '各单位', 'a（修改版）.xlsx'));
    copyFileSync(fixture('generated/years/b-2021.xlsx'), join(cwd, '各单位', 'b.xlsx'));
    copyFileSync(fixture('generated/region/summary-ok.xlsx'), join(cwd, '各单位', '汇总.xlsx'));
    const run = await cli(['--format', 'json', '--jobs', '2', '各单位'], { cwd });
    expect(run.code).toBe(0);
    const files = parseReport(run.stdout).files as { path: string; regionSummary?: true; findings: { rule: string; severity: string; message: string }[] }[];
    const duplicates = Object.fromEntries(files.map((f) => [f.path, f.findings.filter((x) => x.rule === 'B_DUPLICATE').map((x) => `${x.severity}: ${x.message}`)]));
    expect(duplicates).toEqual({
      '各单位/a.xlsx': ['warning: 同一单位（某某市甲局）同一年度（2021）还有另一份年报：各单位/a（修改版）.xlsx；汇总和跨年核对只应计入其中一份'],
      '各单位/a（修改版）.xlsx': ['warning: 同一单位（某某市甲局）同一年度（2021）还有另一份年报：各单位/a.xlsx；汇总和跨年核对只应计入其中一份'],
      '各单位/b.xlsx': [],
      '各单位/汇总.xlsx': [],
    });
    expect(files.find((f) => f.path === '各单位/汇总.xlsx')!.regionSummary).toBe(true);
    expect((await cli(['--lang', 'en', '各单位'], { cwd })).stdout).toContain('B_DUPLICATE  Another report of the same agency (某某市甲局) and year (2021) is in the batch: 各单位/a.xlsx;');
  });

  it('--summary checks a region’s summary cell by cell against its agencies and names the cell that differs', async () => {
    const cwd = fixture('');
    const run = await cli(['--summary', 'generated/region/summary-bad.xlsx', '--format', 'json', 'generated/region/agency-1.xlsx', 'generated/region/agency-2.xlsx'], { cwd });
    expect(run.code).toBe(1);
    const summary = parseJson<{ files: { path: string; findings: { rule: string; cells: { source: { address: string } }[]; expected: number; actual: number }[] }[] }>(run.stdout).files.find(
      (f) => f.path === 'generated/region/summary-bad.xlsx',
    );
    expect(summary!.findings.map((f) => [f.rule, f.cells[0]!.source.address, f.expected, f.actual])).toEqual([
      ['AGG_SUM', 'A55', 4, 5],
      ['AGG_SUM', 'B55', 2, 1],
    ]);
  });
});

describe('file names holding control characters', () => {
  const names = ['a\u001b[31m.xlsx', 'b\n.xlsx'];
  function folder(): string {
    const dir = tempDir('control');
    mkdirSync(join(dir, '收件'));
    copyFileSync(fixture('seed-jining-2020.xlsx'), join(dir, '收件', names[0]!));
    copyFileSync(fixture('generated/bad/truncated.xlsx'), join(dir, '收件', names[1]!));
    return dir;
  }

  it('are shown escaped in the report, the per-file table and the notes: nothing colours or breaks the output', async () => {
    const cwd = folder();
    const run = await cli(['收件', 'nothing\u0007*.xlsx'], { cwd });
    // eslint-disable-next-line no-control-regex -- no control character may reach the output
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(run.stdout).toContain('收件/a\\x1b[31m.xlsx\n');
    expect(run.stdout).toContain('收件/b\\n.xlsx 已损坏或不完整');
    const table = run.stdout.split('\n').filter((line) => line.startsWith('收件/'));
    expect(table).toHaveLength(4);
    expect(run.stderr).toBe('xxgk-check: “nothing\\x07*.xlsx”没有匹配任何文件。\n');
  });

  it('are escaped in GitHub annotations’ messages, valid XML in JUnit, and in the summary workbook', async () => {
    const cwd = folder();
    const github = await cli(['--format', 'github', '收件'], { cwd });
    expect(github.stdout).not.toContain('\u001b');
    expect(github.stdout).toContain('收件/b\\n.xlsx 已损坏或不完整');
    const junit = await cli(['--format', 'junit', '收件'], { cwd });
    expect(junit.stdout).toContain('name="收件/a\\x1b[31m.xlsx"');
    // eslint-disable-next-line no-control-regex -- no control character may reach the output
    expect(junit.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect((await cli(['--summary-xlsx', 's.xlsx', '收件'], { cwd })).code).toBe(2);
    const read = await readDocumentFile(join(cwd, 's.xlsx'));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.value.tables[0]!.cells.map((c) => c.text)).toContain('收件/a\\x1b[31m.xlsx');
  });
});
