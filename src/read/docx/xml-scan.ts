import { decodeXml } from '../xml.js';

/** What a handler wants of an element it is told about. */
export const Want = {
  /** Its content, not its attributes (skipped unread). */
  CONTENT: 0,
  /** Its attributes and content. */
  ATTRIBUTES: 1,
  /** Nothing: the scanner goes to its end tag, reporting nothing inside (a properties element). */
  NOTHING: 2,
} as const;
export type Want = (typeof Want)[keyof typeof Want];

/** What the scanner reports, in document order. */
export interface XmlHandler {
  /**
   * A start tag, its name (prefix included, e.g. `w:tbl`) at `xml[start, end)` with `hash` =
   * nameHash(name), so that a handler can look it up without making a string.
   */
  open(start: number, end: number, hash: number): Want;
  /** An attribute of the element just opened, its value decoded. */
  attribute(name: string, value: string): void;
  /** An element's end: its end tag, or the end of a self-closing tag. */
  close(): void;
  /** Character data, decoded; asked for only while `wantsText()` holds. */
  text(text: string): void;
  wantsText(): boolean;
}

/** XML that is not well-formed: a tag left open, an end tag that closes another element, a tag cut short. */
export class XmlError extends Error {}

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Ends a tag or attribute name (NaN: the text ended). */
const endsName = (c: number) => c === GT || c === SLASH || c === EQUALS || c <= 0x20 || Number.isNaN(c);

/** The hash the scanner gives a name: handlers key their dictionaries by it. */
export function nameHash(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
}

/**
 * A small streaming XML scanner for the main part of a Word document, about three times faster
 * than htmlparser2's tokenizer on Word's markup, where nearly every byte is in a tag: it jumps
 * with indexOf between tags and over attribute values, makes no string for a tag name (the
 * handler gets its place and hash), decodes only the text and attributes it is asked for, and
 * checks that every end tag closes the element open (its own stack of name places, flat arrays:
 * no recursion however deep the nesting). Comments, processing instructions and the XML
 * declaration are skipped; CDATA is text; a DTD (which openPackage refuses before) is refused.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const starts: number[] = [];
  const lengths: number[] = [];
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && handler.wantsText()) handler.text(decodeXml(xml.slice(i, textEnd)));
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === SLASH) {
      i = endTag(xml, lt, starts, lengths);
      handler.close();
    } else if (c === BANG) {
      i = special(xml, lt, handler);
    } else if (c === QUESTION) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError(`a processing instruction is cut short at ${lt}`);
      i = end + 2;
    } else {
      i = startTag(xml, lt, starts, lengths, handler);
    }
  }
  if (starts.length > 0) throw new XmlError(`<${xml.substr(starts.at(-1)!, lengths.at(-1))}> is not closed`);
}

/** An end tag at `lt`, which must close the element last opened. Returns where scanning goes on. */
function endTag(xml: string, lt: number, starts: number[], lengths: number[]): number {
  const gt = xml.indexOf('>', lt + 2);
  if (gt < 0) throw new XmlError(`an end tag is cut short at ${lt}`);
  const start = starts.pop();
  const length = lengths.pop()!;
  let same = start !== undefined && gt - lt - 2 >= length;
  for (let k = 0; same && k < length; k++) same = xml.charCodeAt(lt + 2 + k) === xml.charCodeAt(start! + k);
  for (let k = lt + 2 + length; same && k < gt; k++) same = isSpace(xml.charCodeAt(k));
  if (!same) {
    const name = xml.slice(lt + 2, gt).trim();
    throw new XmlError(start === undefined ? `</${name}> closes nothing` : `</${name}> where </${xml.substr(start, length)}> was due`);
  }
  return gt + 1;
}

/** A start tag at `lt`: its name, its attributes, and its end if it closes itself. Returns where scanning goes on. */
function startTag(xml: string, lt: number, starts: number[], lengths: number[], handler: XmlHandler): number {
  let at = lt + 1;
  let hash = 0;
  // Name characters are all above '>' or in '-.0-9:' (0x2d–0x3a); anything else ends the name.
  for (let c = xml.charCodeAt(at); c > GT || (c >= 0x2d && c <= 0x3a && c !== SLASH); c = xml.charCodeAt(++at)) hash = (Math.imul(hash, 31) + c) | 0;
  if (at === lt + 1) throw new XmlError(`a '<' that starts no tag at ${lt}`);
  starts.push(lt + 1);
  lengths.push(at - lt - 1);
  const want = handler.open(lt + 1, at, hash);
  if (want !== Want.ATTRIBUTES) {
    let end = skipAttributes(xml, at);
    if (end > 0 && want === Want.NOTHING) end = -skipContent(xml, end, lt + 1, at - lt - 1);
    if (end > 0) return end;
    starts.pop();
    lengths.pop();
    handler.close();
    return -end;
  }
  for (;;) {
    let c = xml.charCodeAt(at);
    while (isSpace(c)) c = xml.charCodeAt(++at);
    if (c === GT) return at + 1;
    if (c === SLASH) {
      if (xml.charCodeAt(at + 1) !== GT) throw new XmlError(`a stray '/' in a tag at ${lt}`);
      starts.pop();
      lengths.pop();
      handler.close();
      return at + 2;
    }
    if (Number.isNaN(c)) throw new XmlError(`a tag is cut short at ${lt}`);
    const nameStart = at;
    while (!endsName(xml.charCodeAt(at))) at++;
    const attribute = xml.slice(nameStart, at);
    c = xml.charCodeAt(at);
    while (isSpace(c)) c = xml.charCodeAt(++at);
    if (c !== EQUALS || attribute === '') throw new XmlError(`an attribute without a value in a tag at ${lt}`);
    c = xml.charCodeAt(++at);
    while (isSpace(c)) c = xml.charCodeAt(++at);
    if (c !== DQUOTE && c !== SQUOTE) throw new XmlError(`an unquoted attribute in a tag at ${lt}`);
    const end = xml.indexOf(c === DQUOTE ? '"' : "'", at + 1);
    if (end < 0) throw new XmlError(`a tag is cut short at ${lt}`);
    handler.attribute(attribute, decodeXml(xml.slice(at + 1, end)));
    at = end + 1;
  }
}

/**
 * The rest of a start tag whose attributes are not wanted: a quote-aware walk to its end. Returns
 * where scanning goes on, negated when the tag closes itself.
 */
function skipAttributes(xml: string, at: number): number {
  const n = xml.length;
  const from = at;
  for (; at < n; at++) {
    const c = xml.charCodeAt(at);
    if (c === GT) return xml.charCodeAt(at - 1) === SLASH ? -(at + 1) : at + 1;
    if (c === DQUOTE || c === SQUOTE) {
      const end = xml.indexOf(c === DQUOTE ? '"' : "'", at + 1);
      if (end < 0) break;
      at = end;
    }
  }
  throw new XmlError(`a tag is cut short at ${from}`);
}

/**
 * An element's content, unreported, up to and past its end tag: `from` is just after its start
 * tag, its name at `xml[nameStart, nameStart + nameLength)`. Only elements of the same name are
 * counted (a w:pPr inside w:pPrChange inside w:pPr); anything else is jumped over '<' by '<',
 * which is safe because '<' cannot stand in an attribute value. Returns where scanning goes on.
 */
function skipContent(xml: string, from: number, nameStart: number, nameLength: number): number {
  const sameName = (at: number) => {
    for (let k = 0; k < nameLength; k++) if (xml.charCodeAt(at + k) !== xml.charCodeAt(nameStart + k)) return false;
    const c = xml.charCodeAt(at + nameLength);
    return c === GT || c === SLASH || c <= 0x20;
  };
  let depth = 1;
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === SLASH && sameName(lt + 2)) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) break;
      if (--depth === 0) return gt + 1;
      i = gt + 1;
    } else if (c === BANG) {
      i = special(xml, lt, undefined);
    } else if (c !== SLASH && c !== QUESTION && sameName(lt + 1)) {
      const end = skipAttributes(xml, lt + 1 + nameLength);
      if (end > 0) depth++;
      i = Math.abs(end);
    } else {
      i = lt + 1;
    }
  }
  throw new XmlError(`<${xml.substr(nameStart, nameLength)}> is not closed`);
}

/** `<!--…-->`, `<![CDATA[…]]>` (text), anything else (a DTD) refused. */
function special(xml: string, lt: number, handler: XmlHandler | undefined): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw new XmlError(`a comment is cut short at ${lt}`);
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw new XmlError(`a CDATA section is cut short at ${lt}`);
    if (handler?.wantsText()) handler.text(xml.slice(lt + 9, end));
    return end + 3;
  }
  throw new XmlError(`a declaration (<!…>) at ${lt}, which a Word document never holds`);
}
