import { eastAsianWidth } from 'get-east-asian-width';

// eslint-disable-next-line no-control-regex -- ESC starts the colour codes it strips
const ANSI = /\u001b\[[0-9;]*m/g;
/** Characters that take no column: controls, combining marks, zero-width space and joiners. */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- controls and combining marks, each tested alone, are what it finds
const ZERO_WIDTH = /[\u0000-\u001f\u007f-\u009f\u0300-\u036f\u200b-\u200d\ufe00-\ufe0f]/;

/**
 * Display width in a terminal: East Asian Wide and Fullwidth characters take two columns, by the
 * Unicode tables get-east-asian-width keeps (UAX #11); ambiguous ones (“ ” · —) one, as in most
 * terminals set to UTF-8; colour codes and zero-width characters none. Not string-width: it
 * segments graphemes with Intl.Segmenter, twenty times slower, and the table of a batch of 100,000
 * files measures millions of strings. ASCII, most of what is measured, is counted without a lookup.
 */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  let width = 0;
  for (const ch of plain) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) width += 1;
    else if (!ZERO_WIDTH.test(ch)) width += eastAsianWidth(code);
  }
  return width;
}

export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStartWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts text to a display width, marking the cut with an ellipsis. */
export function truncateWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const CLOSING = new Set([...'，。、；：！？）」』”’》〉】,.;:!?)]}%']);
const OPENING = new Set([...'（「『“‘《〈【([{']);
const isWide = (ch: string) => displayWidth(ch) === 2;

/**
 * Wraps text to a display width, keeping its own line breaks: at spaces, and between two CJK
 * characters (Chinese needs no space to break), never before closing punctuation (，。）」) nor
 * after opening punctuation (（「). A word wider than the width stands on a line of its own.
 * Written here because wrap-ansi and its kin break only at spaces, which Chinese text has none of.
 */
export function wrapWidth(text: string, width: number): string[] {
  return text.split(/\r?\n/).flatMap((line) => wrapLine(line, width));
}

function wrapLine(line: string, width: number): string[] {
  // Chunks a line may break before: leading spaces, then one wide character or a run of narrow ones.
  const chunks: string[] = [];
  let current = '';
  let spaces = '';
  const close = () => {
    if (current !== '') chunks.push(current);
    current = '';
  };
  for (const ch of line) {
    if (/\s/.test(ch)) {
      close();
      spaces += ch;
      continue;
    }
    const wide = isWide(ch);
    const glued = CLOSING.has(ch) || (current !== '' && !wide && !isWide([...current].at(-1)!)) || (current !== '' && OPENING.has([...current].at(-1)!));
    if (!glued || spaces !== '') close();
    current = current === '' ? spaces + ch : current + ch;
    spaces = '';
  }
  close();
  if (chunks.length === 0) return [''];
  const lines: string[] = [];
  let text = chunks[0]!;
  for (const chunk of chunks.slice(1)) {
    if (displayWidth(text + chunk) <= width) text += chunk;
    else {
      lines.push(text);
      text = chunk.trimStart();
    }
  }
  lines.push(text);
  return lines;
}
