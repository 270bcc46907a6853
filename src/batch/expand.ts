import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { globBase, globToRegExp, hasGlob } from './glob.js';
import { IGNORED_NAME as IGNORED, REPORT_NAME as REPORT } from './names.js';

export interface Inputs {
  /** Files to check, as the user would write them, in a stable order. */
  files: string[];
  /** Files met in directories or by patterns that are not reports (pictures, archives …). */
  skipped: string[];
  /** Arguments that named nothing. */
  unmatched: string[];
}

/**
 * Arguments → files: a file as given; a directory walked recursively, sorted by name; a glob pattern
 * matched under its base. Each file once, in the order first met.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Inputs> {
  const files: string[] = [];
  const skipped: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const take = (path: string) => {
    const key = resolve(cwd, path);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(path);
    }
  };
  for (const arg of args) {
    const info = await stat(resolve(cwd, arg)).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await walk(cwd, arg);
      for (const path of found) (REPORT.test(path) ? take : (p: string) => skipped.push(p))(path);
    } else if (!info && hasGlob(arg)) {
      const pattern = arg.split(sep).join('/');
      const matcher = globToRegExp(pattern.replace(/^\.\//, ''));
      const base = globBase(pattern);
      const found = (await walk(cwd, base)).filter((p) => matcher.test(p.split(sep).join('/').replace(/^\.\//, '')));
      if (found.length === 0) unmatched.push(arg);
      for (const path of found) (REPORT.test(path) || REPORT.test(arg) ? take : (p: string) => skipped.push(p))(path);
    } else {
      // A named file is always checked: if it is missing or not a workbook, the check says so.
      take(arg);
    }
  }
  return { files, skipped, unmatched };
}

async function walk(cwd: string, dir: string): Promise<string[]> {
  const entries = await readdir(resolve(cwd, dir), { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (IGNORED.test(entry.name)) continue;
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(cwd, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

