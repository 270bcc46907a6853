/**
 * Display width in a terminal: East Asian Wide and Fullwidth characters take two columns
 * (UAX #11). Ambiguous characters (“ ” · —) count as one, as in most terminals set to UTF-8.
 */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) continue;
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
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
