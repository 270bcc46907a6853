import { describe, expect, it } from 'vitest';
import { comparePaths, takeFiles, type Given } from '../../src/app/files.js';

const file = (path: string): Given<string> => ({ kind: 'file', path, file: path });
const folder = (...paths: string[]): Given<string> => ({ kind: 'folder', files: paths.map((p) => ({ path: p, file: p })) });

describe('the files the page checks, as the command line would', () => {
  it('checks every file chosen, whatever its name, in the order given', () => {
    expect(takeFiles([file('b.xlsx'), file('a.png'), file('~$c.xlsx')])).toEqual({ take: ['b.xlsx', 'a.png', '~$c.xlsx'].map((p) => ({ path: p, file: p })), skipped: [], walked: [] });
  });

  it('walks a folder in name order, passing over lock files, hidden files and annotated copies, and skipping what is not a report', () => {
    const { take, skipped, walked } = takeFiles([
      folder('各单位/乙局.xlsx', '各单位/甲局.docx', '各单位/b/2.txt', '各单位/a.png', '各单位/~$乙局.xlsx', '各单位/.git/x.xlsx', '各单位/乙局.校验.xlsx', '各单位/b/1.html', '各单位/B.pdf'),
    ]);
    expect(take.map((t) => t.path)).toEqual(['各单位/B.pdf', '各单位/b/1.html', '各单位/b/2.txt', '各单位/乙局.xlsx', '各单位/甲局.docx']);
    expect(skipped).toEqual(['各单位/a.png']);
    // What came from the folder, so that a file in it that proves to be no report is passed over, as on the command line.
    expect(walked).toEqual(take.map((t) => t.path));
  });

  it('takes each path once, a folder in the place it was given', () => {
    const { take, walked } = takeFiles([file('z.xlsx'), folder('d/b.xlsx', 'd/a.xlsx', 'z.xlsx'), file('z.xlsx')]);
    expect(take.map((t) => t.path)).toEqual(['z.xlsx', 'd/a.xlsx', 'd/b.xlsx']);
    // Chosen on its own first, it stays a file named one by one.
    expect(walked).toEqual(['d/a.xlsx', 'd/b.xlsx']);
  });

  it('orders paths as a walk sorting each folder by name meets them (UTF-16 order, as Node sorts names)', () => {
    const paths = ['a/b/c', 'a/b.txt', 'a/B', 'a/b/a', 'a0'];
    expect([...paths].sort(comparePaths)).toEqual(['a/B', 'a/b/a', 'a/b/c', 'a/b.txt', 'a0']);
  });
});
