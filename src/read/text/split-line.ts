/**
 * A line's cells, or undefined for a line that is not a table row. `|` (the seed text, Markdown)
 * and tabs (a table copied from a browser) separate cells wherever they appear; runs of two or more
 * spaces (`pdftotext -layout`, aligned plain text) only when they give several parts and one of them
 * is a number, so that prose with a double space stays prose. A Markdown separator row (`|---|:-:|`)
 * is a table row with no cells. Trailing empty parts are dropped; empty parts inside keep their
 * place, as blank cells do.
 */
export function splitLine(line: string): string[] | undefined {
  const text = line.replace(/\s+$/, '');
  if (text.trim() === '') return undefined;
  let parts: string[];
  if (text.includes('|')) {
    parts = text.split('|');
    if (/^\s*\|/.test(text)) parts.shift();
    if (parts.every((p) => /^\s*:?-{2,}:?\s*$/.test(p) || p.trim() === '')) return [];
  } else if (text.includes('\t')) {
    parts = text.split('\t');
  } else {
    parts = text.trim().split(/ {2,}|\u3000+/);
    if (parts.length < 2 || !parts.some((p) => NUMBER.test(p.trim()))) return undefined;
  }
  const cells = parts.map((p) => p.trim().replace(/\s+/g, ' '));
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?$/;
