import { describe, expect, it } from 'vitest';
import type { FileRow } from '../../src/app/engine.js';
import { sortRows } from '../../src/app/sort.js';

const row = (path: string, agency: string, year: number | null, errors: number | null, status: FileRow['status']): FileRow => ({
  path,
  agency,
  year,
  format: '',
  errors,
  warnings: errors === null ? null : 0,
  status,
  statusLabel: status,
});

const ROWS = [row('c.xlsx', '乙局', 2022, 3, 'errors'), row('a.xlsx', '甲局', 2021, 0, 'ok'), row('b.xlsx', '', null, null, 'unreadable'), row('d.xlsx', '丙局', 2021, 1, 'errors')];

describe('sorting the table of files', () => {
  it('sorts numbers as numbers, with empty cells last both ways and ties in the order checked', () => {
    expect(sortRows(ROWS, 'errors', 'ascending', 'zh')).toEqual([1, 3, 0, 2]);
    expect(sortRows(ROWS, 'errors', 'descending', 'zh')).toEqual([0, 3, 1, 2]);
    expect(sortRows(ROWS, 'year', 'ascending', 'zh')).toEqual([1, 3, 0, 2]);
  });

  it('sorts Chinese names by pinyin (bing, jia, yi)', () => {
    expect(sortRows(ROWS, 'agency', 'ascending', 'zh')).toEqual([3, 1, 0, 2]);
  });

  it('sorts by status from the worst', () => {
    expect(sortRows(ROWS, 'status', 'descending', 'en')).toEqual([2, 0, 3, 1]);
  });

  it('sorts file names naturally', () => {
    const rows = ['f10.xlsx', 'f9.xlsx', 'f1.xlsx'].map((p) => row(p, '', null, 0, 'ok'));
    expect(sortRows(rows, 'path', 'ascending', 'en').map((i) => rows[i]!.path)).toEqual(['f1.xlsx', 'f9.xlsx', 'f10.xlsx']);
  });
});
