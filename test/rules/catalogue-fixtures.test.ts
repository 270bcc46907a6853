import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { exitCodeOf } from '../../src/result.js';
import { CASES, countByRule, fixture } from '../support/fixtures.js';

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
        for (const f of result.findings) (named[f.rule] ??= []).push(f.cells.map((x) => x.key || `${x.sheet}!${x.address}`));
        expect(named).toEqual(c.expect.cells);
      }
      expect(exitCodeOf([result])).toBe(c.expect.exit);
    });
  }
});
