import { rmSync } from 'node:fs';
import { access, open, rename, rm } from 'node:fs/promises';
import type { Lang } from '../spec/text.js';
import { basename, dirname, join } from 'node:path';
import { cliMessage } from './messages.js';

/** Temporary files being written now: an interrupted run removes them (removeUnfinishedFiles). */
const unfinished = new Set<string>();

/** Writes a file whole or not at all: a temporary file beside it, renamed over it when complete. */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  // node:crypto loaded when a file is written, not at every start (2 ms of it).
  const { randomBytes } = await import('node:crypto');
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  unfinished.add(temporary);
  try {
    const file = await open(temporary, 'w');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await file.writeFile(data);
      else for (const piece of data) await file.write(piece);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    unfinished.delete(temporary);
  }
}

/** Removes the temporary files of writes still under way; synchronous, for a signal handler. */
export function removeUnfinishedFiles(): void {
  for (const temporary of unfinished) rmSync(temporary, { force: true });
  unfinished.clear();
}

/** The sentence refusing to write over an existing file without --force, or undefined when the path is free. */
export async function refuseOverwrite(path: string, shown: string, force: boolean | undefined, lang: Lang): Promise<string | undefined> {
  if (
    force ||
    !(await access(path).then(
      () => true,
      () => false,
    ))
  )
    return undefined;
  return cliMessage('outputExists', lang, { file: shown });
}
