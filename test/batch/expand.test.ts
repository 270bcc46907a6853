import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/batch/expand.js';
import { globToRegExp } from '../../src/batch/glob.js';
import { tempDir } from '../support/temp.js';

function tree(files: string[]): string {
  const dir = tempDir('expand');
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return dir;
}

describe('glob patterns', () => {
  it.each([
    ['*.xlsx', 'a.xlsx', true],
    ['*.xlsx', 'sub/a.xlsx', false],
    ['**/*.xlsx', 'sub/deeper/a.xlsx', true],
    ['**/*.xlsx', 'a.xlsx', true],
    ['reports/20?4/*.xlsx', 'reports/2024/甲局.xlsx', true],
    ['reports/{2023,2024}/*.xlsx', 'reports/2023/a.xlsx', true],
    ['reports/[ab]*.xlsx', 'reports/c.xlsx', false],
    ['a.b.xlsx', 'aXb.xlsx', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('arguments to files', () => {
  const cwd = tree([
    '区县/甲局.xlsx',
    '区县/乙局.XLSX',
    '区县/戊局.docx',
    '区县/己局.html',
    '区县/庚局.txt',
    '区县/封面.png',
    '区县/~$甲局.xlsx',
    '区县/.hidden.xlsx',
    '区县/下级/丙局.xls',
    '区县/下级/丁局.ods',
    'top.xlsx',
  ]);

  it('walks a folder recursively, in name order, taking the files reports come in and counting what it skips', async () => {
    const inputs = await expandInputs(['区县'], cwd);
    expect(inputs.files).toEqual([
      join('区县', '下级', '丁局.ods'),
      join('区县', '下级', '丙局.xls'),
      join('区县', '乙局.XLSX'),
      join('区县', '己局.html'),
      join('区县', '庚局.txt'),
      join('区县', '戊局.docx'),
      join('区县', '甲局.xlsx'),
    ]);
    expect(inputs.skipped).toEqual([join('区县', '封面.png')]);
  });

  it('expands patterns, keeps files as named, and lists each file once', async () => {
    const inputs = await expandInputs(['**/*.xlsx', 'top.xlsx', 'missing.xlsx'], cwd);
    expect(inputs.files).toEqual(['top.xlsx', join('区县', '甲局.xlsx'), 'missing.xlsx']);
  });

  it('says which patterns matched nothing', async () => {
    expect((await expandInputs(['nothing/*.xlsx'], cwd)).unmatched).toEqual(['nothing/*.xlsx']);
  });
});
