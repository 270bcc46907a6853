import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
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
  // Files by their real folder and name: a folder's real path is one string for all its files.
  const seen = new Map<string, Set<string>>();
  const keep = (path: string, named: boolean, folder: string, name: string) => {
    let names = seen.get(folder);
    if (!names) seen.set(folder, (names = new Set()));
    if (names.has(name)) return;
    names.add(name);
    files.push(path);
    if (!named) met.push(path);
  };
  // A file the walk met that is no link is known by its folder's real path and its name: no realpath,
  // no promise and no new string a file (a country's 100,000 cost 3.7 s of CPU and 70 MB of heap that way).
  const take = ({ path, folder, name }: Met, named = false): Promise<void> | undefined => {
    if (folder !== undefined) {
      keep(path, named, folder, name!);
      return undefined;
    }
    const absolute = resolve(cwd, path);
    return fs.realpath(absolute).then(
      (real) => keep(path, named, dirname(real), basename(real)),
      () => keep(path, named, dirname(absolute), basename(absolute)),
    );
  };
  const walked = new Set<string>();
  for (const arg of args) {
    const info = await fs.stat(resolve(cwd, arg)).catch(() => undefined);
    // picomatch is loaded only for an argument that names nothing: a pattern, or a file that is missing.
    const glob = info ? undefined : await import('./glob.js');
    if (info?.isDirectory()) {
      for (const file of await walk(fs, cwd, arg, walked, unreadable)) {
        if (!REPORT.test(file.path)) skipped.push(file.path);
        else await take(file);
      }
    } else if (glob?.hasGlob(arg)) {
      const pattern = arg.split(sep).join('/');
      const matches = glob.globMatcher(pattern);
      const base = glob.globBase(pattern);
      const found = (await walk(fs, cwd, base, walked, unreadable)).filter(({ path }) => matches(path.split(sep).join('/').replace(/^\.\//, '')));
      if (found.length === 0) unmatched.push(arg);
      for (const file of found) {
        if (!REPORT.test(file.path) && !REPORT.test(arg)) skipped.push(file.path);
        else await take(file);
      }
    } else {
      // A named file is always checked: if it is missing or not a workbook, the check says so.
      await take({ path: arg }, true);
    }
  }
  return { files, skipped, walked: met, unmatched, unreadable };
}

/** A file met in a folder: its path as the user would write it, and its real folder and name when the walk knows them (a file that is no link). */
interface Met {
  path: string;
  folder?: string;
  name?: string;
}

async function walk(fs: WalkFs, cwd: string, dir: string, walked: Set<string>, unreadable: Inputs['unreadable']): Promise<Met[]> {
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
  const out: Met[] = [];
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
    else if (kind === 'file') out.push(entry.isSymbolicLink() ? { path } : { path, folder: real, name: entry.name });
    else if (kind === 'missing' && REPORT.test(path)) out.push({ path });
  }
  return out;
}
