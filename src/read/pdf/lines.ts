import { centerX, type Run } from './page.js';

/** Runs that share a baseline, left to right; a vertical run is a line of its own. */
export interface Line {
  runs: Run[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
}

/** Groups runs into lines by baseline (top to bottom), each line's runs left to right. */
export function linesOf(runs: readonly Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const run of sorted) {
    // Lines come in order of baseline: only the last few can be this run's.
    let line: Line | undefined;
    for (let k = lines.length - 1; k >= 0 && !run.vertical; k--) {
      const l = lines[k]!;
      if (run.baseline - l.baseline > Math.max(l.size, run.size)) break;
      if (!l.runs[0]!.vertical && Math.abs(l.baseline - run.baseline) <= Math.min(l.size, run.size) * 0.35) {
        line = l;
        break;
      }
    }
    if (line) {
      line.runs.push(run);
      line.x0 = Math.min(line.x0, run.x0);
      line.x1 = Math.max(line.x1, run.x1);
      line.top = Math.min(line.top, run.top);
      line.bottom = Math.max(line.bottom, run.bottom);
      line.size = Math.max(line.size, run.size);
    } else {
      lines.push({ runs: [run], x0: run.x0, x1: run.x1, top: run.top, bottom: run.bottom, baseline: run.baseline, size: run.size });
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

const ASCII_WORD_END = /[A-Za-z0-9.,%)\]]$/;
const ASCII_WORD_START = /^[A-Za-z0-9([]/;

/**
 * A line's text as a person reads it: runs that touch are joined, a gap becomes a space (a
 * character-split header 「结 果 维 持」 keeps its spaces; labels are compared without them).
 */
export function lineText(runs: readonly Run[]): string {
  let text = '';
  let previous: Run | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x0 - previous.x1;
      if (gap > Math.min(previous.size, run.size) * 0.25) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text;
}

/**
 * The text of a cell: its lines top to bottom, joined as one (a label wrapped over two or three
 * lines reads as it was typed). Lines are joined with nothing between them, except a space between
 * two Latin words or numbers. Vertical runs (a label written top to bottom) read top to bottom.
 */
export function cellText(runs: readonly Run[]): string {
  if (runs.length === 0) return '';
  if (runs.every((r) => r.vertical)) {
    return [...runs]
      .sort((a, b) => a.x0 - b.x0 || a.top - b.top)
      .map((r) => r.text)
      .join('');
  }
  const lines = linesOf(runs);
  let text = '';
  for (const line of lines) {
    const part = lineText(line.runs);
    if (text !== '' && ASCII_WORD_END.test(text) && ASCII_WORD_START.test(part)) text += ' ';
    text += part;
  }
  return text;
}

/** Page numbers as reports print them: 「- 3 -」, 「— 3 —」, 「3」, 「第 3 页」, 「第3页 共6页」, 「3/6」. */
const PAGE_NUMBER =
  /^(?:[-－—–―·.\s]*\d{1,4}[-－—–―·.\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** The top and bottom of a page where running heads, footers and page numbers are printed. */
const MARGIN_SHARE = 0.09;

/**
 * Lines that are the page's furniture, not the report: page numbers in the top or bottom margin,
 * and a line repeated in a margin on at least two pages (a running head or footer).
 */
export function furniture(pages: readonly { height: number; lines: readonly Line[] }[]): Set<Line> {
  const found = new Set<Line>();
  const repeated = new Map<string, Line[]>();
  for (const { height, lines } of pages) {
    for (const line of lines) {
      const inMargin = line.bottom < height * MARGIN_SHARE || line.top > height * (1 - MARGIN_SHARE);
      if (!inMargin) continue;
      const text = lineText(line.runs).trim();
      if (PAGE_NUMBER.test(text)) {
        found.add(line);
        continue;
      }
      // A running head or footer has words; a row of numbers repeated at a page's top is a table's.
      if (!/[^\d\s.,，、%-]/.test(text)) continue;
      const key = `${text.replace(/\d+/g, '#')}@${Math.round(line.baseline / 6)}`;
      const same = repeated.get(key);
      if (same) same.push(line);
      else repeated.set(key, [line]);
    }
  }
  for (const lines of repeated.values()) if (lines.length >= 2) for (const line of lines) found.add(line);
  return found;
}

/** A paragraph being built: its lines, and where its first line stands. */
export interface ProseParagraph {
  page: number;
  x: number;
  y: number;
  text: string;
  lines: Line[];
}

/** The measures of a page's body text: left and right margins and the usual size. */
export interface Measure {
  left: number;
  right: number;
  size: number;
  center: number;
}

/** The body text's margins and size, from the lines of every page. */
export function measure(lines: readonly Line[], width: number): Measure {
  const sizes = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + line.runs.reduce((n, r) => n + r.text.length, 0));
  }
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - size) <= size * 0.15);
  const lefts = new Map<number, number>();
  for (const line of body) lefts.set(Math.round(line.x0), (lefts.get(Math.round(line.x0)) ?? 0) + 1);
  const left = [...lefts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const rights = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? width;
  return { left, right, size, center: width / 2 };
}

/**
 * Lines of prose → paragraphs, in reading order. A paragraph ends where the next line is indented,
 * is set apart by a wider gap, changes size, or where this line stops well short of the right
 * margin; a title wrapped over centred lines of one size stays one paragraph; a paragraph goes on
 * over a page break when its last line reached the margin and the next page's first is not indented.
 * `breaks` are the y positions (per page) where something else (a table) stands between lines.
 */
export function paragraphs(pages: readonly { page: number; lines: readonly Line[]; breaks: readonly number[] }[], m: Measure): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  let current: ProseParagraph | undefined;
  let previous: Line | undefined;
  let previousPage = 0;
  for (const { page, lines, breaks } of pages) {
    for (const line of lines) {
      const text = lineText(line.runs).trim();
      if (text === '') continue;
      const continues =
        current !== undefined &&
        previous !== undefined &&
        continuesParagraph(previous, line, m, page !== previousPage) &&
        !breaks.some((y) => page === previousPage && y > previous!.baseline && y < line.baseline);
      if (continues) {
        const joint = ASCII_WORD_END.test(current!.text) && ASCII_WORD_START.test(text) ? ' ' : '';
        current!.text += joint + text;
        current!.lines.push(line);
      } else {
        current = { page, x: centerX(line.runs[0]!), y: line.baseline, text, lines: [line] };
        out.push(current);
      }
      previous = line;
      previousPage = page;
    }
  }
  return out;
}

function continuesParagraph(previous: Line, line: Line, m: Measure, newPage: boolean): boolean {
  const size = Math.max(previous.size, line.size);
  if (Math.abs(previous.size - line.size) > size * 0.15) return false;
  const centred = (l: Line) => Math.abs((l.x0 + l.x1) / 2 - m.center) < size * 1.5 && l.x0 > m.left + size;
  // A title wrapped over two centred lines larger than the body.
  if (line.size > m.size * 1.1 && centred(previous) && centred(line)) return newPage ? false : line.top - previous.bottom < size * 1.2;
  if (line.x0 > m.left + size * 0.8) return false; // indented: a new paragraph
  if (previous.x1 < m.right - size * 1.5) return false; // the previous line stopped short
  if (newPage) return true;
  return line.baseline - previous.baseline < size * 2.2;
}
