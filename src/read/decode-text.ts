import { startsWith } from './bytes.js';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false };

const LABELS: Record<string, string> = { gb2312: 'gbk', gbk: 'gbk', gb18030: 'gb18030', 'x-gbk': 'gbk', cp936: 'gbk', 'utf-8': 'utf-8', utf8: 'utf-8', big5: 'big5' };

/**
 * Text from bytes whose encoding may not be stated: a byte-order mark first, then the encoding the
 * file declares (a web page's meta charset), then strict UTF-8, then GB18030 (a superset of GBK and
 * GB2312, which many government sites still serve). Text that decodes to no plausible Chinese or
 * English in any of these is refused rather than guessed at.
 */
export function decodeText(bytes: Uint8Array, declared?: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2));
  const label = declared ? LABELS[declared.trim().toLowerCase()] : undefined;
  if (label) {
    const text = tryDecode(label, bytes);
    // A page may declare gb2312 and be UTF-8 (saved again by a browser); the declaration loses to strict UTF-8.
    if (text !== undefined && (label !== 'utf-8' || plausible(text))) {
      if (label !== 'utf-8') {
        const asUtf8 = tryDecode('utf-8', bytes);
        if (asUtf8 !== undefined && hasNonAscii(bytes)) return { ok: true, text: asUtf8, encoding: 'utf-8' };
      }
      return { ok: true, text, encoding: label };
    }
  }
  const asUtf8 = tryDecode('utf-8', bytes);
  if (asUtf8 !== undefined) return { ok: true, text: asUtf8, encoding: 'utf-8' };
  const asGb = tryDecode('gb18030', bytes);
  if (asGb !== undefined && plausible(asGb)) return { ok: true, text: asGb, encoding: 'gb18030' };
  return { ok: false };
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  const text = tryDecode(encoding, bytes);
  return text === undefined ? { ok: false } : { ok: true, text, encoding };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
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
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0xa0) good++;
    else if (code < 0x20 || (code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd || code >= 0x10000) bad++;
  }
  return good > 0 && bad / (good + bad) < 0.01;
}
