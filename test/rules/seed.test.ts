import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { renderMessage } from '../../src/report/message.js';
import { exitCodeOf } from '../../src/result.js';
import { fixture } from '../support/fixtures.js';

describe('the real 2020 report of 济宁市人力资源和社会保障局 (shared/domain/seed-jining-2020.txt)', async () => {
  const result = await checkFile(fixture('seed-jining-2020.xlsx'));
  const errors = result.findings.filter((f) => f.severity === 'error');

  it('has exactly two errors: the balance of 自然人 and of 总计; exit code 1', () => {
    expect(errors.map((f) => [f.rule, f.column?.zh])).toEqual([
      ['T3_BALANCE', '自然人'],
      ['T3_BALANCE', '总计'],
    ]);
    expect(exitCodeOf([result])).toBe(1);
  });

  it('names the four cells of each equation with both sides and the difference', () => {
    expect(errors[0]).toMatchObject({ expected: 19, actual: 20, difference: 1 });
    const at = (address: string) => ({ kind: 'xlsx', sheet: '年度报告', address });
    expect(errors[0]!.cells.map((c) => [c.source, c.key, c.value])).toEqual([
      [at('D32'), 't3.received.natural', 19],
      [at('D33'), 't3.carriedIn.natural', 0],
      [at('D53'), 't3.resultTotal.natural', 19],
      [at('D54'), 't3.carriedOver.natural', 1],
    ]);
    expect(errors[1]).toMatchObject({ expected: 21, actual: 22, difference: 1 });
  });

  it('says it the way the issue asks, in Chinese and in English', () => {
    expect(renderMessage(errors[0]!, 'zh')).toBe('表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1');
    expect(renderMessage(errors[0]!, 'en')).toBe(
      'Table 3, column “natural persons”: new requests this year 19 + carried over from last year 0 = 19, but results total 19 + carried over to next year 1 = 20 (difference 1)',
    );
  });

  it('gives its 表二 text values as warnings that keep the raw text', () => {
    const approx = result.findings.filter((f) => f.rule === 'T2_APPROX');
    expect(approx.map((f) => [f.severity, f.cells[0]!.value])).toEqual([
      ['warning', '10000件以上'],
      ['warning', '2108000元'],
    ]);
  });

  it('is read as the 2019 trial format, year 2020', () => {
    expect(result).toMatchObject({ formatVersion: '2019', year: 2020, agency: '济宁市人力资源和社会保障局' });
  });
});
