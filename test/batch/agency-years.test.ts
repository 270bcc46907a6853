import { describe, expect, it } from 'vitest';
import { agencyYearKeys, UNDATED } from '../../src/batch/agency-years.js';
import { crossYearFindings } from '../../src/batch/cross-year.js';
import { duplicateGroups, sameKeyGroups } from '../../src/batch/duplicates.js';
import type { Identity } from '../../src/batch/identity.js';

const item = (identity: Identity, read = true, regionSummary = false) => ({ identity, read, regionSummary });
const items = [
  item({ agency: '甲局', year: 2023 }),
  item({ agency: '乙局', year: 2023 }),
  item({ agency: '甲 局', year: 2022 }),
  item({ agency: '甲局', year: 2023 }),
  item({ agency: '甲局', year: 2021 }, false),
  item({ agency: '某县', year: 2023 }, true, true),
  item({ agency: '丙局' }),
  item({ year: 2023 }),
];
const keys = agencyYearKeys(items.length, (i) => items[i]!);

describe("each file's agency and year as one number", () => {
  it('is equal for one agency’s reports of one year (spacing and punctuation aside), one less for its year before', () => {
    expect(keys[3]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]! - 1);
    expect(new Set([keys[0], keys[1]]).size).toBe(2);
  });

  it('leaves out what is no agency’s dated report: not read, a region’s summary, agency or year unknown', () => {
    expect([...keys.slice(4)]).toEqual([UNDATED, UNDATED, UNDATED, UNDATED]);
  });

  it('finds duplicates and pairs of years from the numbers', () => {
    expect(sameKeyGroups(keys)).toEqual([[0, 3]]);
    expect(duplicateGroups(items)).toEqual([[0, 3]]);
    const loaded: number[] = [];
    // The first file of an agency's year is paired with the first of its year before.
    crossYearFindings(keys, (index) => (loaded.push(index), { report: {} as never, path: String(index) }), { rules: [] });
    expect(loaded.sort()).toEqual([0, 2]);
  });
});
