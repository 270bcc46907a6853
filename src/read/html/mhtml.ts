import { ascii, indexOfBytes } from '../bytes.js';
import { charsetParameter } from './charset.js';

/**
 * A web page saved as one file (.mht, .mhtml): a MIME `multipart/related` message, as Chrome and
 * Edge ("Webpage, single file"), Internet Explorer and Word ("Single File Web Page") write it. The
 * page is its root part, `text/html`, usually quoted-printable (Word, IE, Chrome) or base64, with
 * its own charset (Word and IE: gb2312 on Chinese Windows; Chrome: none, the page says UTF-8).
 * Images and style sheets are the other parts; they are never decoded.
 */
export type Unwrapped =
  | { kind: 'page'; bytes: Uint8Array; charset: string | undefined }
  /** A MIME message, but no page could be taken out of it. */
  | { kind: 'broken'; why: string };

const LATIN1 = new TextDecoder('latin1');
/** Headers of a saved page are a few hundred bytes; a folded Content-Type may run over a few lines. */
const MAX_HEADER_BYTES = 16 * 1024;

/** The page inside an MHTML file; undefined when the bytes do not begin as a MIME message. */
export function unwrapMhtml(bytes: Uint8Array): Unwrapped | undefined {
  const begin = skipBlankStart(bytes);
  if (bytes[begin] === 0x3c) return undefined; // `<`: markup, the common case
  const top = readHeaders(bytes, begin);
  if (!top) return undefined;
  const contentType = top.headers.get('content-type') ?? '';
  if (!/^\s*multipart\//i.test(contentType)) {
    // A single-part message (rare): the page is the body itself.
    if (!top.headers.has('mime-version') || !/^\s*text\/html/i.test(contentType)) return undefined;
    return { kind: 'page', bytes: decodeBody(bytes.subarray(top.end), top.headers), charset: charsetParameter(contentType) };
  }
  const boundary = parameter(contentType, 'boundary');
  if (!boundary) return { kind: 'broken', why: 'no boundary' };
  const start = parameter(contentType, 'start');
  let first: Part | undefined;
  for (const part of parts(bytes, top.end, boundary)) {
    const type = part.headers.get('content-type') ?? 'text/plain';
    if (start !== undefined) {
      if (part.headers.get('content-id')?.trim() === start.trim()) return page(part, type);
    } else if (/^\s*text\/html/i.test(type)) return page(part, type);
    if (!first && /^\s*text\/html/i.test(type)) first = part;
  }
  if (first) return page(first, first.headers.get('content-type') ?? '');
  return { kind: 'broken', why: 'no text/html part' };
}

interface Part {
  headers: Map<string, string>;
  body: Uint8Array;
}

function page(part: Part, type: string): Unwrapped {
  return { kind: 'page', bytes: decodeBody(part.body, part.headers), charset: charsetParameter(type) };
}

function decodeBody(body: Uint8Array, headers: Map<string, string>): Uint8Array {
  const encoding = (headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return decodeBase64(body);
  return body;
}

function skipBlankStart(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)) i++;
  return i;
}

/**
 * RFC 5322 headers from `at` to the first blank line: names lower-cased, folded lines unfolded.
 * Undefined when the text there is not headers (a line that is neither `Name: value` nor a
 * continuation), which is how an ordinary page is told from a MIME message.
 */
function readHeaders(bytes: Uint8Array, at: number): { headers: Map<string, string>; end: number } | undefined {
  // A single-byte decoding: one character per byte, so offsets in the text are offsets in the bytes.
  const window = LATIN1.decode(bytes.subarray(at, at + MAX_HEADER_BYTES));
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (let i = 0; i < window.length;) {
    const eol = window.indexOf('\n', i);
    if (eol < 0) return undefined;
    const line = window.slice(i, window[eol - 1] === '\r' ? eol - 1 : eol);
    i = eol + 1;
    if (line === '') return headers.size > 0 ? { headers, end: at + i } : undefined;
    if ((line[0] === ' ' || line[0] === '\t') && last !== undefined) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !HEADER_NAME.test(line.slice(0, colon))) return undefined;
    last = line.slice(0, colon).toLowerCase();
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
  }
  return undefined;
}

const HEADER_NAME = /^[!-9;-~]+$/;

/** A parameter of a header value: `boundary="----=_NextPart_01D9…"`, quoted or not. */
function parameter(value: string, name: string): string | undefined {
  const pattern = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const m = pattern.exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The parts between `--boundary` lines, up to the closing `--boundary--` (or the end of the file). */
function* parts(bytes: Uint8Array, from: number, boundary: string): Generator<Part> {
  const delimiter = ascii(`--${boundary}`);
  let at = nextDelimiter(bytes, delimiter, from);
  while (at >= 0) {
    let i = at + delimiter.length;
    if (bytes[i] === 0x2d && bytes[i + 1] === 0x2d) return; // the closing delimiter
    while (i < bytes.length && bytes[i] !== 0x0a) i++; // rest of the delimiter line
    const head = readHeaders(bytes, i + 1);
    const next = nextDelimiter(bytes, delimiter, i + 1);
    const end = next < 0 ? bytes.length : next;
    if (head && head.end <= end) {
      // The line break before the next delimiter belongs to the delimiter.
      let bodyEnd = end;
      if (bodyEnd > head.end && bytes[bodyEnd - 1] === 0x0a) bodyEnd--;
      if (bodyEnd > head.end && bytes[bodyEnd - 1] === 0x0d) bodyEnd--;
      yield { headers: head.headers, body: bytes.subarray(head.end, bodyEnd) };
    }
    at = next;
  }
}

/** The next delimiter that starts a line. */
function nextDelimiter(bytes: Uint8Array, delimiter: readonly number[], from: number): number {
  for (let at = indexOfBytes(bytes, delimiter, from); at >= 0; at = indexOfBytes(bytes, delimiter, at + 1)) {
    if (at === 0 || bytes[at - 1] === 0x0a) return at;
  }
  return -1;
}

const HEX = (byte: number): number => (byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x41 && byte <= 0x46 ? byte - 0x37 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1);

/** Quoted-printable (RFC 2045 §6.7): `=XX` is a byte, `=` at a line's end joins it to the next; anything else is itself. */
export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    if (byte !== 0x3d) {
      out[n++] = byte;
      continue;
    }
    const hi = HEX(input[i + 1] ?? -1);
    const lo = HEX(input[i + 2] ?? -1);
    if (hi >= 0 && lo >= 0) {
      out[n++] = (hi << 4) | lo;
      i += 2;
      continue;
    }
    // A soft line break: `=`, optional trailing white space, then CRLF or LF.
    let j = i + 1;
    while (input[j] === 0x20 || input[j] === 0x09) j++;
    if (input[j] === 0x0d && input[j + 1] === 0x0a) i = j + 1;
    else if (input[j] === 0x0a) i = j;
    else out[n++] = byte;
  }
  return out.subarray(0, n);
}

const BASE64 = new Int16Array(256).fill(-1);
for (const [i, ch] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) BASE64[ch.charCodeAt(0)] = i;

/** Base64, skipping line breaks and anything else outside the alphabet; stops at padding. */
export function decodeBase64(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let n = 0;
  let bits = 0;
  let count = 0;
  for (const byte of input) {
    if (byte === 0x3d) break;
    const value = BASE64[byte]!;
    if (value < 0) continue;
    bits = (bits << 6) | value;
    if (++count === 4) {
      out[n++] = (bits >> 16) & 0xff;
      out[n++] = (bits >> 8) & 0xff;
      out[n++] = bits & 0xff;
      bits = 0;
      count = 0;
    }
  }
  if (count === 2) out[n++] = (bits >> 4) & 0xff;
  if (count === 3) {
    out[n++] = (bits >> 10) & 0xff;
    out[n++] = (bits >> 2) & 0xff;
  }
  return out.subarray(0, n);
}
