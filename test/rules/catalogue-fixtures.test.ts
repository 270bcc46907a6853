import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { sourceId } from '../../src/read/document.js';
import { exitCodeOf } from '../../src/result.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { BATCHES, CASES, countByRule, fixture } from '../support/fixtures.js';

describe('every fixture gives the findings its source says it must, naming the cells it says', () => {
  for (const c of CASES) {
    it(`${c.file} → exit ${c.expect.exit}${c.expect.problem ? ` (${c.expect.problem})` : ''}`, async () => {
      const result = await checkFile(fixture(c.file));
      if (c.expect.problem) expect(result.problem?.code).toBe(c.expect.problem);
      else {
        expect(result.problem).toBeUndefined();
        expect(countByRule(result.findings)).toEqual(c.expect.findings ?? {});
      }
      if (c.expect.cells) {
        const named: Record<string, string[][]> = {};
        for (const f of result.findings) (named[f.rule] ??= []).push(f.cells.map((x) => x.key || sourceId(x.source)));
        expect(named).toEqual(c.expect.cells);
      }
      expect(exitCodeOf([result])).toBe(c.expect.exit);
    });
  }
});

describe('batches of fixtures give the findings across files their source says they must', () => {
  for (const b of BATCHES) {
    it(`${b.files.join(' + ')}${b.summary ? ` against ${b.summary}` : ''} → exit ${b.expect.exit}`, async () => {
      const files = [...b.files, ...(b.summary ? [b.summary] : [])];
      const { results } = await runBatch(files, { cwd: fixture(''), check: {}, pool: { jobs: 1 }, ...(b.summary ? { summary: b.summary } : {}) });
      const across = Object.fromEntries(
        results.map((r) => [r.path, countByRule(r.findings.filter((f) => /^(XY_|AGG_|B_)/.test(f.rule)))] as const).filter(([, counts]) => Object.keys(counts).length > 0),
      );
      expect(across).toEqual(b.expect.findings);
      expect(exitCodeOf(results)).toBe(b.expect.exit);
    });
  }
});
