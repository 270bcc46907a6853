import { centerX, centerY, NUMERIC, type Run, type Segment } from './page.js';

/**
 * Ruled tables: the tables a page draws with cell borders, as Word, WPS, LibreOffice and browsers
 * draw a report's tables. Rulings that touch make a table; their x and y positions make its grid;
 * two neighbouring grid cells with no ruling between them are one merged cell. Each run of text
 * belongs to the cell its centre lies in, so a label wrapped over three lines, or 「结 果 维 持」
 * written a character at a time, is one cell's text.
 */

/** A cell of a ruled table as drawn: its box on its page and the text runs inside it. */
export interface Box {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  runs: Run[];
  /** The same cell on the next page, where the page broke a merged cell in two. */
  next?: Box;
  /** This box is the rest of a cell that starts on the page before. */
  continues?: boolean;
}

/** One table's cells, on one page or (once continued) several. */
export interface BoxTable {
  boxes: Box[];
  /** Per page it covers, its extent there. */
  parts: { page: number; top: number; bottom: number; left: number; right: number }[];
}

/** Positions closer than this are one line (borders drawn twice, or a pixel apart). */
const SNAP = 2;
/** Grid lines closer than this are one. */
const GRID_SNAP = 3;
/** Segments closer than this at their ends touch. */
const REACH = 3;
/** A boundary between two grid cells is drawn when rulings cover this share of it. */
const COVERED = 0.6;

/** Ruled tables of a page, top to bottom; `claimed` marks the runs they hold. */
export function ruledTables(page: number, rulings: readonly Segment[], runs: readonly Run[], claimed: Set<Run>): BoxTable[] {
  const horizontal = mergeSegments(rulings.filter((s) => s.horizontal));
  const vertical = mergeSegments(rulings.filter((s) => !s.horizontal));
  const tables: BoxTable[] = [];
  for (const group of connected(horizontal, vertical)) {
    if (group.h.length < 2 || group.v.length < 2) continue;
    const table = gridOf(page, group.h, group.v, runs, claimed);
    if (table) tables.push(table);
  }
  return tables.sort((a, b) => a.parts[0]!.top - b.parts[0]!.top);
}

/** Joins collinear pieces of a line (a border drawn cell by cell) into one segment. */
function mergeSegments(segments: Segment[]): Segment[] {
  const byPosition = [...segments].sort((a, b) => a.at - b.at);
  const merged: Segment[] = [];
  let i = 0;
  while (i < byPosition.length) {
    // One line: positions within SNAP of the first.
    let j = i;
    while (j < byPosition.length && byPosition[j]!.at - byPosition[i]!.at <= SNAP) j++;
    const line = byPosition.slice(i, j).sort((a, b) => a.from - b.from);
    const at = line.reduce((s, x) => s + x.at, 0) / line.length;
    let current: Segment | undefined;
    for (const s of line) {
      if (current && s.from <= current.to + REACH) current.to = Math.max(current.to, s.to);
      else {
        current = { horizontal: s.horizontal, at, from: s.from, to: s.to };
        merged.push(current);
      }
    }
    i = j;
  }
  return merged;
}

/** Groups of rulings that touch one another: each group is a table (or a frame, a rule under a heading). */
function connected(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i]!;
      const b = v[j]!;
      if (b.at >= a.from - REACH && b.at <= a.to + REACH && a.at >= b.from - REACH && a.at <= b.to + REACH) {
        parent[find(i)] = find(h.length + j);
      }
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  all.forEach((s, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, { h: [], v: [] });
    (s.horizontal ? groups.get(root)!.h : groups.get(root)!.v).push(s);
  });
  return [...groups.values()];
}

/** Sorted positions, those within SNAP of each other taken as one (their mean). */
export function clusterPositions(values: readonly number[], snap = SNAP): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > snap) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** The index of the interval of `lines` that holds `value`, or -1 outside. */
export function intervalOf(lines: readonly number[], value: number): number {
  if (value < lines[0]! || value > lines[lines.length - 1]!) return -1;
  let lo = 0;
  let hi = lines.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function gridOf(page: number, h: Segment[], v: Segment[], runs: readonly Run[], claimed: Set<Run>): BoxTable | undefined {
  const left = Math.min(...h.map((s) => s.from));
  const right = Math.max(...h.map((s) => s.to));
  const top = Math.min(...v.map((s) => s.from));
  const bottom = Math.max(...v.map((s) => s.to));
  // Double borders (two lines a point or two apart) are one line of the grid.
  const xs = clusterPositions([...v.map((s) => s.at), left, right], GRID_SNAP);
  const ys = clusterPositions([...h.map((s) => s.at), top, bottom], GRID_SNAP);
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Too small to be a table (a box around a heading, an underline): no inner ruling at all.
  if (rows * cols < 2) return undefined;

  // Union of neighbouring grid cells with no ruling between them.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const id = (r: number, c: number) => r * cols + c;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(v, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < rows && !covered(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const span = spans.get(root);
      if (!span) spans.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        span.r1 = Math.max(span.r1, r);
        span.c0 = Math.min(span.c0, c);
        span.c1 = Math.max(span.c1, c);
      }
    }
  }
  // A region with missing rulings inside may not be a rectangle: its grid cells then stand alone.
  const owner = new Int32Array(rows * cols).fill(-1);
  const boxes: Box[] = [];
  const place = (r0: number, r1: number, c0: number, c1: number) => {
    const index = boxes.length;
    boxes.push({ page, x0: xs[c0]!, x1: xs[c1 + 1]!, top: ys[r0]!, bottom: ys[r1 + 1]!, runs: [] });
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) owner[id(r, c)] = index;
  };
  const ordered = [...spans.entries()].sort((a, b) => a[1].r0 - b[1].r0 || a[1].c0 - b[1].c0);
  for (const [root, span] of ordered) {
    let rectangle = true;
    for (let r = span.r0; r <= span.r1 && rectangle; r++) {
      for (let c = span.c0; c <= span.c1; c++) {
        if (find(id(r, c)) !== root || owner[id(r, c)]! >= 0) {
          rectangle = false;
          break;
        }
      }
    }
    if (rectangle) place(span.r0, span.r1, span.c0, span.c1);
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (owner[id(r, c)]! < 0) place(r, r, c, c);

  let held = 0;
  for (const run of runs) {
    if (claimed.has(run)) continue;
    const r = intervalOf(ys, centerY(run));
    const c = intervalOf(xs, centerX(run));
    if (r < 0 || c < 0) continue;
    boxes[owner[id(r, c)]!]!.runs.push(run);
    claimed.add(run);
    held++;
  }
  // A frame with nothing in it, or one box round a paragraph: not a table. Nor rulings that leave
  // a number standing apart from the text before it in one box (a table ruled only between its
  // rows): its text is read from its alignment instead.
  if (held === 0 || boxes.filter((b) => b.runs.length > 0).length < 2 || boxes.some(underRuled)) {
    for (const b of boxes) for (const run of b.runs) claimed.delete(run);
    return undefined;
  }
  return { boxes, parts: [{ page, top: ys[0]!, bottom: ys[ys.length - 1]!, left: xs[0]!, right: xs[xs.length - 1]! }] };
}

/** A box holding, on one line, a number set well apart from what comes before it: two cells' text in one box. */
function underRuled(box: Box): boolean {
  const runs = [...box.runs].filter((r) => !r.vertical).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  for (let i = 1; i < runs.length; i++) {
    const [a, b] = [runs[i - 1]!, runs[i]!];
    if (Math.abs(a.baseline - b.baseline) > Math.min(a.size, b.size) * 0.35) continue;
    if (b.x0 - a.x1 > Math.min(a.size, b.size) * 1.2 && NUMERIC.test(b.text.replace(/\s/g, ''))) return true;
  }
  return false;
}

/** Rulings at `at` cover enough of [from, to]. */
function covered(segments: readonly Segment[], at: number, from: number, to: number): boolean {
  const length = to - from;
  if (length <= 0) return true;
  let sum = 0;
  for (const s of segments) {
    if (Math.abs(s.at - at) > SNAP) continue;
    sum += Math.max(0, Math.min(to, s.to) - Math.max(from, s.from));
  }
  return sum >= length * COVERED;
}
