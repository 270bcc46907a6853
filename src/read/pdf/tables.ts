import type { DocCell, DocTable } from '../document.js';
import { clusterPositions, type Box, type BoxTable } from './lattice.js';
import { cellText } from './lines.js';
import { NUMERIC } from './page.js';

/** Column edges of two tables closer than this are one edge. */
const EDGE = 3;
/** Points to millimetres, for positions rounded the way a person measures a page. */
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A table broken by a page: the first table on a page continues the last one of the page before
 * when nothing else stands between them (only page furniture), and its column edges are the
 * earlier table's (within a few points: the same table, laid out again). A header the writer
 * repeated at the top of the new page is dropped, so the rows read on as one table.
 * `between(a, b)` says whether any text stands between the end of `a` and the start of `b`.
 */
export function joinContinued(tables: BoxTable[], between: (a: BoxTable, b: BoxTable) => boolean): BoxTable[] {
  const out: BoxTable[] = [];
  // The table being built: its boxes per page, and its first rows as text (to spot a repeated header).
  let pages = new Map<number, Box[]>();
  let head: string[] = [];
  for (const table of tables) {
    const last = out[out.length - 1];
    const lastPart = last?.parts[last.parts.length - 1];
    const first = table.parts[0]!;
    const nextPages = byPage(table.boxes);
    const earlier = lastPart ? (pages.get(lastPart.page) ?? []) : [];
    const later = nextPages.get(first.page) ?? [];
    if (last && lastPart && first.page === lastPart.page + 1 && sameColumns(earlier, later) && !between(last, table)) {
      const kept = withoutRepeatedHeader(head, table, later);
      linkBrokenCells(lastPart, earlier, kept);
      last.boxes.push(...kept.boxes);
      last.parts.push(...kept.parts);
      for (const [page, boxes] of byPage(kept.boxes)) pages.set(page, [...(pages.get(page) ?? []), ...boxes]);
    } else {
      out.push({ boxes: [...table.boxes], parts: [...table.parts] });
      pages = nextPages;
      head = rowTexts(later);
    }
  }
  return out;
}

function byPage(boxes: readonly Box[]): Map<number, Box[]> {
  const pages = new Map<number, Box[]>();
  for (const b of boxes) {
    let list = pages.get(b.page);
    if (!list) pages.set(b.page, (list = []));
    list.push(b);
  }
  return pages;
}

/**
 * A merged cell the page break cut in two (a group label such as 「（四）无法提供」 spanning rows on
 * both pages, its text 「（四）无」 here and 「法提供」 there): the box that ends the earlier part and
 * the box that starts the later one in the same columns are one cell when the later one is empty
 * or spans several rows, and neither holds a number. A cell ending one page and the next row's
 * cell starting the next (a header over two rows, and the row of numbers under it) stay two.
 */
function linkBrokenCells(end: BoxTable['parts'][number], endBoxes: readonly Box[], next: BoxTable) {
  const start = next.parts[0]!;
  const startBoxes = next.boxes.filter((b) => b.page === start.page);
  const startRows = rowLines(startBoxes);
  const span = (lines: number[], b: Box) => lines.filter((y) => y > b.top + EDGE && y < b.bottom - EDGE).length + 1;
  for (const later of startBoxes) {
    if (Math.abs(later.top - start.top) > EDGE) continue;
    const earlier = endBoxes.find((b) => !b.next && Math.abs(b.bottom - end.bottom) <= EDGE && Math.abs(b.x0 - later.x0) <= EDGE && Math.abs(b.x1 - later.x1) <= EDGE);
    if (!earlier) continue;
    const numbers = [earlier, later].some((b) => b.runs.length > 0 && NUMERIC.test(cellText(b.runs).replace(/\s/g, '')));
    if (!numbers && (later.runs.length === 0 || span(startRows, later) > 1)) {
      earlier.next = later;
      later.continues = true;
    }
  }
}

function rowLines(boxes: readonly Box[]): number[] {
  return clusterPositions(
    boxes.flatMap((b) => [b.top, b.bottom]),
    EDGE,
  );
}

/** The left and right edges agree, and most inner column edges of either are edges of the other. */
function sameColumns(a: readonly Box[], b: readonly Box[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const ea = edges(a);
  const eb = edges(b);
  if (Math.abs(ea[0]! - eb[0]!) > EDGE || Math.abs(ea[ea.length - 1]! - eb[eb.length - 1]!) > EDGE) return false;
  const shared = eb.filter((x) => ea.some((y) => Math.abs(x - y) <= EDGE)).length;
  return shared >= Math.max(2, Math.min(ea.length, eb.length) * 0.75);
}

function edges(boxes: readonly Box[]): number[] {
  return clusterPositions(
    boxes.flatMap((b) => [b.x0, b.x1]),
    EDGE,
  );
}

/** A page part's rows, top to bottom, each as the text of its boxes left to right. */
function rowTexts(boxes: readonly Box[]): string[] {
  const tops = clusterPositions(
    boxes.map((b) => b.top),
    EDGE,
  );
  return tops.map((top) =>
    boxes
      .filter((b) => Math.abs(b.top - top) <= EDGE)
      .sort((x, y) => x.x0 - y.x0)
      .map((b) => cellText(b.runs))
      .join('|'),
  );
}

/** The rows at the top of `next` that repeat the first rows of the table (`head`), text for text, are left out. */
function withoutRepeatedHeader(head: readonly string[], next: BoxTable, firstPage: readonly Box[]): BoxTable {
  const start = rowTexts(firstPage);
  let same = 0;
  while (same < start.length && same < head.length && start[same] === head[same] && start[same] !== '') same++;
  // Only a header: never the whole table, never rows with numbers in them.
  if (same === 0 || same >= start.length) return next;
  const cut = clusterPositions(
    firstPage.map((b) => b.top),
    EDGE,
  )[same]!;
  return { boxes: next.boxes.filter((b) => b.page !== next.parts[0]!.page || b.top >= cut - EDGE), parts: next.parts.map((p, i) => (i === 0 ? { ...p, top: cut } : p)) };
}

/**
 * A ruled table on the document's grid: one column per distinct column edge of all its parts, one
 * row per distinct row edge of each page in turn; every box with text becomes a cell spanning the
 * grid positions it covers. A cell's source is the middle of its box on its page.
 */
export function docTableOf(table: BoxTable): DocTable {
  const xs = clusterPositions(
    table.boxes.flatMap((b) => [b.x0, b.x1]),
    EDGE,
  );
  const rows: { page: number; top: number; bottom: number }[] = [];
  for (const part of table.parts) {
    const ys = clusterPositions(
      table.boxes.filter((b) => b.page === part.page).flatMap((b) => [b.top, b.bottom]),
      EDGE,
    );
    for (let i = 0; i + 1 < ys.length; i++) rows.push({ page: part.page, top: ys[i]!, bottom: ys[i + 1]! });
  }
  const colOf = (x: number) => nearest(xs, x);
  // Each page's rows, for finding a box's first and last row by its top and bottom.
  const rowsByPage = new Map<number, number[]>();
  rows.forEach((r, i) => {
    let list = rowsByPage.get(r.page);
    if (!list) rowsByPage.set(r.page, (list = []));
    list.push(i);
  });
  const nearestRow = (page: number, y: number, edge: 'top' | 'bottom') => {
    const candidates = rowsByPage.get(page) ?? [];
    let best = -1;
    let distance = Number.POSITIVE_INFINITY;
    // The rows of a page are in order: a binary search finds the nearest edge.
    let lo = 0;
    let hi = candidates.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[candidates[mid]!]![edge] < y) lo = mid + 1;
      else hi = mid;
    }
    for (const k of [lo - 1, lo, lo + 1]) {
      const i = candidates[k];
      if (i === undefined) continue;
      const d = Math.abs(rows[i]![edge] - y);
      if (d < distance) [best, distance] = [i, d];
    }
    return best;
  };
  const rowOf = (page: number, y: number) => nearestRow(page, y, 'top');
  const rowEnd = (page: number, y: number) => nearestRow(page, y, 'bottom');
  const cells: DocCell[] = [];
  for (const box of table.boxes) {
    if (box.continues) continue;
    let last = box;
    const parts = [box];
    while (last.next) parts.push((last = last.next));
    const text = parts
      .map((b) => cellText(b.runs).trim())
      .join('')
      .trim();
    if (text === '') continue;
    const r0 = rowOf(box.page, box.top);
    const r1 = Math.max(r0, rowEnd(last.page, last.bottom));
    const c0 = colOf(box.x0);
    const c1 = Math.max(c0, colOf(box.x1) - 1);
    if (r0 < 0) continue;
    cells.push({
      row: r0 + 1,
      col: c0 + 1,
      ...(r1 > r0 ? { rowSpan: r1 - r0 + 1 } : {}),
      ...(c1 > c0 ? { colSpan: c1 - c0 + 1 } : {}),
      kind: 'text',
      text,
      source: { kind: 'pdf', page: box.page, x: round((box.x0 + box.x1) / 2), y: round((box.top + box.bottom) / 2) },
    });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    origin: {
      kind: 'pdf',
      rows: rows.map((r) => ({ page: r.page, y: round((r.top + r.bottom) / 2) })),
      cols: xs.slice(0, -1).map((x, i) => round((x + xs[i + 1]!) / 2)),
    },
    cells,
  };
}

function nearest(values: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i]! - x) < Math.abs(values[best]! - x)) best = i;
  return best;
}
