import { Inflate, inflateSync } from 'fflate';
import type { InflateRaw } from './inflate.js';

// A module of its own, imported only where no inflate is passed in (a browser): fflate builds its
// tables when it loads, a few milliseconds of a command line's start that uses Node's zlib instead.

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
