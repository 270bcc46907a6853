import { nameHash } from './xml-scan.js';

/**
 * The WordprocessingML elements the reader acts on, by local name, and the prefixes a document
 * binds to their namespace. Word, WPS, LibreOffice and python-docx all write `w:`; another prefix
 * (or the default namespace) is honoured when the root element declares it. Any element not named
 * here is read through (hyperlinks, smart tags, custom XML, `mc:Choice`, drawings, text boxes).
 */
export const Kind = {
  OTHER: 0,
  BODY: 1,
  P: 2,
  R: 3,
  /** Printed text. `w:delText` and `w:instrText` are not named here, so their text is never read. */
  T: 4,
  TAB: 5,
  BREAK: 6, // w:br, w:cr
  HYPHEN: 7, // w:noBreakHyphen
  SYM: 8,
  FLDCHAR: 9,
  TBL: 10,
  TR: 11,
  TC: 12,
  TRPR: 13,
  TCPR: 14,
  RPR: 15,
  GRIDSPAN: 16,
  GRIDBEFORE: 17,
  VMERGE: 18,
  HMERGE: 19,
  VANISH: 20,
  /** Deleted or moved-away content (`w:del`, `w:moveFrom`): not printed in the final document. */
  REMOVED: 21,
  SDT: 22,
  SDTPR: 23,
  SDTCONTENT: 24,
  SHOWINGPLCHDR: 25,
  TBLGRID: 27,
  GRIDCOL: 28,
  /** Elements whose content is not the text of the line: properties, section settings, ruby text, `mc:Fallback` (a second copy of a `mc:Choice`). */
  SKIP: 26,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

const W_ELEMENTS: [string, Kind][] = [
  ['body', Kind.BODY],
  ['p', Kind.P],
  ['r', Kind.R],
  ['t', Kind.T],
  ['tab', Kind.TAB],
  ['ptab', Kind.TAB],
  ['br', Kind.BREAK],
  ['cr', Kind.BREAK],
  ['noBreakHyphen', Kind.HYPHEN],
  ['sym', Kind.SYM],
  ['fldChar', Kind.FLDCHAR],
  ['tbl', Kind.TBL],
  ['tr', Kind.TR],
  ['tc', Kind.TC],
  ['trPr', Kind.TRPR],
  ['tcPr', Kind.TCPR],
  ['rPr', Kind.RPR],
  ['gridSpan', Kind.GRIDSPAN],
  ['gridBefore', Kind.GRIDBEFORE],
  ['vMerge', Kind.VMERGE],
  ['hMerge', Kind.HMERGE],
  ['vanish', Kind.VANISH],
  ['del', Kind.REMOVED],
  ['moveFrom', Kind.REMOVED],
  ['sdt', Kind.SDT],
  ['sdtPr', Kind.SDTPR],
  ['sdtContent', Kind.SDTCONTENT],
  ['showingPlcHdr', Kind.SHOWINGPLCHDR],
  ['pPr', Kind.SKIP],
  ['tblPr', Kind.SKIP],
  ['tblGrid', Kind.TBLGRID],
  ['gridCol', Kind.GRIDCOL],
  ['sectPr', Kind.SKIP],
  ['sdtEndPr', Kind.SKIP],
  ['customXmlPr', Kind.SKIP],
  ['smartTagPr', Kind.SKIP],
  ['tblPrEx', Kind.SKIP],
  ['rt', Kind.SKIP],
  // Old properties kept by a tracked change of formatting, and borders and shading: nothing the reader uses.
  ['rPrChange', Kind.SKIP],
  ['tcPrChange', Kind.SKIP],
  ['trPrChange', Kind.SKIP],
  ['tblPrChange', Kind.SKIP],
  ['tblGridChange', Kind.SKIP],
  ['tcBorders', Kind.SKIP], // ruby (phonetic guide) text, printed small above its base: not part of the line's text
];

export const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // ISO 29500 Strict
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Qualified tag names and their kinds, by name hash (see xml-scan.ts), for looking a name up where it stands in the text. */
export type Vocabulary = Map<number, { name: string; kind: Kind }[]>;

/** The vocabulary for the prefixes bound to WordprocessingML and markup compatibility. */
export function vocabulary(wPrefixes: readonly string[], mcPrefixes: readonly string[]): Vocabulary {
  const map: Vocabulary = new Map();
  const add = (prefix: string, local: string, kind: Kind) => {
    const name = prefix === '' ? local : `${prefix}:${local}`;
    const hash = nameHash(name);
    const bucket = map.get(hash) ?? [];
    if (!bucket.some((e) => e.name === name)) bucket.push({ name, kind });
    map.set(hash, bucket);
  };
  for (const prefix of wPrefixes) for (const [local, kind] of W_ELEMENTS) add(prefix, local, kind);
  for (const prefix of mcPrefixes) add(prefix, 'Fallback', Kind.SKIP);
  return map;
}

/** The kind of the tag name at `xml[start, end)`, found without making a string of it. */
export function kindAt(words: Vocabulary, xml: string, start: number, end: number, hash: number): Kind {
  const bucket = words.get(hash);
  if (!bucket) return Kind.OTHER;
  for (const entry of bucket) if (entry.name.length === end - start && xml.startsWith(entry.name, start)) return entry.kind;
  return Kind.OTHER;
}

/** An attribute's local name: `w:val` → `val`, `xml:space` → `space`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An on/off property (`<w:vanish/>`, `w:val="false"`): on unless its value says off. */
export function isOn(value: string): boolean {
  return value !== 'false' && value !== '0' && value !== 'off';
}
