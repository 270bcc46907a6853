import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/batch/expand.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { exitCodeOf } from '../../src/result.js';
import { cli } from '../support/cli.js';
import { fixture } from '../support/fixtures.js';
import { globMatcher } from '../../src/batch/glob.js';
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
    expect(globMatcher(pattern)(path)).toBe(expected);
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

describe('links and folders that cannot be read', () => {
  it('follows links to files and folders, takes each real file once, and goes round a loop only once', async () => {
    const cwd = tree(['d/a.xlsx', 'other/b.xlsx', 'other/deeper/c.docx']);
    symlinkSync(join(cwd, 'other', 'b.xlsx'), join(cwd, 'd', 'link.xlsx'));
    symlinkSync(join(cwd, 'other'), join(cwd, 'd', 'linked-folder'));
    symlinkSync(join(cwd, 'd'), join(cwd, 'other', 'deeper', 'back-up'));
    symlinkSync(join(cwd, 'nowhere.xlsx'), join(cwd, 'd', 'dangling.xlsx'));
    symlinkSync(join(cwd, 'nowhere.png'), join(cwd, 'd', 'dangling.png'));
    const inputs = await expandInputs(['d'], cwd);
    expect(inputs.files).toEqual([join('d', 'a.xlsx'), join('d', 'dangling.xlsx'), join('d', 'link.xlsx'), join('d', 'linked-folder', 'deeper', 'c.docx')]);
    expect(inputs.unreadable).toEqual([]);
  });

  it('reports a folder it cannot list, and the batch counts it as not checked (exit 2)', async () => {
    const cwd = tree(['d/a.xlsx', 'd/secret/b.xlsx']);
    const fs = {
      readdir: async (path: string) => {
        if (path.endsWith('secret')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return readdir(path, { withFileTypes: true });
      },
      stat,
      realpath,
    };
    const inputs = await expandInputs(['d'], cwd, fs);
    expect(inputs).toMatchObject({ files: [join('d', 'a.xlsx')], unreadable: [{ path: join('d', 'secret'), code: 'EACCES' }] });
    const { results } = await runBatch([], { cwd, check: {}, unreadable: inputs.unreadable });
    expect(results).toEqual([{ path: join('d', 'secret'), findings: [], problem: { code: 'DIR_UNREADABLE', detail: 'EACCES' } }]);
    expect(exitCodeOf(results)).toBe(2);
  });

  it('checks a linked workbook beside a copied one (it said 共 1 个文件)', async () => {
    const cwd = tree([]);
    mkdirSync(join(cwd, 'd2'));
    symlinkSync(fixture('clean-2021.xlsx'), join(cwd, 'd2', 'link.xlsx'));
    copyFileSync(fixture('clean-2019.xlsx'), join(cwd, 'd2', 'clean-2019.xlsx'));
    const run = await cli(['d2'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('共 2 个文件：未发现问题。');
  });
});
