import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatedName, planCopies, writeCopies } from '../../src/cli/annotate-copies.js';
import type { CliIo } from '../../src/cli/io.js';
import { checkFile } from '../../src/node/check-file.js';
import { cli } from '../support/cli.js';
import { fixture } from '../support/fixtures.js';
import { loadWorkbook } from '../support/workbook.js';
import { tempDir } from '../support/temp.js';
import { parseReport } from '../support/json.js';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** A folder with copies of some fixtures, under the names given. */
function folder(files: Record<string, string>): string {
  const dir = tempDir('annotate');
  for (const [name, from] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    copyFileSync(fixture(from), join(dir, name));
  }
  return dir;
}

/** Every file of a folder (no subfolders) with its bytes. */
const contentsOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );

describe('--annotate', () => {
  it('writes a copy beside each workbook with findings, says so on stderr, and leaves the inputs’ bytes as they were', async () => {
    const dir = folder({ '年报.xlsx': 'seed-jining-2020.xlsx', 'clean.xlsx': 'clean-2021.xlsx' });
    const before = readFileSync(join(dir, '年报.xlsx'));
    const run = await cli(['--annotate', '--format', 'json', '年报.xlsx', 'clean.xlsx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('已写出 年报.校验.xlsx\n');
    expect(parseReport(run.stdout).summary.errors).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['clean.xlsx', '年报.xlsx', '年报.校验.xlsx']);
    expect(readFileSync(join(dir, '年报.xlsx')).equals(before)).toBe(true);
    const copy = await loadWorkbook(readFileSync(join(dir, '年报.校验.xlsx')));
    expect(copy.worksheets.map((ws) => ws.name)).toEqual(['校验结果', '年度报告']);
  });

  it('writes no copy of a Word document, web page or text: one sentence points to --format html, and the run goes on', async () => {
    const dir = folder({ '年报.docx': 'generated/documents/seed-jining-2020.docx', '年报.txt': 'generated/text/seed-jining-2020.txt', 'b.xlsx': 'seed-jining-2020.xlsx' });
    const run = await cli(['--annotate', '年报.docx', '年报.txt', 'b.xlsx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'xxgk-check: 年报.docx 不是 .xlsx 工作簿，不写标注副本；要看标出问题的表格，请用 --format html --output 校验结果.html。',
        'xxgk-check: 年报.txt 不是 .xlsx 工作簿，不写标注副本；要看标出问题的表格，请用 --format html --output 校验结果.html。',
        '已写出 b.校验.xlsx',
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir).sort()).toEqual(['b.xlsx', 'b.校验.xlsx', '年报.docx', '年报.txt']);
  });

  it('writes the copies into a folder when given one, and a copy of a clean workbook with --annotate-all', async () => {
    const dir = folder({ 'in/a.xlsx': 'generated/rules/t3-balance.xlsx', 'in/b.XLSX': 'clean-2021.xlsx' });
    mkdirSync(join(dir, 'out'));
    const run = await cli(['--annotate', 'out', '--annotate-all', '--lang', 'en', 'in/a.xlsx', 'in/b.XLSX'], { cwd: dir });
    expect(run.stderr).toBe('Wrote out/a.校验.xlsx\nWrote out/b.校验.xlsx\n');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.校验.xlsx', 'b.校验.xlsx']);
    expect(readdirSync(join(dir, 'in')).sort()).toEqual(['a.xlsx', 'b.XLSX']);
  });

  it('takes a workbook written right after --annotate as a file to check, not as the folder', async () => {
    const dir = folder({ 'a.xlsx': 'generated/rules/t3-balance.xlsx' });
    const run = await cli(['--annotate', 'a.xlsx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('已写出 a.校验.xlsx\n');
  });

  it('copies only what the report shows: errors only with --quiet', async () => {
    const dir = folder({ 'seed.xlsx': 'seed-jining-2020.xlsx' });
    await cli(['--annotate', '--quiet', 'seed.xlsx'], { cwd: dir });
    const results = (await loadWorkbook(readFileSync(join(dir, 'seed.校验.xlsx')))).worksheets[0]!;
    expect(results.rowCount).toBe(3);
  });

  it('writes no copy of a workbook that could not be checked', async () => {
    const dir = folder({ 'empty.xlsx': 'generated/bad/empty.xlsx' });
    const run = await cli(['--annotate', '--annotate-all', 'empty.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['empty.xlsx']);
  });
});

describe('--annotate never writes over an input', () => {
  it('refuses, before checking anything, when a copy would be an input (x.xlsx and x.校验.xlsx together)', async () => {
    const dir = folder({ 'x.xlsx': 'seed-jining-2020.xlsx', 'x.校验.xlsx': 'clean-2021.xlsx' });
    const before = contentsOf(dir);
    const run = await cli(['--annotate', 'x.xlsx', 'x.校验.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('xxgk-check: x.xlsx 的标注副本 x.校验.xlsx 就是输入文件 x.校验.xlsx，不会覆盖输入；请不要同时检查 x.校验.xlsx，或用 --annotate 另指一个文件夹。\n');
    expect(contentsOf(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'x.校验.xlsx')).equals(readFileSync(fixture('clean-2021.xlsx')))).toBe(true);
  });

  it('sees through another spelling of the path and a linked folder', async () => {
    const dir = folder({ 'r/x.xlsx': 'seed-jining-2020.xlsx', 'r/x.校验.xlsx': 'clean-2021.xlsx' });
    symlinkSync(join(dir, 'r'), join(dir, 'link'));
    const run = await cli(['--annotate', 'link', '--lang', 'en', 'r/./x.xlsx', 'r/x.校验.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^xxgk-check: The annotated copy of r\/\.\/x\.xlsx, link\/x\.校验\.xlsx, is the input r\/x\.校验\.xlsx, which is never overwritten;/);
  });

  it('is fine with the input’s own folder: the copy’s name differs', async () => {
    const dir = folder({ 'x.xlsx': 'seed-jining-2020.xlsx' });
    expect((await cli(['--annotate', '.', 'x.xlsx'], { cwd: dir })).stderr).toBe('已写出 x.校验.xlsx\n');
  });

  it('mirrors the input folders in DIR, so that inputs sharing a name get copies apart, and makes DIR', async () => {
    const dir = folder({ '各单位/财政局/年报.xlsx': 'seed-jining-2020.xlsx', '各单位/教育局/年报.xlsx': 'generated/rules/t3-balance.xlsx' });
    const run = await cli(['--annotate=校验/新', '各单位'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`已写出 ${join('校验/新', '教育局', '年报.校验.xlsx')}\n已写出 ${join('校验/新', '财政局', '年报.校验.xlsx')}\n`);
    expect(readdirSync(join(dir, '校验', '新')).sort()).toEqual(['教育局', '财政局']);
    expect(readdirSync(join(dir, '校验', '新', '财政局'))).toEqual(['年报.校验.xlsx']);
  });

  it('still refuses two inputs whose copies would be one file, and a DIR that is a file', async () => {
    const dir = folder({ 'a/x.xlsx': 'seed-jining-2020.xlsx', 'a/x.XLSX': 'clean-2021.xlsx', notes: 'clean-2021.xlsx' });
    mkdirSync(join(dir, 'out'));
    const clash = await cli(['--annotate', 'out', 'a/x.xlsx', 'a/x.XLSX'], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe('xxgk-check: a/x.xlsx 和 a/x.XLSX 的标注副本都会写到 out/x.校验.xlsx；请分开检查，或不要把它们的副本写进同一个文件夹。\n');
    const file = await cli(['--annotate=notes', 'a/x.xlsx'], { cwd: dir });
    expect(file).toMatchObject({ code: 2, stderr: 'xxgk-check: --annotate 指定的 notes 是文件，不是文件夹；请另指一个文件夹。\n' });
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it('says exactly what to write when the folder of inputs was taken as DIR (--annotate 各单位/)', async () => {
    const dir = folder({ '各单位/甲局.xlsx': 'seed-jining-2020.xlsx' });
    const run = await cli(['--annotate', '各单位/'], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'xxgk-check: --annotate 把 各单位/ 当作了存放标注副本的文件夹，于是没有要检查的文件。要检查 各单位/ 并把副本写在各工作簿旁，请写：xxgk-check 各单位/ --annotate；要把副本写进另一个文件夹，请写：xxgk-check --annotate=校验/ 各单位/\n',
    });
    expect((await cli(['各单位/', '--annotate'], { cwd: dir })).stderr).toBe(`已写出 ${join('各单位', '甲局.校验.xlsx')}\n`);
  });

  it('names the copy after the workbook', () => {
    expect(annotatedName('dir/年报.xlsx')).toBe('年报.校验.xlsx');
    expect(annotatedName('B.XLSX')).toBe('B.校验.xlsx');
    expect(annotatedName('x.校验.xlsx')).toBe('x.校验.校验.xlsx');
  });
});

describe('writing a copy whole or not at all', () => {
  it('leaves nothing behind when the copy cannot be made, says why, and exits 2', async () => {
    const dir = folder({ 'a.xlsx': 'seed-jining-2020.xlsx' });
    let stderr = '';
    const io: CliIo = { stdout: () => {}, stderr: (t) => void (stderr += t), env: {}, stdoutIsTTY: false, stderrIsTTY: false, cwd: dir };
    const planned = await planCopies(['a.xlsx'], undefined, dir, 'zh');
    if (!('plan' in planned)) throw new Error(planned.refusal);
    const result = { ...(await checkFile(join(dir, 'a.xlsx'))), path: 'a.xlsx' };
    for (const message of ['Shared Formula master must exist above and or left of clone', "Cannot read properties of undefined (reading 'date1904')"]) {
      stderr = '';
      const failing = () => Promise.reject(new TypeError(message));
      expect(await writeCopies([result], planned.plan, { all: false, lang: 'zh', annotate: failing }, io)).toBe(2);
      // One sentence, no library's words.
      expect(stderr).toBe('xxgk-check: 无法为 a.xlsx 写出标注副本：标注程序读不了这个工作簿的写法；检查结果不受影响，要看标出问题的表格，请用 --format html --output 校验结果.html。\n');
      expect(readdirSync(dir)).toEqual(['a.xlsx']);
    }
  });
});

describe('--convert --annotate', () => {
  it.skipIf(!hasSoffice)('checks .xls, .et and .ods through LibreOffice and says in one sentence each that their copies are for .xlsx only', async () => {
    const dir = folder({ 'a.xls': 'real/libreoffice/seed-jining-2020.xls', 'b.et': 'real/libreoffice/seed-jining-2020.et', 'c.ods': 'real/libreoffice/seed-jining-2020.ods' });
    const run = await cli(['--convert', '--annotate', '--lang', 'en', 'a.xls', 'b.et', 'c.ods'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      ['a.xls', 'b.et', 'c.ods']
        .map(
          (f) =>
            `xxgk-check: ${f} was checked through --convert, and annotated copies are written of .xlsx workbooks only; save it as .xlsx and add --annotate again, or see the tables with the problems marked with --format html --output report.html.\n`,
        )
        .join(''),
    );
    expect(readdirSync(dir).sort()).toEqual(['a.xls', 'b.et', 'c.ods']);
  });
});
