import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes a file whole or not at all: a temporary file beside it, renamed over it when complete. */
export async function writeFileAtomic(path: string, data: string | Buffer | Iterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temporary, 'w');
    try {
      if (typeof data === 'string' || Buffer.isBuffer(data)) await file.writeFile(data);
      else for (const piece of data) await file.write(piece);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
