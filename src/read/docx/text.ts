/** Spaces Word prints as spaces: no-break (U+00A0) and narrow no-break (U+202F). */
const NO_BREAK = /[\u00a0\u202f]/g;
/** Invisible characters Word keeps at the edges of a cell or paragraph: zero-width space, byte-order mark. */
const EDGES = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;

/** A cell's or paragraph's text as a reader sees it: no-break spaces as spaces, surrounding white space trimmed. */
export function cleanText(text: string): string {
  return text.replace(NO_BREAK, ' ').replace(EDGES, '');
}

/** XML's own white space at the edges of a `w:t` without `xml:space="preserve"`, which Word does not print. */
export function trimXmlSpace(text: string): string {
  return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}
