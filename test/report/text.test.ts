import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { formatText } from '../../src/report/text.js';
import type { FileResult } from '../../src/result.js';
import { fixture } from '../support/fixtures.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

async function results(...files: string[]): Promise<FileResult[]> {
  return Promise.all(files.map(async (f) => ({ ...(await checkFile(fixture(f))), path: `fixtures/${f}` })));
}

describe('the human report', async () => {
  const seed = await results('seed-jining-2020.xlsx');

  it('groups findings by file and table, names the cells, and ends with a summary', () => {
    expect(formatText(seed, { lang: 'zh', chalk: plain })).toBe(
      [
        'fixtures/seed-jining-2020.xlsx',
        '  济宁市人力资源和社会保障局 · 2020 年度 · 2019 年试行格式',
        '  表二 主动公开政府信息情况',
        '    警告  T2_APPROX  表二「其他对外管理服务事项」「处理决定数量」（年度报告!D13）填的是「10000件以上」，不是确切数字，未参与核对',
        '    警告  T2_APPROX  表二「政府集中采购」「采购总金额」（年度报告!C23）填的是「2108000元」，不是确切数字，未参与核对',
        '    警告  F_LABELS  表二表头“本年新”（年度报告!B7）与官方文字“本年新制作数量”不同，已按“本年新制作数量”识别',
        '    警告  F_LABELS  表二表头“本年新”（年度报告!C7）与官方文字“本年新公开数量”不同，已按“本年新公开数量”识别',
        '  表三 收到和处理政府信息公开申请情况',
        '    错误  T3_BALANCE  表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1',
        '          单元格（年度报告）：D32 = 19，D33 = 0，D53 = 19，D54 = 1',
        '    错误  T3_BALANCE  表三「总计」列：本年新收 21 + 上年结转 0 = 21，办理结果总计 21 + 结转下年度 1 = 22，相差 1',
        '          单元格（年度报告）：J32 = 21，J33 = 0，J53 = 21，J54 = 1',
        '',
        '共 1 个文件：2 个错误，4 个警告。',
        '',
      ].join('\n'),
    );
  });

  it('speaks English on request', () => {
    const text = formatText(seed, { lang: 'en', chalk: plain });
    expect(text).toContain('  济宁市人力资源和社会保障局 · year 2020 · 2019 trial format');
    expect(text).toContain('    error    T3_BALANCE  Table 3, column “total”: new requests this year 21 + carried over from last year 0 = 21');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 file: 2 errors, 4 warnings.');
  });

  it('carries colour only when given a colouring chalk', () => {
    expect(formatText(seed, { lang: 'zh', chalk: plain })).not.toContain('\u001b[');
    expect(formatText(seed, { lang: 'zh', chalk: coloured })).toContain('\u001b[31m错误');
  });

  it('says plainly when a file is clean, and when one could not be checked', async () => {
    const text = formatText(await results('clean-2021.xlsx', 'generated/bad/empty.xlsx'), { lang: 'zh', chalk: plain });
    expect(text).toContain('  某某市某某局 · 2022 年度 · 2021 年格式\n  未发现问题');
    expect(text).toContain('  无法检查  fixtures/generated/bad/empty.xlsx 是空文件（0 字节），请重新保存或重新复制该文件后再检查。');
    expect(text).toContain('共 2 个文件：未发现问题，1 个文件无法检查。');
    const none = formatText(await results('generated/bad/empty.xlsx'), { lang: 'en', chalk: plain });
    expect(none.trimEnd().split('\n').at(-1)).toBe('1 file: 1 could not be checked.');
  });
});

describe('the per-file table of a country’s batch', () => {
  it('is drawn for 150,000 files, more rows than one call may take as arguments', { timeout: 60_000 }, () => {
    const results: FileResult[] = Array.from({ length: 150_000 }, (_, i) => ({ path: `各省/${i}.xlsx`, agency: `某某局${i}`, year: 2024, formatVersion: '2021', findings: [] }));
    const text = formatText(results, { lang: 'zh', chalk: new Chalk({ level: 0 }), columns: 100 });
    expect(text).toContain('各省/149999.xlsx');
    expect(text).toContain('共 150000 个文件：未发现问题。');
  });
});
