import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/engine.js';
import { makeReport } from '../support/report.js';

describe('the cells listed for a run of the rules', () => {
  it('are listed afresh when the report was changed between two runs', () => {
    const report = makeReport('2021');
    expect(runRules(report).filter((f) => f.rule === 'T3_NONNEG_INT')).toEqual([]);
    report.cells['t3.received.natural'] = { ...report.cells['t3.received.natural']!, value: -1, raw: '-1' };
    expect(
      runRules(report)
        .filter((f) => f.rule === 'T3_NONNEG_INT')
        .map((f) => f.messageId),
    ).toEqual(['negative']);
  });
});
