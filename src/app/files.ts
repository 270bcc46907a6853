import { IGNORED_NAME, REPORT_NAME } from '../batch/names.js';

/** What the page was given in one go, in order: a file chosen or dropped, or a folder with every file under it. */
export type Given<F> = { kind: 'file'; path: string; file: F } | { kind: 'folder'; files: { path: string; file: F }[] };

/**
 * What the command line would check of the same files and folders, named as it names them: a file
 * given is always checked; in a folder, hidden files, Excel's lock files and annotated copies are
 * passed over without a word, files that are not reports are skipped and counted, and the rest are
 * taken in the order a walk of the folder meets them (each folder's entries by name). Each path once.
 * `walked` names the files taken from folders: one that proves to be no report is passed over later.
 */
export function takeFiles<F>(given: readonly Given<F>[]): { take: { path: string; file: F }[]; skipped: string[]; walked: string[] } {
  const seen = new Set<string>();
  const take: { path: string; file: F }[] = [];
  const skipped: string[] = [];
  const walked: string[] = [];
  const add = (entry: { path: string; file: F }) => {
    if (seen.has(entry.path)) return;
    seen.add(entry.path);
    take.push(entry);
  };
  for (const g of given) {
    if (g.kind === 'file') {
      add({ path: g.path, file: g.file });
      continue;
    }
    const inFolder = g.files.filter((f) => !f.path.split('/').some((part) => IGNORED_NAME.test(part))).sort((a, b) => comparePaths(a.path, b.path));
    for (const f of inFolder) {
      if (!REPORT_NAME.test(f.path)) skipped.push(f.path);
      else if (!seen.has(f.path)) {
        add(f);
        walked.push(f.path);
      }
    }
  }
  return { take, skipped, walked };
}

/** Paths in the order a recursive walk that sorts each folder's names meets them. */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}
