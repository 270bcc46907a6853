import { describe, expect, it } from 'vitest';
import { compareSources, type Source } from '../../src/read/document.js';

const cell = (sheet: string, address: string): Source => ({ kind: 'xlsx', sheet, address });

describe('compareSources: the reading order of findings in one file', () => {
  it('reads a sheet by row, then column (D10 after D9, AA1 after Z1)', () => {
    const sorted = [cell('S', 'D10'), cell('S', 'AA1'), cell('S', 'D9'), cell('S', 'Z1')].sort(compareSources);
    expect(sorted.map((s) => (s.kind === 'xlsx' ? s.address : ''))).toEqual(['Z1', 'AA1', 'D9', 'D10']);
  });

  it('orders sheets by code unit, the same on every machine whatever its locale (localeCompare would put "a" before "B")', () => {
    const sorted = [cell('a', 'A1'), cell('B', 'A1'), cell('年度报告', 'A1')].sort(compareSources);
    expect(sorted.map((s) => (s.kind === 'xlsx' ? s.sheet : ''))).toEqual(['B', 'a', '年度报告']);
  });

  it('orders PDF pages by number, not as text', () => {
    const page = (n: number): Source => ({ kind: 'pdf', page: n, x: 10, y: 10 });
    expect([page(10), page(9)].sort(compareSources)).toEqual([page(9), page(10)]);
  });
});
