import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli } from '../support/cli.js';
import { fixture } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';
import { parseJson, parseReport, type SarifLog } from '../support/json.js';

/** A reporting repository: some workbooks in a folder of their own. */
function repo(files: string[]): string {
  const dir = tempDir('gate');
  for (const f of files) copyFileSync(fixture(f), join(dir, f.split('/').at(-1)!));
  return dir;
}

async function setCell(path: string, find: string, offset: number, value: number) {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  // Merged cells repeat their master's value in exceljs: match the master only.
  sheet.eachRow((row, r) => row.eachCell((cell, c) => void (cell.value === find && cell.master.address === cell.address && (sheet.getCell(r, c + offset).value = value))));
  await workbook.xlsx.writeFile(path);
}

describe('outputs for CI', () => {
  it.each(['text', 'json', 'sarif', 'junit', 'github', 'html'])('--format %s is byte-identical from run to run', (format) => {
    const args = ['--format', format, 'fixtures/seed-jining-2020.xlsx', 'fixtures/generated/bad/empty.xlsx'];
    const first = bin(args).stdout;
    expect(first.length).toBeGreaterThan(0);
    expect(bin(args).stdout).toBe(first);
    expect(first).not.toContain(fixture(''));
  });

  it('--output writes the report to a file, and the terminal gets the one-line summary', async () => {
    const dir = repo(['seed-jining-2020.xlsx']);
    const run = await cli(['--format', 'sarif', '--output', 'out/../results.sarif', 'seed-jining-2020.xlsx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('共 1 个文件：2 个错误，4 个警告。（报告已写入 out/../results.sarif）\n');
    expect(parseJson<SarifLog>(readFileSync(join(dir, 'results.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--output into a folder that does not exist fails plainly and leaves nothing behind', async () => {
    const dir = repo(['seed-jining-2020.xlsx']);
    const run = await cli(['--output', 'no/such/dir/r.json', '--format', 'json', 'seed-jining-2020.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^xxgk-check: 无法写入 no\/such\/dir\/r\.json（ENOENT）/);
  });
});

describe('control', () => {
  it('--quiet reports errors only', async () => {
    const run = await cli(['--quiet', 'seed-jining-2020.xlsx'], { cwd: fixture('') });
    expect(run.stdout).not.toMatch(/^\s+警告/m);
    expect(run.stdout).toContain('共 1 个文件：2 个错误，0 个警告。');
    expect(run.code).toBe(1);
  });

  it('--max-warnings fails a run with more warnings than allowed', async () => {
    const cwd = fixture('');
    expect((await cli(['--max-warnings', '0', 'generated/rules/t3-placeholder.xlsx'], { cwd })).code).toBe(1);
    expect((await cli(['--max-warnings', '1', 'generated/rules/t3-placeholder.xlsx'], { cwd })).code).toBe(0);
    expect((await cli(['--max-warnings', 'many', 'clean-2021.xlsx'], { cwd })).code).toBe(2);
  });

  it('--max-warnings says why the run failed: in the summary line, and on stderr for a machine format', async () => {
    const cwd = fixture('');
    const text = await cli(['--max-warnings', '0', 'generated/layout/2019-truncated.xlsx'], { cwd });
    expect(text.code).toBe(1);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('共 1 个文件：0 个错误，2 个警告，警告共 2 个，多于 --max-warnings 允许的 0 个。');
    const quiet = await cli(['--quiet', '--lang', 'en', '--max-warnings', '1', 'generated/layout/2019-truncated.xlsx'], { cwd });
    expect(quiet.stdout.trimEnd().split('\n').at(-1)).toBe('1 file: 0 errors, 0 warnings; 2 warnings in all, more than the 1 --max-warnings allows.');
    const json = await cli(['--format', 'json', '--max-warnings', '0', 'generated/layout/2019-truncated.xlsx'], { cwd });
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('xxgk-check: 警告共 2 个，多于 --max-warnings 允许的 0 个，退出码为 1。\n');
    const within = await cli(['--max-warnings', '2', 'generated/layout/2019-truncated.xlsx'], { cwd });
    expect(within.stdout.trimEnd().split('\n').at(-1)).toBe('共 1 个文件：0 个错误，2 个警告。');
  });

  it('--rule sets a severity; off drops a rule', async () => {
    const cwd = fixture('');
    const demoted = await cli(['--rule', 'T3_BALANCE=warning', '--format', 'json', 'seed-jining-2020.xlsx'], { cwd });
    expect(demoted.code).toBe(0);
    expect(parseReport(demoted.stdout).summary).toMatchObject({ errors: 0, warnings: 6 });
    const off = await cli(['--rule', 'T2_APPROX=off', '--rule', 'F_LABELS=off', '--format', 'json', 'seed-jining-2020.xlsx'], { cwd });
    expect(parseReport(off.stdout).summary).toMatchObject({ errors: 2, warnings: 0 });
  });

  it.each([
    [['--rule', 'T3_BALANC=off'], '“T3_BALANC”不是已知的规则；运行 xxgk-check rules 查看全部规则。'],
    [['--rule', 'T3_BALANCE=fatal'], '--rule T3_BALANCE 的级别应为 error、warning 或 off，收到的是“fatal”。'],
    [['--rule', 'T3_BALANCE'], '--rule 的写法是 规则=级别，例如 --rule T3_BALANCE=warning；收到的是“T3_BALANCE”。'],
    [['--config', 'missing.json'], '找不到配置文件 missing.json。'],
    [['--baseline', 'missing.json'], '找不到基线文件 missing.json；先用 --write-baseline missing.json 生成。'],
  ])('%j is refused with exit 2 and one sentence', async (args, message) => {
    const run = await cli([...args, 'seed-jining-2020.xlsx'], { cwd: fixture('') });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `xxgk-check: ${message}\n` });
  });

  it('takes rules, language, expected year and warning limit from xxgk-check.config.json', async () => {
    const dir = repo(['seed-jining-2020.xlsx']);
    writeFileSync(join(dir, 'xxgk-check.config.json'), JSON.stringify({ lang: 'en', rules: { T2_APPROX: 'off' }, year: 2021, maxWarnings: 5 }));
    const run = await cli(['--format', 'json', 'seed-jining-2020.xlsx'], { cwd: dir });
    const findings = parseReport(run.stdout).files[0]!.findings;
    expect(findings.map((f: { rule: string }) => f.rule)).toEqual(['F_VERSION', 'F_LABELS', 'F_LABELS', 'T3_BALANCE', 'T3_BALANCE']);
    expect(findings[0]!.message).toBe('The configuration asks for reports of 2021, but the report’s title says 2020');
    writeFileSync(join(dir, 'xxgk-check.config.json'), '{"rules": {"T3_BALANCE": "nope"}}');
    const bad = await cli(['seed-jining-2020.xlsx'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('xxgk-check: 配置文件');
  });

  it('a configured format version that the workbook does not use is an error', async () => {
    const dir = repo(['clean-2019.xlsx']);
    writeFileSync(join(dir, 'xxgk-check.config.json'), '{"formatVersion": "2021"}');
    const run = await cli(['clean-2019.xlsx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('F_VERSION  配置要求使用 2021 年格式，但表格是 2019 年试行格式');
  });
});

describe('baselines', () => {
  it('record today’s findings; then only a new finding fails, and the known ones are counted', async () => {
    const dir = repo(['seed-jining-2020.xlsx', 'clean-2021.xlsx']);
    const recorded = await cli(['--write-baseline', 'baseline.json', 'seed-jining-2020.xlsx', 'clean-2021.xlsx'], { cwd: dir });
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toBe('已把 6 个问题记入基线 baseline.json。\n');
    const baseline = parseJson<{ findings: Record<string, unknown>[] }>(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(baseline.findings).toHaveLength(6);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
    expect(baseline.findings[0]).toEqual({ path: 'seed-jining-2020.xlsx', rule: 'F_LABELS', fingerprint: expect.any(String), message: expect.any(String) });

    const unchanged = await cli(['--baseline', 'baseline.json', 'seed-jining-2020.xlsx', 'clean-2021.xlsx'], { cwd: dir });
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout.trimEnd().split('\n').at(-1)).toBe('共 2 个文件：未发现问题，另有 6 个基线中已知的问题未列出。');

    await setCell(join(dir, 'clean-2021.xlsx'), '一、本年新收政府信息公开申请数量', 4, 31);
    const changed = await cli(['--baseline', 'baseline.json', '--format', 'json', 'seed-jining-2020.xlsx', 'clean-2021.xlsx'], { cwd: dir });
    expect(changed.code).toBe(1);
    const files = parseReport(changed.stdout).files;
    expect(files[0]!.findings).toEqual([]);
    expect(files[1]!.findings.map((f: { rule: string; column?: string; row?: string }) => [f.rule, f.column ?? f.row])).toEqual([
      ['T3_BALANCE', '商业企业'],
      ['T3_ROW_SUM', '本年新收'],
    ]);
  });

  it('refuses a file that is not a baseline', async () => {
    const dir = repo(['clean-2021.xlsx']);
    writeFileSync(join(dir, 'b.json'), '{"findings": 3}');
    const run = await cli(['--baseline', 'b.json', 'clean-2021.xlsx'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stderr: 'xxgk-check: 基线文件 b.json 不是 xxgk-check 写出的基线；请用 --write-baseline 重新生成。\n' });
    expect(existsSync(join(dir, 'clean-2021.xlsx'))).toBe(true);
  });
});
