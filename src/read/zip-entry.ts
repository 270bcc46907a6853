import { inflateRawSync } from 'node:zlib';
import { entryData, type ZipEntry } from './zip-directory.js';

export type Inflated = { ok: true; data: Buffer } | { ok: false; reason: 'damaged' | 'too-large'; detail: string };

/**
 * One entry's bytes, inflated with a hard cap on the output: the sizes a zip declares can lie, so
 * the cap, not the declaration, is what bounds memory.
 */
export function inflateEntry(zip: Buffer, entry: ZipEntry, maxBytes: number): Inflated {
  const raw = entryData(zip, entry);
  if (!raw) return { ok: false, reason: 'damaged', detail: `${entry.name}: its data lies outside the file` };
  if (entry.method === 0) return raw.length > maxBytes ? { ok: false, reason: 'too-large', detail: entry.name } : { ok: true, data: raw };
  if (entry.method !== 8) return { ok: false, reason: 'damaged', detail: `${entry.name}: compression method ${entry.method}` };
  try {
    return { ok: true, data: inflateRawSync(raw, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large', detail: `${entry.name} inflates past ${maxBytes} bytes` };
    return { ok: false, reason: 'damaged', detail: `${entry.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
