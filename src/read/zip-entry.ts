import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-directory.js';

const LOCAL_SIGNATURE = 0x04034b50;

export type Inflated = { ok: true; data: Buffer } | { ok: false; reason: 'damaged' | 'too-large'; detail: string };

/**
 * One entry's bytes, inflated with a hard cap on the output: the sizes a zip declares can lie, so
 * the cap, not the declaration, is what bounds memory.
 */
export function inflateEntry(zip: Buffer, entry: ZipEntry, maxBytes: number): Inflated {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) return { ok: false, reason: 'damaged', detail: `${entry.name}: no local header` };
  if (entry.flags & 0x1) return { ok: false, reason: 'damaged', detail: `${entry.name}: encrypted entry` };
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) return { ok: false, reason: 'damaged', detail: `${entry.name}: truncated` };
  const raw = zip.subarray(start, end);
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
