import { Inflate, inflateSync } from 'fflate';
import { entryData, type ZipEntry } from './directory.js';

/**
 * Raw deflate → bytes, refusing to produce more than `maxBytes` (the sizes a zip declares can lie,
 * so the cap, not the declaration, bounds memory). Returns 'too-large' past the cap; throws on
 * damaged data. Node passes its native zlib (src/node/inflate.ts), several times faster; the
 * portable one below runs anywhere, a browser included.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array | 'too-large';

/** Small parts inflate in one call; a part that might grow past this streams, so a bomb stops at the cap. */
const ONE_CALL_INPUT = 64 * 1024;
const ONE_CALL_OUTPUT = 4 * 1024 * 1024;

export const portableInflate: InflateRaw = (data, maxBytes) => {
  if (data.length <= ONE_CALL_INPUT && maxBytes <= ONE_CALL_OUTPUT) {
    const out = new Uint8Array(maxBytes + 1);
    // fflate stops where the buffer ends, so a part larger than the cap is seen by the extra byte.
    const inflated = inflateSync(data, { out });
    return inflated.length > maxBytes ? 'too-large' : inflated.slice();
  }
  return inflateStreaming(data, maxBytes);
};

function inflateStreaming(data: Uint8Array, maxBytes: number): Uint8Array | 'too-large' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    if (tooLarge) return;
    size += chunk.length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  });
  const STEP = 16 * 1024;
  for (let at = 0; at < data.length && !tooLarge; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  if (tooLarge) return 'too-large';
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export type Inflated = { ok: true; data: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large'; detail: string };

/** One entry's bytes, inflated with a hard cap on the output. */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, maxBytes: number, inflate: InflateRaw = portableInflate): Inflated {
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
