import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/width/terminal.js';
import { bin, cli } from '../support/cli.js';
import { CASES, fixture, ROOT } from '../support/fixtures.js';
import { parseJson, parseReport } from '../support/json.js';

const STACK_TRACE = /\n\s+at .+[:(]\d+/;

describe('xxgk-check FILE…, as installed', () => {
  it('reports the seed in Chinese and exits 1', () => {
    const run = bin(['fixtures/seed-jining-2020.xlsx']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1');
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toBe('');
  });

  it('exits 0 on a clean workbook of either format', () => {
    expect(bin(['fixtures/clean-2021.xlsx', 'fixtures/clean-2019.xlsx']).code).toBe(0);
  });

  it('gives a damaged file one plain sentence and exit 2, with no stack trace', () => {
    for (const c of CASES.filter((x) => x.expect.exit === 2)) {
      const run = bin([`fixtures/${c.file}`]);
      expect(run.code, c.file).toBe(2);
      expect(run.stdout, c.file).toContain(`fixtures/${c.file} `);
      expect(run.stdout + run.stderr, c.file).not.toMatch(STACK_TRACE);
    }
    const xls = bin(['--lang', 'en', 'fixtures/real/libreoffice/seed-jining-2020.xls']);
    expect(xls.stdout).toContain(
      'fixtures/real/libreoffice/seed-jining-2020.xls is an old .xls or WPS .et file; use “Save As” Excel Workbook (.xlsx) in Excel or WPS and check it again (or, where LibreOffice is installed, add --convert).',
    );
  });

  it('checks every file even when one is bad, and exits 2', async () => {
    const run = await cli(['generated/bad/truncated.xlsx', 'seed-jining-2020.xlsx', 'no-such-file.xlsx', 'clean-2021.xlsx'], { cwd: fixture('') });
    expect(run.code).toBe(2);
    expect(run.stdout.match(/^\S.*\.xlsx$/gm)).toEqual(['generated/bad/truncated.xlsx', 'seed-jining-2020.xlsx', 'no-such-file.xlsx', 'clean-2021.xlsx']);
    expect(run.stdout).toContain('找不到文件 no-such-file.xlsx，请检查文件名和路径。');
    expect(run.stdout).toContain('共 4 个文件：2 个错误，4 个警告，2 个文件无法检查。');
  });

  it('writes one JSON document to stdout with --format json', async () => {
    const run = await cli(['--format', 'json', 'seed-jining-2020.xlsx', 'generated/bad/text.xlsx'], { cwd: fixture('') });
    const document = parseReport(run.stdout);
    expect(document.files.map((f: { path: string }) => f.path)).toEqual(['seed-jining-2020.xlsx', 'generated/bad/text.xlsx']);
    expect(document.files[1]!.error!.code).toBe('NO_TABLE3');
    expect(document.summary).toMatchObject({ errors: 2, unreadable: 1 });
    expect(run.code).toBe(2);
  });

  it('never writes to its input files', () => {
    const files = ['seed-jining-2020.xlsx', 'generated/layout/formulas.xlsx', 'generated/bad/truncated.xlsx'].map(fixture);
    const hash = () => files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex'));
    const before = hash();
    bin(files);
    bin(['--format', 'json', ...files]);
    expect(hash()).toEqual(before);
  });
});

describe('a reader that stops reading', () => {
  it('ends the run quietly when stdout is closed (| head -1): no stack trace, the code of a broken pipe', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'xxgk-check.js'), '--format', 'json', 'fixtures/generated/layout'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like head -1: read the first piece, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((settle) => child.on('close', (c) => settle(c)));
    expect(stderr).toBe('');
    expect(code).toBe(141);
  });
});

describe('colour', () => {
  it('is used on a terminal', async () => {
    expect((await cli(['seed-jining-2020.xlsx'], { cwd: fixture(''), tty: true })).stdout).toContain('\u001b[31m');
  });

  it('is never used with NO_COLOR, nor when piped, nor with --no-color', async () => {
    const cwd = fixture('');
    expect((await cli(['seed-jining-2020.xlsx'], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await cli(['seed-jining-2020.xlsx'], { cwd, tty: false })).stdout).not.toContain('\u001b[');
    expect((await cli(['--no-color', 'seed-jining-2020.xlsx'], { cwd, tty: true })).stdout).not.toContain('\u001b[');
    expect(bin(['fixtures/seed-jining-2020.xlsx'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('is used when piped only if FORCE_COLOR or --color asks for it', async () => {
    expect(bin(['fixtures/seed-jining-2020.xlsx'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect((await cli(['--color', 'seed-jining-2020.xlsx'], { cwd: fixture('') })).stdout).toContain('\u001b[');
  });
});

describe('usage', () => {
  it.each([
    [['--format', 'xml', 'a.xlsx'], /--format/],
    [['--lang', 'fr', 'a.xlsx'], /--lang/],
    [['--frobnicate', 'a.xlsx'], /--frobnicate/],
    [[], /请指定要检查的年报文件/],
  ])('%j is a usage error: exit 2 and a message on stderr', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it.each([60, 80, 120])('--help fits a terminal %i columns wide, Chinese counted two columns a character', async (columns) => {
    for (const args of [['--help'], ['sum', '--help'], ['template', '--help']]) {
      const help = await cli(args, { columns });
      expect(help.code).toBe(0);
      const lines = help.stdout.trimEnd().split('\n');
      expect(
        lines.filter((line) => displayWidth(line) > columns),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it.each([
    [['--frobnicate', 'a.xlsx'], 'xxgk-check: 没有 --frobnicate 这个选项。\n运行 xxgk-check --help 查看用法。\n'],
    [['--lang', 'en', '--frobnicate', 'a.xlsx'], 'xxgk-check: There is no option --frobnicate.\nRun xxgk-check --help for usage.\n'],
    [['--formt', 'json', 'a.xlsx'], 'xxgk-check: 没有 --formt 这个选项。是不是要写 --format？\n运行 xxgk-check --help 查看用法。\n'],
    [['--format', 'xml', 'a.xlsx'], 'xxgk-check: 选项 -f, --format <format> 的取值“xml”无效：可选的取值为 text、json、sarif、junit、github、html。\n运行 xxgk-check --help 查看用法。\n'],
    [['--lang=en', '--max-warnings', 'many', 'a.xlsx'], 'xxgk-check: The option --max-warnings <n> cannot take “many”: a whole number of 0 or more.\nRun xxgk-check --help for usage.\n'],
    [['sum', 'a.xlsx'], 'xxgk-check: 必须给出选项 -o, --output <file>。\n运行 xxgk-check sum --help 查看用法。\n'],
    [['template', '--year', '1999'], 'xxgk-check: 选项 --year <year> 的取值“1999”无效：年度应为 2019 以后的四位数年份。\n运行 xxgk-check template --help 查看用法。\n'],
  ])('%j: commander’s usage error in the language of the run', async (args, stderr) => {
    expect(await cli(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('--help and --version exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('退出码 (exit codes)');
    // It says what it reads and what it checks: every format a reader is registered for, and the prose.
    const said = help.stdout.replace(/\s+/g, '');
    for (const what of ['.xlsx', '.docx', 'PDF', '网页', '文本', '正文', 'webpages', 'text']) expect(said).toContain(what);
    const version = await cli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${parseJson<{ version: string }>(readFileSync(fixture('../package.json'), 'utf8')).version}\n` });
  });
});
