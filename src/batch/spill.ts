import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Checked } from '../check.js';
import { digestOf, type Digest, type OutcomeSink, type Outcomes, type SpillFile } from './outcomes.js';

export interface OutcomeStore extends Outcomes, OutcomeSink {
  /** Removes the temporary files, if any were needed. */
  close(): void;
}

/**
 * Serialized outcomes are held in memory up to this many bytes (a few hundred workbooks with their
 * values, a few thousand without); past it they go to a temporary file, so a country's batch
 * (100,000 files, 3 GB of outcomes with every value) needs no more memory than a county's.
 */
export const MEMORY_BUDGET_BYTES = 8 * 1024 * 1024;

/**
 * An outcome store that holds `budget` bytes in memory and writes the rest to a temporary file it
 * removes itself. Workers are given temporary files of their own (`spillFile`), so that the bytes
 * of their outcomes never come to this thread.
 */
export function spillingStore(length: number, budget = MEMORY_BUDGET_BYTES): OutcomeStore {
  const digests = new Array<Digest>(length);
  const held = new Array<Uint8Array | undefined>(length);
  // Where each outcome not held is: which of the files, at what offset, how many bytes.
  const fileOf = new Uint16Array(length);
  const offsets = new Float64Array(length);
  const sizes = new Uint32Array(length);
  const files: TempFile[] = [];
  let heldBytes = 0;
  /** This thread's own file, opened when first needed; null when none can be made (the outcomes then stay in memory). */
  let own: { id: number; end: number } | undefined | null;

  const hold = (index: number, bytes: Uint8Array) => {
    held[index] = bytes;
    heldBytes += bytes.length;
  };
  const putWritten = (index: number, digest: Digest, file: number, offset: number, size: number) => {
    digests[index] = digest;
    fileOf[index] = file;
    offsets[index] = offset;
    sizes[index] = size;
  };
  const putSerialized = (index: number, digest: Digest, bytes: Uint8Array) => {
    digests[index] = digest;
    if (heldBytes + bytes.length <= budget || !ownFile()) return hold(index, bytes);
    // A full disk costs memory, not the batch.
    if (!writeAll(files[own!.id]!.fd, bytes, own!.end)) return hold(index, bytes);
    putWritten(index, digest, own!.id, own!.end, bytes.length);
    own!.end += bytes.length;
  };
  const newFile = (): SpillFile | undefined => {
    const file = openTempFile();
    if (!file) return undefined;
    files.push(file);
    return { id: files.length - 1, fd: file.fd };
  };
  const ownFile = () => {
    if (own === undefined) {
      const file = newFile();
      own = file ? { id: file.id, end: 0 } : null;
    }
    return own;
  };

  return {
    length,
    put: (index, checked) => putSerialized(index, digestOf(checked), serialize(checked)),
    putSerialized,
    spillFile: newFile,
    putWritten: (index, digest, { file, offset, size }) => putWritten(index, digest, file, offset, size),
    digest: (index) => digests[index]!,
    load(index) {
      const bytes = held[index];
      if (bytes) return deserialize(bytes) as Checked;
      const buffer = Buffer.allocUnsafe(sizes[index]!);
      const fd = files[fileOf[index]!]!.fd;
      for (let read = 0; read < buffer.length;) read += readSync(fd, buffer, read, buffer.length - read, offsets[index]! + read);
      return deserialize(buffer) as Checked;
    },
    close() {
      for (const file of files.splice(0)) {
        closeSync(file.fd);
        rmSync(file.dir, { recursive: true, force: true });
      }
      own = null;
    },
  };
}

/** Writes all of `bytes` at `position`; false when it cannot (a full disk). A worker writes its outcomes with it too. */
export function writeAll(fd: number, bytes: Uint8Array, position: number): boolean {
  try {
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
    return true;
  } catch {
    return false;
  }
}

interface TempFile {
  fd: number;
  dir: string;
}

/** A temporary file for outcomes, open for reading and writing; undefined when none can be made. */
function openTempFile(): TempFile | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), `xxgk-check-${process.pid}-`));
    const path = join(dir, 'outcomes');
    const fd = openSync(path, 'w+', 0o600);
    // Unlinked while open: the file goes with the process however it ends, a kill included.
    try {
      unlinkSync(path);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed in close() where the system keeps an open file's name.
    }
    return { fd, dir };
  } catch {
    return undefined;
  }
}
