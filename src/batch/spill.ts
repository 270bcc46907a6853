import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Checked } from '../check.js';
import { digestOf, type Digest, type OutcomeSink, type Outcomes } from './outcomes.js';

export interface OutcomeStore extends Outcomes, OutcomeSink {
  /** Removes the temporary file, if one was needed. */
  close(): void;
}

/**
 * Serialized outcomes are held in memory up to this many bytes (a few hundred workbooks with their
 * values, a few thousand without); past it they go to a temporary file, so a country's batch
 * (100,000 files, 3 GB of outcomes with every value) needs no more memory than a county's.
 */
export const MEMORY_BUDGET_BYTES = 8 * 1024 * 1024;

/** An outcome store that holds `budget` bytes in memory and writes the rest to a temporary file it removes itself. */
export function spillingStore(length: number, budget = MEMORY_BUDGET_BYTES): OutcomeStore {
  const digests = new Array<Digest>(length);
  const held = new Array<Uint8Array | undefined>(length);
  const offsets = new Float64Array(length);
  const sizes = new Uint32Array(length);
  let heldBytes = 0;
  let file: { fd: number; dir: string; end: number } | undefined | null;

  const putSerialized = (index: number, digest: Digest, bytes: Uint8Array) => {
    digests[index] = digest;
    if (heldBytes + bytes.length <= budget || !spillFile()) {
      held[index] = bytes;
      heldBytes += bytes.length;
      return;
    }
    try {
      writeSync(file!.fd, bytes, 0, bytes.length, file!.end);
    } catch {
      // A full disk costs memory, not the batch.
      held[index] = bytes;
      heldBytes += bytes.length;
      return;
    }
    offsets[index] = file!.end;
    sizes[index] = bytes.length;
    file!.end += bytes.length;
  };

  /** The temporary file, opened when first needed; null when none can be made (the outcomes then stay in memory). */
  function spillFile() {
    if (file !== undefined) return file;
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
      file = { fd, dir, end: 0 };
    } catch {
      file = null;
    }
    return file;
  }

  return {
    length,
    put: (index, checked) => putSerialized(index, digestOf(checked), serialize(checked)),
    putSerialized,
    digest: (index) => digests[index]!,
    load(index) {
      const bytes = held[index];
      if (bytes) return deserialize(bytes) as Checked;
      const buffer = Buffer.allocUnsafe(sizes[index]!);
      for (let read = 0; read < buffer.length;) read += readSync(file!.fd, buffer, read, buffer.length - read, offsets[index]! + read);
      return deserialize(buffer) as Checked;
    },
    close() {
      if (!file) return;
      closeSync(file.fd);
      rmSync(file.dir, { recursive: true, force: true });
      file = null;
    },
  };
}
