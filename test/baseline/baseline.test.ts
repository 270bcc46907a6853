import { describe, expect, it } from 'vitest';
import { applyBaseline, makeBaseline } from '../../src/baseline/baseline.js';
import type { FileResult } from '../../src/result.js';
import { runRules } from '../../src/rules/engine.js';
import { fingerprint } from '../../src/rules/fingerprint.js';
import { makeReport } from '../support/report.js';

const resultOf = (values: Record<string, number | string | null>, path = 'a.xlsx'): FileResult => ({ path, findings: runRules(makeReport('2021', values)) });
const same = (r: FileResult) => r.path;

describe('finding fingerprints', () => {
  it('stay the same when the numbers change but the same equation stays wrong', () => {
    const before = runRules(makeReport('2021', { 't4.review.total': 1 }))[0]!;
    const after = runRules(makeReport('2021', { 't4.review.total': 7, 't4.review.upheld': 2 }))[0]!;
    expect(before.rule).toBe('T4_SUM_RV');
    expect(fingerprint(after)).toBe(fingerprint(before));
  });

  it('differ for the same rule at another place', () => {
    const [review, direct] = runRules(makeReport('2021', { 't4.review.total': 1, 't4.suitDirect.total': 1 }));
    expect(fingerprint(review!)).not.toBe(fingerprint(direct!));
  });
});

describe('baselines', () => {
  it('leave out known findings and count them; a new one stays', () => {
    const baseline = makeBaseline([resultOf({ 't4.review.total': 1 })], same, (f) => f.rule);
    const { results, known } = applyBaseline([resultOf({ 't4.review.total': 1, 't4.suitDirect.total': 1 })], baseline, same);
    expect(known).toBe(1);
    expect(results[0]!.findings.map((f) => f.rule)).toEqual(['T4_SUM_LD']);
  });

  it('belong to a file: the same finding in another file is new', () => {
    const baseline = makeBaseline([resultOf({ 't4.review.total': 1 }, 'a.xlsx')], same, (f) => f.rule);
    expect(applyBaseline([resultOf({ 't4.review.total': 1 }, 'b.xlsx')], baseline, same).known).toBe(0);
  });

  it('are sorted, so they diff cleanly', () => {
    const baseline = makeBaseline([resultOf({ 't4.review.total': 1 }, 'b.xlsx'), resultOf({ 't2.guizhang.made': -1 }, 'a.xlsx')], same, (f) => f.rule);
    expect(baseline.findings.map((f) => [f.path, f.rule])).toEqual([
      ['a.xlsx', 'T2_NONNEG'],
      ['b.xlsx', 'T4_SUM_RV'],
    ]);
  });
});
