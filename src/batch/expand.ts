import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { IGNORED_NAME as IGNORED, REPORT_NAME as REPORT } from './names.js';

export interface Inputs {
  /** Files to check, as the user would write them, in a stable order. */
  files: string[];
  /** Files met in directories or by patterns that are not reports (pictures, archives …). */
  skipped: string[];
  /** The files among `files` met in directories or by patterns rather than named: one that proves to be no report is passed over, as `skipped` are. */
  walked: string[];
  /** Arguments that named nothing. */
  unmatched: string[];
  /** Folders that could not be listed (no permission …), with the system's code: their files were not checked. */
  unreadable: { path: string; code: string }[];
}

/** What the walk asks of the file system; tests give their own to make a folder unreadable (root reads everything). */
export interface WalkFs {
  readdir: (path: string) => Promise<Dirent[]>;
  stat: typeof stat;
  realpath: typeof realpath;
}

const NODE_FS: WalkFs = { readdir: (path) => readdir(path, { withFileTypes: true }), stat, realpath };

/**
 * Arguments → files: a file as given; a directory walked recursively, sorted by name, following
 * symbolic links to files and folders (a folder met again, as through a link back up, is not walked
 * again); a glob pattern matched under its base. Each file once, by its real path, in the order
 * first met. A link to nothing with a report's name is kept, so that the check says it is missing.
 */
export async function expandInputs(args: readonly string[], cwd: string, fs: WalkFs = NODE_FS): Promise<Inputs> {
  const files: string[] = [];
  const skipped: string[] = [];
  const met: string[] = [];
  const unmatched: string[] = [];
  const unreadable: Inputs['unreadable'] = [];
  const seen = new Set<string>();
  const take = async (path: string, named = false) => {
    const absolute = resolve(cwd, path);
    const key = await fs.realpath(absolute).catch(() => absolute);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(path);
      if (!named) met.push(path);
    }
  };
  const walked = new Set<string>();
  for (const arg of args) {
    const info = await fs.stat(resolve(cwd, arg)).catch(() => undefined);
    // picomatch is loaded only for an argument that names nothing: a pattern, or a file that is missing.
    const glob = info ? undefined : await import('./glob.js');
    if (info?.isDirectory()) {
      for (const path of await walk(fs, cwd, arg, walked, unreadable)) {
        if (REPORT.test(path)) await take(path);
        else skipped.push(path);
      }
    } else if (glob?.hasGlob(arg)) {
      const pattern = arg.split(sep).join('/');
      const matches = glob.globMatcher(pattern);
      const base = glob.globBase(pattern);
      const found = (await walk(fs, cwd, base, walked, unreadable)).filter((p) => matches(p.split(sep).join('/').replace(/^\.\//, '')));
      if (found.length === 0) unmatched.push(arg);
      for (const path of found) {
        if (REPORT.test(path) || REPORT.test(arg)) await take(path);
        else skipped.push(path);
      }
    } else {
      // A named file is always checked: if it is missing or not a workbook, the check says so.
      await take(arg, true);
    }
  }
  return { files, skipped, walked: met, unmatched, unreadable };
}

async function walk(fs: WalkFs, cwd: string, dir: string, walked: Set<string>, unreadable: Inputs['unreadable']): Promise<string[]> {
  const absolute = resolve(cwd, dir);
  const real = await fs.realpath(absolute).catch(() => absolute);
  if (walked.has(real)) return [];
  walked.add(real);
  let entries: Dirent[];
  try {
    entries = await fs.readdir(absolute);
  } catch (error) {
    unreadable.push({ path: dir, code: (error as NodeJS.ErrnoException).code ?? String(error) });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (IGNORED.test(entry.name)) continue;
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    let kind: 'dir' | 'file' | 'missing' | undefined = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(resolve(cwd, path)).catch(() => undefined);
      kind = !target ? 'missing' : target.isDirectory() ? 'dir' : target.isFile() ? 'file' : undefined;
    }
    // One by one: a folder may hold more files than a call may take as arguments.
    if (kind === 'dir') for (const inner of await walk(fs, cwd, path, walked, unreadable)) out.push(inner);
    else if (kind === 'file' || (kind === 'missing' && REPORT.test(path))) out.push(path);
  }
  return out;
}
