/**
 * Just enough XML for SpreadsheetML parts, read with regular expressions over the text: elements
 * may carry a namespace prefix (`<x:c>`), attributes use either quote, and only the five predefined
 * and numeric character references are decoded — a DOCTYPE's own entities are never expanded.
 */
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/*
 * The global patterns here are run with exec() from lastIndex 0 to the end (where exec sets it back
 * to 0), not with matchAll(), which copies the pattern at every call: a copy per cell, per tag.
 */

export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) out[m[1]!] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** `<(prefix:)?name …>` opening (or empty) tags of an element, with their attributes. */
export function elements(xml: string, name: string): Record<string, string>[] {
  const pattern = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => attributes(m[1]!));
}

/** The text of every `<t>` inside a fragment, joined: rich-text runs become one string; phonetic runs are left out. */
export function textOf(fragment: string): string {
  const withoutPhonetic = fragment.includes('rPh') ? fragment.replace(PHONETIC, '') : fragment;
  let out = '';
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(withoutPhonetic); m; m = TEXT.exec(withoutPhonetic)) out += decodeXml(m[1]!);
  return out;
}

const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;

/** A document property of docProps/core.xml (dc:title, cp:keywords …), decoded, whatever its namespace prefix. */
export function coreProperty(coreXml: string, name: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`).exec(coreXml);
  return m ? decodeXml(m[1]!) : undefined;
}
