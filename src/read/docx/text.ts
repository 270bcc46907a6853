/** Spaces Word prints as spaces: no-break (U+00A0) and narrow no-break (U+202F). */
const NO_BREAK = /[\u00a0\u202f]/g;
/** Invisible characters Word keeps at the edges of a cell or paragraph: zero-width space, byte-order mark. */
const EDGES = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;

/** One character of EDGES. */
const EDGE = /[\s\u200b\ufeff]/;

/**
 * A cell's or paragraph's text as a reader sees it: no-break spaces as spaces, surrounding white
 * space trimmed. EDGES, which tries its second branch at every character, runs only when an edge
 * has something to trim (most texts have nothing: 2% of reading a Word document).
 */
export function cleanText(text: string): string {
  const spaced = text.replace(NO_BREAK, ' ');
  return EDGE.test(spaced.charAt(0)) || EDGE.test(spaced.charAt(spaced.length - 1)) ? spaced.replace(EDGES, '') : spaced;
}

/** XML's own white space at the edges of a `w:t` without `xml:space="preserve"`, which Word does not print. */
export function trimXmlSpace(text: string): string {
  return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}
