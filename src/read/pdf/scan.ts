import { indexOfBytes, startsWith } from '../bytes.js';
import type { ReadLimits } from '../limits.js';
import type { LimitBreach } from '../problem.js';
import type { InflateRaw } from '../zip/inflate.js';

/**
 * A pass over a PDF's raw bytes before PDF.js sees it, for what PDF.js would not refuse by itself:
 * more objects than a report has, objects nested deeper than any writer nests them (PDF.js parses
 * nesting by recursion), and compressed streams that inflate past the limits (PDF.js inflates a
 * stream whole, uncapped). Each Flate stream is inflated here with a cap (the inflater stops at
 * the cap, so a 2 GiB bomb costs the cap, not 2 GiB), and object streams are scanned inside.
 *
 * Streams of an encrypted file cannot be inflated without its key; they are passed over (a
 * protected report is read by PDF.js under the time limit and, in a batch, the worker's heap cap).
 */
export interface PdfScan {
  objects: number;
  encrypted: boolean;
}

export function scanPdf(bytes: Uint8Array, limits: ReadLimits, inflate: InflateRaw): { ok: true; value: PdfScan } | { ok: false; breach: LimitBreach } {
  const state: ScanState = { objects: 0, inflated: 0, encrypted: false, limits, inflate };
  const breach = scanBody(bytes, state, true);
  if (breach) return { ok: false, breach };
  return { ok: true, value: { objects: state.objects, encrypted: state.encrypted } };
}

interface ScanState {
  objects: number;
  inflated: number;
  encrypted: boolean;
  limits: ReadLimits;
  inflate: InflateRaw;
}

const LT = 0x3c;
const GT = 0x3e;
const LB = 0x5b;
const RB = 0x5d;
const LP = 0x28;
const RP = 0x29;
const PERCENT = 0x25;
const BACKSLASH = 0x5c;
const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // stream
const ENDSTREAM = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // endstream
const OBJ = [0x6f, 0x62, 0x6a]; // obj

/**
 * Walks tokens that matter for nesting, skipping strings, comments and stream data. `top` is the
 * file itself (objects and streams are counted there); an object stream's inside is walked with
 * `top` false.
 */
function scanBody(bytes: Uint8Array, state: ScanState, top: boolean): LimitBreach | undefined {
  const { limits } = state;
  let depth = 0;
  /** Where the dictionary now open at depth 1 started, for a stream's dictionary. */
  let dictStart = -1;
  let lastDict: [number, number] | undefined;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c === PERCENT) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    if (c === LP) {
      i = skipString(bytes, i);
      continue;
    }
    if (c === LT) {
      if (bytes[i + 1] === LT) {
        if (depth === 0) dictStart = i;
        if (++depth > limits.maxDepth) return { what: 'depth', limit: limits.maxDepth };
        i += 2;
        continue;
      }
      while (i < n && bytes[i] !== GT) i++; // a hex string
      i++;
      continue;
    }
    if (c === GT && bytes[i + 1] === GT) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && dictStart >= 0) lastDict = [dictStart, i + 2];
      i += 2;
      continue;
    }
    if (c === LB) {
      if (++depth > limits.maxDepth) return { what: 'depth', limit: limits.maxDepth };
      i++;
      continue;
    }
    if (c === RB) {
      depth = Math.max(0, depth - 1);
      i++;
      continue;
    }
    if (top && c === 0x6f && startsWith(bytes, OBJ, i) && isDelimited(bytes, i, OBJ.length)) {
      if (++state.objects > limits.maxObjects) return { what: 'objects', limit: limits.maxObjects };
      depth = 0;
      i += OBJ.length;
      continue;
    }
    if (top && c === 0x2f && startsWith(bytes, [0x45, 0x6e, 0x63, 0x72, 0x79, 0x70, 0x74], i + 1) && !isRegular(bytes[i + 8])) {
      state.encrypted = true; // /Encrypt in a trailer
    }
    if (top && c === 0x73 && startsWith(bytes, STREAM, i) && isDelimited(bytes, i, STREAM.length)) {
      const dict = lastDict && lastDict[1] <= i ? latin1(bytes, lastDict[0], lastDict[1]) : '';
      const next = streamData(bytes, i + STREAM.length, dict);
      const breach = checkStream(next.data, dict, state);
      if (breach) return breach;
      depth = 0;
      lastDict = undefined;
      i = next.end;
      continue;
    }
    i++;
  }
  return undefined;
}

function skipString(bytes: Uint8Array, start: number): number {
  let level = 0;
  let i = start;
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c === BACKSLASH) i += 2;
    else {
      if (c === LP) level++;
      else if (c === RP && --level === 0) return i + 1;
      i++;
    }
  }
  return i;
}

/** A stream's data: after the keyword's end of line, for its /Length when that is direct and ends at endstream, else up to endstream. */
function streamData(bytes: Uint8Array, afterKeyword: number, dict: string): { data: Uint8Array; end: number } {
  let start = afterKeyword;
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (length) {
    const end = start + Number(length[1]);
    let after = end;
    while (after < bytes.length && (bytes[after] === 0x0d || bytes[after] === 0x0a || bytes[after] === 0x20)) after++;
    if (end <= bytes.length && startsWith(bytes, ENDSTREAM, after)) return { data: bytes.subarray(start, end), end: after + ENDSTREAM.length };
  }
  const at = indexOfBytes(bytes, ENDSTREAM, start);
  const end = at < 0 ? bytes.length : at;
  return { data: bytes.subarray(start, end), end: at < 0 ? bytes.length : at + ENDSTREAM.length };
}

/** Inflates a Flate stream with the caps left; an object stream is counted and walked inside. */
function checkStream(data: Uint8Array, dict: string, state: ScanState): LimitBreach | undefined {
  const filter = /\/Filter\s*(?:\[\s*)?\/(\w+)/.exec(dict)?.[1];
  if (filter !== 'FlateDecode' && filter !== 'Fl') return undefined;
  if (state.encrypted) return undefined;
  const { limits } = state;
  // A picture is never decoded here (no report's numbers are in one), so it does not count towards
  // the total: a scan's pages may inflate to hundreds of megabytes between them. Each is still capped.
  const image = /\/Subtype\s*\/Image\b/.test(dict);
  const cap = image ? limits.maxEntryBytes : Math.min(limits.maxEntryBytes, limits.maxTotalBytes - state.inflated);
  let out: Uint8Array | 'too-large';
  try {
    out = state.inflate(zlibBody(data), Math.max(0, cap));
  } catch {
    return undefined; // damaged or truncated: PDF.js reads what it can, no more than what is there
  }
  if (out === 'too-large') {
    return cap < limits.maxEntryBytes ? { what: 'totalBytes', limit: limits.maxTotalBytes } : { what: 'streamBytes', limit: limits.maxEntryBytes };
  }
  if (!image) state.inflated += out.length;
  if (/\/Type\s*\/ObjStm/.test(dict)) {
    const count = Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? 0);
    state.objects += count;
    if (state.objects > limits.maxObjects) return { what: 'objects', limit: limits.maxObjects };
    return scanBody(out, state, false);
  }
  return undefined;
}

/** A zlib stream's deflate data: without its two-byte header (when it has a valid one). */
function zlibBody(data: Uint8Array): Uint8Array {
  if (data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0) return data.subarray(2);
  return data;
}

/** A keyword stands alone: no regular character just before or after it. */
function isDelimited(bytes: Uint8Array, at: number, length: number): boolean {
  return !isRegular(bytes[at - 1]) && !isRegular(bytes[at + length]);
}

/** A PDF regular character: not white space, not a delimiter. */
function isRegular(c: number | undefined): boolean {
  if (c === undefined) return false;
  if (c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) return false;
  return !(c === LP || c === RP || c === LT || c === GT || c === LB || c === RB || c === 0x7b || c === 0x7d || c === 0x2f || c === PERCENT);
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let k = start; k < end && k - start < 4096; k++) text += String.fromCharCode(bytes[k]!);
  return text;
}
