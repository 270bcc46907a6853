import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/engine.js';
import { CATALOGUE } from '../../src/rules/catalogue/index.js';
import { countByRule } from '../support/fixtures.js';
import { makeReport } from '../support/report.js';

describe('the rule engine', () => {
  it('finds nothing in an all-zero report of either format', () => {
    expect(runRules(makeReport('2021'))).toEqual([]);
    expect(runRules(makeReport('2019'))).toEqual([]);
  });

  it('reports a broken balance with both sides, the difference and every cell of the equation', () => {
    const report = makeReport('2021', {
      't3.received.natural': 3,
      't3.received.total': 3,
      't3.granted.natural': 3,
      't3.granted.total': 3,
      't3.resultTotal.natural': 3,
      't3.resultTotal.total': 3,
      't3.carriedOver.natural': 1,
      't3.carriedOver.total': 1,
    });
    const findings = runRules(report);
    expect(findings.map((f) => [f.rule, f.column?.zh])).toEqual([
      ['T3_BALANCE', '自然人'],
      ['T3_BALANCE', '总计'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', table: 't3', expected: 3, actual: 4, difference: 1 });
    expect(findings[0]!.cells.map((c) => [c.key, c.value, c.side])).toEqual([
      ['t3.received.natural', 3, 'expected'],
      ['t3.carriedIn.natural', 0, 'expected'],
      ['t3.resultTotal.natural', 3, 'actual'],
      ['t3.carriedOver.natural', 1, 'actual'],
    ]);
  });

  it('sums the 2019 single （六） row, and the three 2021 sub-rows, into （七）总计', () => {
    const in2019 = makeReport('2019', { 't3.otherHandling.natural': 2, 't3.otherHandling.total': 2, 't3.resultTotal.natural': 1, 't3.resultTotal.total': 1 });
    expect(countByRule(runRules(in2019))).toMatchObject({ T3_RESULT_SUM: 2 });
    const in2021 = makeReport('2021', {
      't3.otherHandling.misc.natural': 2,
      't3.otherHandling.misc.total': 2,
      't3.resultTotal.natural': 2,
      't3.resultTotal.total': 2,
      't3.received.natural': 2,
      't3.received.total': 2,
    });
    expect(runRules(in2021)).toEqual([]);
  });

  it('does not judge an equation over a cell that is not a number; the value rule speaks for it', () => {
    const findings = runRules(makeReport('2021', { 't3.granted.natural': '八件' }));
    expect(countByRule(findings)).toEqual({ T3_NONNEG_INT: 1 });
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
    expect(findings[0]!.cells).toEqual([{ source: { kind: 'xlsx', sheet: '表', address: expect.any(String) }, key: 't3.granted.natural', value: '八件' }]);
  });

  it('counts blanks and placeholders as 0 and says so', () => {
    const findings = runRules(makeReport('2021', { 't3.granted.natural': null, 't3.granted.research': '/' }));
    expect(countByRule(findings)).toEqual({ F_BLANK_CELL: 1, F_PLACEHOLDER: 1 });
  });

  it('reports a blank total whose parts are not 0 once, instead of every sum through it', () => {
    const findings = runRules(
      makeReport('2021', {
        't3.received.natural': 2,
        't3.received.total': null,
        't3.granted.natural': 2,
        't3.granted.total': 2,
        't3.resultTotal.natural': 2,
        't3.resultTotal.total': 2,
      }),
    );
    expect(countByRule(findings)).toEqual({ F_TOTAL_BLANK: 1 });
    expect(findings.find((f) => f.rule === 'F_TOTAL_BLANK')).toMatchObject({ severity: 'error', expected: 2, row: { zh: '本年新收' } });
  });

  it('follows configured severities, and drops rules turned off', () => {
    const report = makeReport('2021', { 't4.review.total': 1 });
    expect(runRules(report).map((f) => [f.rule, f.severity])).toEqual([['T4_SUM_RV', 'error']]);
    expect(runRules(report, { severity: { T4_SUM_RV: 'warning' } }).map((f) => f.severity)).toEqual(['warning']);
    expect(runRules(report, { severity: { T4_SUM_RV: 'off' } })).toEqual([]);
  });

  it('lists findings in a stable order: by table, errors first, then catalogue order, then position', () => {
    const report = makeReport('2021', { 't4.review.total': 1, 't2.guizhang.made': -1, 't3.denied.stateSecret.natural': null, 't3.granted.natural': 1 });
    const order = runRules(report).map((f) => f.rule);
    expect(order).toEqual(['T2_NONNEG', 'T3_RESULT_SUM', 'T3_ROW_SUM', 'F_BLANK_CELL', 'T4_SUM_RV']);
    expect(runRules(report)).toEqual(runRules(report));
  });
});

describe('the catalogue', () => {
  it('has unique ids, and messages in both languages for every rule', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CATALOGUE) {
      for (const text of [rule.title, rule.description, rule.fix, ...Object.values(rule.messages)]) {
        expect(text.zh.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('holds every hard rule of the specification for 表三 and 表四', () => {
    const hard = CATALOGUE.filter((r) => r.severity === 'error').map((r) => r.id);
    expect(hard).toEqual(expect.arrayContaining(['T3_BALANCE', 'T3_RESULT_SUM', 'T3_ROW_SUM', 'T3_NONNEG_INT', 'T4_SUM_RV', 'T4_SUM_LD', 'T4_SUM_LR', 'T4_NONNEG_INT', 'F_VERSION']));
  });
});
