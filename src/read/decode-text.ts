import { startsWith } from './bytes.js';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false };

/**
 * The labels a page or a MIME part may declare, as the WHATWG Encoding Standard names them (plus
 * Windows' cp936), mapped to the decoder that reads them. Any other label is not trusted: a Chinese
 * page declaring iso-8859-1 is almost always GBK, and the fallbacks below find that out.
 */
const LABELS: Record<string, string> = {
  ...Object.fromEntries(['gb2312', 'gbk', 'x-gbk', 'gb_2312', 'gb_2312-80', 'chinese', 'csgb2312', 'csiso58gb231280', 'iso-ir-58', 'cp936', 'ms936', 'windows-936'].map((l) => [l, 'gbk'])),
  gb18030: 'gb18030',
  ...Object.fromEntries(['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'].map((l) => [l, 'big5'])),
  ...Object.fromEntries(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'].map((l) => [l, 'utf-8'])),
};

/**
 * Text from bytes whose encoding may not be stated: a byte-order mark first, then strict UTF-8
 * (which a page declaring gb2312 but saved again by a browser or an editor as UTF-8 also is), then
 * the encoding the file declares (a web page's meta charset), then GB18030 (a superset of GBK and
 * GB2312, which many government sites still serve). Text that decodes to no plausible Chinese or
 * English in any of these is refused rather than guessed at.
 *
 * Strict UTF-8 is tried before a declared legacy encoding because GBK text is, in practice, never
 * valid UTF-8 once it holds a few Chinese characters, while the opposite mistake (a stale
 * declaration on a re-saved page) is common. Pure ASCII reads the same either way and keeps the
 * declared name.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2));
  const label = declared === undefined ? undefined : LABELS[declared.trim().toLowerCase()];
  const asUtf8 = tryDecode('utf-8', bytes);
  if (asUtf8 !== undefined && (label === undefined || label === 'utf-8' || hasNonAscii(bytes))) return { ok: true, text: asUtf8, encoding: 'utf-8' };
  if (label !== undefined && label !== 'utf-8') {
    const text = tryDecode(label, bytes);
    if (text !== undefined) return { ok: true, text, encoding: label };
  }
  const asGb = tryDecode('gb18030', bytes);
  if (asGb !== undefined && plausible(asGb)) return { ok: true, text: asGb, encoding: 'gb18030' };
  return { ok: false };
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  const text = tryDecode(encoding, bytes);
  return text === undefined ? { ok: false } : { ok: true, text, encoding };
}

/** One strict decoder per encoding, made once: a decoder keeps no state between whole-input calls. */
const DECODERS = new Map<string, { decode(bytes: Uint8Array): string }>();

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  let decoder = DECODERS.get(encoding);
  if (!decoder) DECODERS.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Mostly ASCII, common CJK and CJK punctuation: what a report is written in. Bytes of another
 * encoding read as GB18030 come out as rare ideographs, private-use and control characters.
 */
function plausible(text: string): boolean {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d) good++;
    else if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      code === 0x201c ||
      code === 0x201d ||
      code === 0x2018 ||
      code === 0x2019 ||
      code === 0xa0
    )
      good++;
    else if (code < 0x20 || (code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd || code >= 0x10000) bad++;
  }
  return good > 0 && bad / (good + bad) < 0.01;
}
