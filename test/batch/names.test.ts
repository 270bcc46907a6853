import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseName, fileStem, IGNORED_NAME, REPORT_NAME } from '../../src/batch/names.js';

const PATHS = ['甲局-2021.xlsx', 'x/甲局-2021.xlsx', 'a/b/c.tar.gz', 'dir/.hidden', 'dir/noext', 'a.', '..x', 'dir/年报.XLSX', 'dir/sub/'];

describe('file names without node:path', () => {
  it('takes the last part and the stem as node:path does for "/" paths', () => {
    for (const path of PATHS) {
      expect(baseName(path), path).toBe(posix.basename(path));
      expect(fileStem(path), path).toBe(posix.basename(path, posix.extname(path)));
    }
  });

  it('and as Windows does for "\\" paths', () => {
    for (const path of PATHS.map((p) => p.replace(/\//g, '\\'))) {
      expect(baseName(path), path).toBe(win32.basename(path));
      expect(fileStem(path), path).toBe(win32.basename(path, win32.extname(path)));
    }
  });

  it('tells reports from other files in a folder', () => {
    expect(['a.xlsx', 'b.DOCX', 'c.htm', 'd.html', 'e.txt', 'f.pdf', 'g.xls'].every((n) => REPORT_NAME.test(n))).toBe(true);
    expect(['a.png', 'b.zip', 'c.csv'].some((n) => REPORT_NAME.test(n))).toBe(false);
    expect(['~$a.xlsx', '.DS_Store', 'a.校验.xlsx'].every((n) => IGNORED_NAME.test(n))).toBe(true);
  });
});
