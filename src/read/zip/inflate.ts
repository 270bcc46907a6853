import { entryData, type ZipEntry } from './directory.js';

/**
 * Raw deflate → bytes, refusing to produce more than `maxBytes` (the sizes a zip declares can lie,
 * so the cap, not the declaration, bounds memory). Returns 'too-large' past the cap; throws on
 * damaged data. Node passes its native zlib (src/node/inflate.ts), several times faster; the
 * portable one (portable-inflate.ts) runs anywhere, a browser included.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array | 'too-large';

export type Inflated = { ok: true; data: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large'; detail: string };

/** One entry's bytes, inflated with a hard cap on the output. */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, maxBytes: number, inflate: InflateRaw): Inflated {
  const raw = entryData(zip, entry);
  if (!raw) return { ok: false, reason: 'damaged', detail: `${entry.name}: its data lies outside the file` };
  if (entry.method === 0) return raw.length > maxBytes ? { ok: false, reason: 'too-large', detail: entry.name } : { ok: true, data: raw };
  if (entry.method !== 8) return { ok: false, reason: 'damaged', detail: `${entry.name}: compression method ${entry.method}` };
  try {
    const data = inflate(raw, maxBytes);
    if (data === 'too-large') return { ok: false, reason: 'too-large', detail: `${entry.name} inflates past ${maxBytes} bytes` };
    return { ok: true, data };
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: `${entry.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
