/**
 * Bytes as the readers need them, in plain Uint8Array so that the same code runs in a browser:
 * magic numbers, little-endian integers, UTF-8 text.
 */
export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

export const u16 = (bytes: Uint8Array, at: number): number => bytes[at]! | (bytes[at + 1]! << 8);
export const u32 = (bytes: Uint8Array, at: number): number => (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;

const UTF8 = new TextDecoder('utf-8');

/** UTF-8 text, a byte-order mark dropped; invalid sequences become U+FFFD. */
export function utf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/** Where `needle` first occurs in `haystack` at or after `from`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: readonly number[], from = 0): number {
  const first = needle[0];
  if (first === undefined) return from;
  for (let i = haystack.indexOf(first, from); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** The bytes of an ASCII string (magic numbers, markers). */
export const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));

/** The UTF-16LE bytes of an ASCII string (names in OLE2 directories). */
export const utf16le = (text: string): number[] => Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
