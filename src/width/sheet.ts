/** Width of a line in a spreadsheet's units (about one Latin character): a CJK or full-width character counts two. */
export function textUnits(line: string): number {
  return [...line].reduce((n, ch) => n + (ch.codePointAt(0)! > 0x2e7f ? 2 : 1), 0);
}

/** How many lines a text takes when wrapped at `width` units, its own line breaks included. */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textUnits(line) / width)), 0);
}
