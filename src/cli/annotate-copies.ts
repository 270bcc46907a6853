import { mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { defaultLimits } from '../read/limits.js';
import { sniff } from '../read/sniff.js';
import type { Lang } from '../spec/text.js';
import { annotatedName, droppedNote } from '../report/annotate/index.js';
import { printable } from '../width/printable.js';
import type { CliIo } from './io.js';
import { cliMessage } from './messages.js';
import { writeFileAtomic } from './write-file.js';

export { annotatedName };

/** Where each input's copy goes, as the user will read it: in DIR, or beside the input. */
export type CopyPlan = Map<string, string>;

/**
 * The copy's path for every input, or the one sentence saying why the run must not start: DIR is
 * a file, a copy would land on an input (`x.xlsx` and `x.校验.xlsx` checked together), or two
 * inputs' copies would land on one file. Decided before anything is checked or written. In DIR the
 * input folders are mirrored below the folder they all share, so `各单位/财政局/年报.xlsx` and
 * `各单位/教育局/年报.xlsx` get `DIR/财政局/年报.校验.xlsx` and `DIR/教育局/年报.校验.xlsx`. DIR and its
 * subfolders are made as the copies are written.
 */
export async function planCopies(files: readonly string[], dir: string | undefined, cwd: string, lang: Lang): Promise<{ plan: CopyPlan } | { refusal: string }> {
  if (dir !== undefined && (await exists(resolve(cwd, dir))) && !(await isDirectory(resolve(cwd, dir)))) {
    return { refusal: cliMessage('annotateDirIsFile', lang, { dir }) };
  }
  const shared = sharedFolder(files.map((f) => dirname(resolve(cwd, f))));
  const plan: CopyPlan = new Map();
  const inputs = new Map<string, string>();
  for (const file of files) inputs.set(await canonical(resolve(cwd, file)), file);
  const outputs = new Map<string, string>();
  for (const file of files) {
    const shown = join(dir === undefined ? dirname(file) : join(dir, relative(shared, dirname(resolve(cwd, file)))), annotatedName(file));
    const target = await canonical(resolve(cwd, shown));
    const input = inputs.get(target);
    if (input !== undefined) {
      return { refusal: cliMessage('copyIsInput', lang, { file, copy: shown, input }) };
    }
    const other = outputs.get(target);
    if (other !== undefined && (await canonical(resolve(cwd, other))) !== (await canonical(resolve(cwd, file)))) {
      return { refusal: cliMessage('copiesCollide', lang, { other, file, copy: shown }) };
    }
    outputs.set(target, file);
    plan.set(file, shown);
  }
  return { plan };
}

/** The real path (links resolved) of a file, or of its folder when the file does not exist yet. Case is kept: Linux compares names exactly. */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/** The deepest folder that holds every one of the given folders. */
function sharedFolder(folders: readonly string[]): string {
  const split = folders.map((f) => f.split(sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Makes the annotated copy of a workbook from its findings (as presented, for the command line). */
export type Annotate<F> = (original: Uint8Array, findings: readonly F[], lang: Lang) => Promise<{ bytes: Uint8Array; dropped: string[] }>;

/**
 * Writes the copy of every checked workbook that has findings (or of every one, with `all`), each
 * whole or not at all, and says so on stderr, one line per copy. A file that is not an .xlsx (a Word
 * document, a web page, an .xls checked through --convert) gets no copy and a sentence pointing to
 * the HTML page instead. Returns 2 when a copy could not be made, else 0.
 */
export async function writeCopies<F>(
  results: Iterable<{ path: string; problem?: unknown; findings: readonly F[] }>,
  plan: CopyPlan,
  options: { all: boolean; lang: Lang; annotate: Annotate<F> },
  io: CliIo,
): Promise<0 | 2> {
  const { lang } = options;
  // Names shown with their control characters escaped.
  const say = (text: string) => io.stderr(`${printable(text)}\n`);
  let code: 0 | 2 = 0;
  for (const result of results) {
    const shown = plan.get(result.path);
    if (result.problem || shown === undefined || (result.findings.length === 0 && !options.all)) continue;
    try {
      const original = await readFile(resolve(io.cwd, result.path));
      const sniffed = sniff(original, defaultLimits);
      if (!sniffed.ok && ['FILE_LEGACY_XLS', 'FILE_ODS'].includes(sniffed.problem.code)) {
        // Checked through --convert: the copy would have to be of the converted workbook, not of the file the agency has.
        say(cliMessage('copyOfConverted', lang, { file: result.path }));
        continue;
      }
      if (!sniffed.ok || sniffed.value.format !== 'xlsx') {
        say(cliMessage('copyNotXlsx', lang, { file: result.path }));
        continue;
      }
      const copy = await options.annotate(original, result.findings, lang);
      await mkdir(dirname(resolve(io.cwd, shown)), { recursive: true });
      await writeFileAtomic(resolve(io.cwd, shown), copy.bytes);
      say(cliMessage('copyWritten', lang, { copy: shown }));
      if (copy.dropped.length > 0) say(`xxgk-check: ${droppedNote(shown, copy.dropped, lang)}`);
    } catch (error) {
      const system = (error as NodeJS.ErrnoException).code;
      if (system) {
        say(cliMessage('copyUnwritable', lang, { copy: shown, reason: system }));
      } else {
        // The workbook library failed on this file: one sentence, its own words only when debugging.
        say(cliMessage('copyImpossible', lang, { file: result.path }));
        if (io.env.XXGK_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? error.message}\n`);
      }
      code = 2;
    }
  }
  return code;
}
