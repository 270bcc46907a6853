import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { formatJson } from '../../src/report/json.js';
import { cli } from '../support/cli.js';
import { ROOT, fixture } from '../support/fixtures.js';
import { parseJson, parseReport } from '../support/json.js';

const tool = { name: 'xxgk-check', version: '0.0.0' };
// ajv is CommonJS: under NodeNext its class is the module's `default`.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const at = (address: string) => ({ kind: 'xlsx', sheet: '年度报告', address });

describe('the JSON report', async () => {
  const seed = { ...(await checkFile(fixture('seed-jining-2020.xlsx'))), path: 'seed.xlsx' };
  const empty = { ...(await checkFile(fixture('generated/bad/empty.xlsx'))), path: 'empty.xlsx' };
  const document = parseReport(formatJson([seed, empty], { lang: 'zh', tool }));

  it('is one document of files and a summary', () => {
    expect(Object.keys(document)).toEqual(['tool', 'files', 'summary']);
    expect(document.summary).toEqual({ files: 2, checked: 1, unreadable: 1, errors: 2, warnings: 4 });
  });

  it('lists each finding with its rule, severity, message, both sides and every cell', () => {
    const file = document.files[0]!;
    expect(file).toMatchObject({ path: 'seed.xlsx', format: 'xlsx', formatVersion: '2019', year: 2020, agency: '济宁市人力资源和社会保障局' });
    const balance = file.findings.find((f: { rule: string }) => f.rule === 'T3_BALANCE');
    expect(balance).toEqual({
      rule: 'T3_BALANCE',
      severity: 'error',
      table: 't3',
      column: '自然人',
      message: '表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1',
      messageId: 'balance',
      expected: 19,
      actual: 20,
      difference: 1,
      cells: [
        { key: 't3.received.natural', value: 19, name: '本年新收', side: 'expected', source: at('D32'), where: '年度报告!D32' },
        { key: 't3.carriedIn.natural', value: 0, name: '上年结转', side: 'expected', source: at('D33'), where: '年度报告!D33' },
        { key: 't3.resultTotal.natural', value: 19, name: '办理结果总计', side: 'actual', source: at('D53'), where: '年度报告!D53' },
        { key: 't3.carriedOver.natural', value: 1, name: '结转下年度', side: 'actual', source: at('D54'), where: '年度报告!D54' },
      ],
    });
    expect(file.error).toBeUndefined();
  });

  it('gives a file that could not be checked an error and no findings', () => {
    expect(document.files[1]).toEqual({
      path: 'empty.xlsx',
      findings: [],
      error: { code: 'FILE_EMPTY', message: 'empty.xlsx 是空文件（0 字节），请重新保存或重新复制该文件后再检查。' },
    });
  });

  it('carries the numbers as read, when asked: each key with its value (null for a blank, the text when not a number) and where it is', async () => {
    const withValues = { ...(await checkFile(fixture('seed-jining-2020.xlsx'), { withValues: true })), path: 'seed.xlsx' };
    expect(withValues.values?.['t3.received.natural']).toEqual({ status: 'number', value: 19, raw: '19', source: at('D32') });
    expect(seed.values).toBeUndefined();
    const shown = parseReport(formatJson([withValues], { lang: 'zh', tool }));
    expect(Object.keys(shown.files[0]!)).toEqual(['path', 'format', 'formatVersion', 'year', 'agency', 'findings', 'values']);
    const values = shown.files[0]!.values!;
    expect(values['t3.received.natural']).toEqual({ value: 19, source: at('D32') });
    expect(values['t2.otherServices.decisions']).toMatchObject({ value: '10000件以上' });
    expect(Object.keys(values)).toHaveLength(22 + 23 * 7 + 15);
  });

  it('is the same bytes for the same input', () => {
    expect(formatJson([seed, empty], { lang: 'zh', tool })).toBe(formatJson([seed, empty], { lang: 'zh', tool }));
  });
});

describe('the JSON report, written a file at a time', () => {
  it('is byte for byte JSON.stringify(document, null, 2), with files and without', async () => {
    const seed = { ...(await checkFile(fixture('seed-jining-2020.xlsx'))), path: 'seed.xlsx' };
    for (const results of [[seed, seed], []]) {
      const text = formatJson(results, { lang: 'en', tool });
      expect(text).toBe(`${JSON.stringify(parseReport(text), null, 2)}\n`);
    }
  });

  it('but for the values, a key a line, which parse to the same document', async () => {
    const seed = { ...(await checkFile(fixture('seed-jining-2020.xlsx'), { withValues: true })), path: 'seed.xlsx' };
    const text = formatJson([seed, seed], { lang: 'en', tool });
    const document = parseReport(text);
    expect(document.files[1]!.values!['t3.received.natural']).toEqual({ value: 19, source: { kind: 'xlsx', sheet: '年度报告', address: 'D32' } });
    expect(text).toContain('\n        "t3.received.natural": {"value": 19, "source": {"kind":"xlsx","sheet":"年度报告","address":"D32"}},\n');
    expect(text.split('\n').filter((line) => line.includes('"source": {"kind"'))).toHaveLength(2 * Object.keys(seed.values!).length);
  });
});

describe('the JSON report’s published schema (schema/xxgk-check.report.schema.json)', () => {
  it('accepts what --format json writes for every kind of file, a batch across years, and a file that could not be checked; and refuses a broken one', async () => {
    const schema = parseJson<Record<string, unknown>>(readFileSync(join(ROOT, 'schema', 'xxgk-check.report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const run = await cli(
      ['--format', 'json', 'seed-jining-2020.xlsx', 'generated/text/seed-jining-2020.txt', 'generated/years/a-2021.xlsx', 'generated/years/a-2022.xlsx', 'generated/bad/truncated.xlsx'],
      { cwd: fixture('') },
    );
    // Typed loosely: the test breaks a value's source on purpose.
    const document = parseJson<{ files: { findings: { cells: { file?: string }[] }[]; values: Record<string, { source: unknown }> }[] }>(run.stdout);
    expect(document.files.some((f) => f.findings.some((x) => x.cells.some((c) => c.file)))).toBe(true);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    document.files[0]!.values['t3.received.natural']!.source = { kind: 'xlsx', sheet: '年度报告' };
    expect(validate(document)).toBe(false);
  });
});
