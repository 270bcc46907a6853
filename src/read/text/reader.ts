import { decodeText } from '../decode-text.js';
import type { DocCell, DocTable, Paragraph } from '../document.js';
import { breached, fail, ok } from '../problem.js';
import type { Reader } from '../reader.js';
import { splitLine } from './split-line.js';

/** Lines without separators that may stand inside a table (a label broken onto its own line): at most this many in a row. */
const MAX_GAP_LINES = 2;
const MAX_GAP_LENGTH = 60;

/**
 * Plain text and Markdown: a report's web page copied as text (cells separated by ` | `, tabs, or
 * runs of spaces, as the seed text and `pdftotext -layout` give), or Markdown tables. Consecutive
 * lines with separators make a table, one row per line, one cell per separated part; a short line
 * without separators between two such lines or just above them (a label broken onto a line of its
 * own, a heading row of one merged cell) belongs to the table as a row of one cell. Every other line
 * is prose.
 */
export const readTextDocument: Reader = (bytes, { limits }) => {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail('FILE_ENCODING');
  const lines = decoded.text.split(/\r\n|\n|\r/).map(plainLine);
  const split = lines.map(splitLine);
  const tables: DocTable[] = [];
  const prose: Paragraph[] = [];
  let cellCount = 0;
  let i = 0;
  while (i < lines.length) {
    const opened = split[i] ? undefined : opensTable(i, lines, split);
    if (!split[i] && opened === undefined) {
      const text = lines[i]!.trim();
      if (text !== '') prose.push({ text, source: { kind: 'text', line: i + 1 } });
      i++;
      continue;
    }
    const rows = opened === undefined ? tableRowsFrom(i, lines, split) : [i, ...tableRowsFrom(opened, lines, split)];
    const cells: DocCell[] = [];
    rows.forEach((line, r) => {
      const parts = split[line] ?? [lines[line]!.trim()];
      parts.forEach((text, c) => {
        if (text !== '') cells.push({ row: r + 1, col: c + 1, kind: 'text', text, source: { kind: 'text', line: line + 1, col: c + 1 } });
      });
    });
    cellCount += cells.length;
    if (cellCount > limits.maxCells) return breached('FILE_TOO_COMPLEX', { what: 'cells', limit: limits.maxCells });
    tables.push({ origin: { kind: 'text', lines: rows.map((line) => line + 1) }, cells });
    i = rows.at(-1)! + 1;
  }
  return ok({ format: 'text', tables, prose });
};

/**
 * A short label just above a table's first line (or a blank line above it, as a Markdown heading
 * stands) starts the table: a heading row of one merged cell (「第二十条第（一）项」) comes out of a
 * browser's copy with no separator at all. Returns where the table's own lines begin.
 */
function opensTable(first: number, lines: readonly string[], split: readonly (string[] | undefined)[]): number | undefined {
  if (!isShortLabel(lines[first]!)) return undefined;
  const next = lines[first + 1]?.trim() === '' ? first + 2 : first + 1;
  return next < lines.length && split[next] !== undefined ? next : undefined;
}

/** A line as its text reads: a Markdown heading's or quote's marks (「### 」「> 」) are not its words. */
function plainLine(line: string): string {
  return line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)/, '');
}

/** The lines of the table that starts at `first`: lines with separators, and short gaps between them. */
function tableRowsFrom(first: number, lines: readonly string[], split: readonly (string[] | undefined)[]): number[] {
  const rows = [first];
  let at = first + 1;
  while (at < lines.length) {
    if (split[at]) {
      if (split[at]!.length > 0) rows.push(at);
      at++;
      continue;
    }
    let gap = at;
    while (gap < lines.length && !split[gap] && gap - at < MAX_GAP_LINES && isShortLabel(lines[gap]!)) gap++;
    if (gap === at || gap >= lines.length || !split[gap]) break;
    for (let k = at; k < gap; k++) rows.push(k);
    at = gap;
  }
  return rows;
}

/** A label on a line of its own, not a sentence: short, and not ended as a sentence is. */
function isShortLabel(line: string): boolean {
  const text = line.trim();
  return text !== '' && text.length <= MAX_GAP_LENGTH && !/[。；;!！?？]$/.test(text);
}
