import type { PdfOperatorList, PdfTextContent, PdfTextItem } from './engine.js';
import type { Run, Segment } from './page.js';

type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function asMatrix(value: unknown): Matrix | undefined {
  if (!value || typeof value !== 'object' || !('length' in value) || (value as ArrayLike<unknown>).length !== 6) return undefined;
  const m = Array.from(value as ArrayLike<unknown>, Number);
  return m.every(Number.isFinite) ? (m as unknown as Matrix) : undefined;
}

/**
 * PDF.js's text items → runs on the page (top-left origin). Items that are only white space are
 * dropped (PDF.js writes gaps as space items of no use here); consecutive items on one line that
 * touch are joined into one run (a number written a digit at a time stays one number), and items
 * that do not touch stay apart, so that two numbers are never read as one. A run drawn twice at
 * the same place (bold faked by overprinting) is kept once.
 */
export function textRuns(content: PdfTextContent, viewport: readonly number[]): Run[] {
  const view = asMatrix(viewport) ?? IDENTITY;
  const runs: Run[] = [];
  const seen = new Map<string, Run[]>();
  let previous: Run | undefined;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const whole = runOf(item, content.styles[item.fontName]?.vertical === true, view);
    if (!whole) continue;
    for (const run of splitAtSpaces(whole)) {
      if (previous && touches(previous, run)) {
        previous.text += run.text;
        previous.x1 = Math.max(previous.x1, run.x1);
        previous.top = Math.min(previous.top, run.top);
        previous.bottom = Math.max(previous.bottom, run.bottom);
        continue;
      }
      const twins = seen.get(run.text);
      if (twins?.some((t) => Math.abs(t.x0 - run.x0) < 1.5 && Math.abs(t.baseline - run.baseline) < 1.5)) continue;
      if (twins) twins.push(run);
      else seen.set(run.text, [run]);
      runs.push(run);
      previous = run;
    }
  }
  return runs;
}

/**
 * The page turned so that most of its text reads left to right: a table printed sideways (its
 * text running up or down the page) is read as a person reads it, the page turned. Returns the
 * viewport transform to read the page through, and the turned page's width and height.
 */
export function upright(content: PdfTextContent, viewport: { transform: readonly number[]; width: number; height: number }): { transform: number[]; width: number; height: number } {
  const view = asMatrix(viewport.transform) ?? IDENTITY;
  const weight = new Map<number, number>();
  for (const item of content.items) {
    if (!('str' in item) || content.styles[item.fontName]?.vertical) continue;
    const t = asMatrix(item.transform);
    const length = item.str.trim().length;
    if (!t || length === 0) continue;
    // The text's direction on the viewed page, to the nearest quarter turn.
    const dx = view[0] * t[0] + view[2] * t[1];
    const dy = view[1] * t[0] + view[3] * t[1];
    const quarter = ((Math.round(Math.atan2(dy, dx) / (Math.PI / 2)) % 4) + 4) % 4;
    weight.set(quarter, (weight.get(quarter) ?? 0) + length);
  }
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const [quarter, most] = [...weight.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (quarter === 0 || most * 2 <= total) return { transform: [...view], width: viewport.width, height: viewport.height };
  // Turn back by the text's angle, then move the page back into view.
  const angle = (-quarter * Math.PI) / 2;
  const [cos, sin] = [Math.round(Math.cos(angle)), Math.round(Math.sin(angle))];
  const turn: Matrix = [cos, sin, -sin, cos, 0, 0];
  const corners = [apply(turn, 0, 0), apply(turn, viewport.width, 0), apply(turn, 0, viewport.height), apply(turn, viewport.width, viewport.height)];
  const shift: Matrix = [1, 0, 0, 1, -Math.min(...corners.map((c) => c[0])), -Math.min(...corners.map((c) => c[1]))];
  const turned = quarter % 2 === 1;
  return { transform: [...multiply(shift, multiply(turn, view))], width: turned ? viewport.height : viewport.width, height: turned ? viewport.width : viewport.height };
}

/**
 * PDF.js joins text drawn a space apart on one line into one item, the gap written as a space
 * (「21 0」 for two numbers in neighbouring cells). Such an item is cut at its spaces into runs of
 * their own, each placed by its share of the item's width (a CJK character counts one em, any
 * other half, the spaces what is left), close enough to tell which cell each stands in.
 */
function splitAtSpaces(run: Run): Run[] {
  if (run.vertical || !/\S\s+\S/.test(run.text)) return [run];
  const parts = run.text.split(/(\s+)/).filter((p) => p !== '');
  const em = (text: string) => [...text].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 1 : 0.5), 0);
  const ink = parts.filter((p) => p.trim() !== '').reduce((w, p) => w + em(p), 0);
  const spaces = parts.filter((p) => p.trim() === '').length;
  const width = run.x1 - run.x0;
  const scale = Math.min(run.size, width / Math.max(ink, 0.5));
  const gap = spaces > 0 ? Math.max(0, (width - ink * scale) / spaces) : 0;
  const out: Run[] = [];
  let x = run.x0;
  for (const part of parts) {
    if (part.trim() === '') {
      x += gap;
      continue;
    }
    const w = em(part) * scale;
    out.push({ ...run, text: part, x0: x, x1: x + w });
    x += w;
  }
  return out;
}

/**
 * Kangxi radicals (U+2F00–U+2FD5) and compatibility ideographs (U+F900–U+FAFF) that some producers'
 * character maps give for ordinary characters (Chrome writes 「⾏政复议」 for 「行政复议」): the
 * character a reader sees.
 */
const LOOKALIKES = /[\u2f00-\u2fd5\uf900-\ufaff]/g;

function runOf(item: PdfTextItem, vertical: boolean, view: Matrix): Run | undefined {
  const text = item.str.replace(/\s+/g, ' ').replace(LOOKALIKES, (c) => c.normalize('NFKC'));
  if (text.trim() === '') return undefined;
  const t = asMatrix(item.transform);
  if (!t) return undefined;
  const advance = Math.hypot(t[0], t[1]) || 1;
  const up = Math.hypot(t[2], t[3]) || 1;
  const size = Math.abs(up);
  const dir: [number, number] = [t[0] / advance, t[1] / advance];
  const upDir: [number, number] = [t[2] / up, t[3] / up];
  const [ox, oy] = [t[4], t[5]];
  let corners: [number, number][];
  let base: [number, number];
  if (vertical) {
    // A vertical run starts at the top centre of its first glyph and goes down by its height.
    const half = (item.width || size) / 2;
    const down = item.height || size;
    corners = [
      [ox - half * dir[0], oy - half * dir[1]],
      [ox + half * dir[0], oy + half * dir[1]],
      [ox - half * dir[0] - down * upDir[0], oy - half * dir[1] - down * upDir[1]],
      [ox + half * dir[0] - down * upDir[0], oy + half * dir[1] - down * upDir[1]],
    ];
    base = [ox - (down / 2) * upDir[0], oy - (down / 2) * upDir[1]];
  } else {
    const width = item.width;
    const ascent = size * 0.88;
    const descent = size * 0.12;
    corners = [
      [ox - descent * upDir[0], oy - descent * upDir[1]],
      [ox + width * dir[0] - descent * upDir[0], oy + width * dir[1] - descent * upDir[1]],
      [ox + ascent * upDir[0], oy + ascent * upDir[1]],
      [ox + width * dir[0] + ascent * upDir[0], oy + width * dir[1] + ascent * upDir[1]],
    ];
    base = [ox, oy];
  }
  const points = corners.map(([x, y]) => apply(view, x, y));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const scale = Math.hypot(view[0], view[1]) || 1;
  return {
    text: text.trim() === text ? text : text.trim(),
    x0: Math.min(...xs),
    x1: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
    baseline: apply(view, base[0], base[1])[1],
    size: size * scale,
    vertical,
  };
}

/** The next run continues this one: the same line, no gap between them (a sliver of overlap or space allowed). */
function touches(a: Run, b: Run): boolean {
  if (a.vertical || b.vertical) return false;
  const size = Math.min(a.size, b.size);
  if (Math.abs(a.baseline - b.baseline) > size * 0.25) return false;
  const gap = b.x0 - a.x1;
  return gap > -size * 0.3 && gap < size * 0.12;
}

/** Operator codes the ruling finder needs, by name. */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  moveTo: number;
  lineTo: number;
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
  closePath: number;
  rectangle: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  endPath: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  setStrokeTransparent: number;
  setFillTransparent: number;
  setTextRenderingMode: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

const STROKES = ['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'] as const;
const FILLS = ['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'] as const;

/** Thinner than this, a filled rectangle is a line (Word and browsers draw borders as thin rectangles). */
const THIN = 3;
/** Lines off the axes by less than this are taken as on them. */
const SKEW = 0.8;
const MIN_LENGTH = 2;
/** A page's tables draw a few hundred lines; past this many the page is a drawing. */
const MAX_SEGMENTS = 5000;

interface GraphicsState {
  ctm: Matrix;
  stroke: boolean;
  fill: boolean;
  /** Text rendering mode (Tr): 3 and 7 show nothing. */
  textMode: number;
}

/** What a page draws, for the reader: its ruling lines, and how much of its text is shown (not invisible). */
export interface Drawing {
  segments: Segment[];
  /** Text-showing operations in a visible rendering mode, and in an invisible one (3 or 7: an OCR layer over a scan). */
  shownText: number;
  hiddenText: number;
}

/**
 * The ruling lines a page draws: stroked horizontal and vertical lines and rectangle edges, and
 * thin filled rectangles, in page coordinates. Lines in white (or no colour) are not lines anyone
 * sees. Clipping paths are not drawn and are not lines. And how many of its text operations show
 * text and how many write it invisibly.
 */
export function drawing(list: PdfOperatorList, ops: Ops, viewport: readonly number[]): Drawing {
  const view = asMatrix(viewport) ?? IDENTITY;
  const segments: Segment[] = [];
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, stroke: true, fill: true, textMode: 0 };
  let shownText = 0;
  let hiddenText = 0;
  const showing = new Set<number>([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  let path: [number, number][][] = [];
  const strokes = new Set<number>(STROKES.map((name) => ops[name]));
  const fills = new Set<number>(FILLS.map((name) => ops[name]));
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(state);
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m) state = { ...state, ctm: multiply(state.ctm, m) };
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(state);
      const m = asMatrix(args?.[0]);
      if (m) state = { ...state, ctm: multiply(state.ctm, m) };
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setStrokeRGBColor) state = { ...state, stroke: visible(args) };
    else if (fn === ops.setFillRGBColor) state = { ...state, fill: visible(args) };
    else if (fn === ops.setStrokeTransparent) state = { ...state, stroke: false };
    else if (fn === ops.setFillTransparent) state = { ...state, fill: false };
    else if (fn === ops.setTextRenderingMode) state = { ...state, textMode: Number(args?.[0] ?? 0) };
    else if (showing.has(fn)) {
      if (state.textMode === 3 || state.textMode === 7) hiddenText++;
      else shownText++;
    } else if (fn === ops.constructPath) for (const sub of subpaths(args, ops, multiply(view, state.ctm))) path.push(sub);
    else if (fn === ops.endPath) path = [];
    else if (strokes.has(fn) || fills.has(fn)) {
      if (strokes.has(fn) && state.stroke) for (const points of path) strokeSegments(points, segments);
      if (fills.has(fn) && state.fill) for (const points of path) fillSegment(points, segments);
      path = [];
    }
  }
  // More lines than any table draws: a drawing (a chart, a map, hatching), whose lines make no grid.
  return { segments: segments.length > MAX_SEGMENTS ? [] : segments, shownText, hiddenText };
}

/** A colour anyone sees on white paper: not white. */
function visible(args: unknown[] | null): boolean {
  // PDF.js hands the colour as [r, g, b] (0–255) or, in some versions, as '#rrggbb'.
  const color = typeof args?.[0] === 'string' ? args[0] : args;
  let rgb: number[] = [];
  if (typeof color === 'string') {
    const hex = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    if (hex) rgb = hex.slice(1).map((h) => parseInt(h, 16));
  } else if (color && typeof color === 'object' && 'length' in color) {
    rgb = Array.from(color as ArrayLike<number>).slice(0, 3);
  }
  return !(rgb.length === 3 && rgb.every((v) => v >= 242));
}

/** A constructPath's subpaths as points on the page; a rectangle is a closed subpath of its four corners. */
function subpaths(args: unknown[] | null, ops: Ops, m: Matrix): [number, number][][] {
  const codes = args?.[0] as ArrayLike<number> | undefined;
  const coords = args?.[1] as ArrayLike<number> | undefined;
  if (!codes || !coords) return [];
  const result: [number, number][][] = [];
  let current: [number, number][] = [];
  let k = 0;
  const point = (x: number, y: number) => apply(m, x, y);
  for (let j = 0; j < codes.length; j++) {
    const code = codes[j]!;
    if (code === ops.rectangle) {
      const [x, y, w, h] = [coords[k]!, coords[k + 1]!, coords[k + 2]!, coords[k + 3]!];
      k += 4;
      if (current.length > 0) result.push(current);
      current = [];
      const corners = [point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h)];
      result.push([...corners, corners[0]!]);
    } else if (code === ops.moveTo) {
      if (current.length > 0) result.push(current);
      current = [point(coords[k]!, coords[k + 1]!)];
      k += 2;
    } else if (code === ops.lineTo) {
      current.push(point(coords[k]!, coords[k + 1]!));
      k += 2;
    } else if (code === ops.curveTo) {
      current.push(point(coords[k + 4]!, coords[k + 5]!));
      current.push([Number.NaN, Number.NaN]); // a curve is no ruling: break the run of lines here
      k += 6;
    } else if (code === ops.curveTo2 || code === ops.curveTo3) {
      current.push(point(coords[k + 2]!, coords[k + 3]!));
      current.push([Number.NaN, Number.NaN]);
      k += 4;
    } else if (code === ops.closePath) {
      if (current.length > 1) current.push(current[0]!);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

function strokeSegments(points: [number, number][], out: Segment[]) {
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    if (![x0, y0, x1, y1].every(Number.isFinite)) continue;
    if (Math.abs(y1 - y0) <= SKEW && Math.abs(x1 - x0) >= MIN_LENGTH) {
      out.push({ horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    } else if (Math.abs(x1 - x0) <= SKEW && Math.abs(y1 - y0) >= MIN_LENGTH) {
      out.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
    }
  }
}

/** A filled subpath that is a thin axis-aligned rectangle: a line along its length. */
function fillSegment(points: [number, number][], out: Segment[]) {
  if (points.length < 4 || points.length > 6 || !points.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Every corner on the box: an axis-aligned rectangle.
  if (!points.every(([x, y]) => (near(x, left) || near(x, right)) && (near(y, top) || near(y, bottom)))) return;
  const width = right - left;
  const height = bottom - top;
  if (height <= THIN && width >= MIN_LENGTH && width > height) out.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
  else if (width <= THIN && height >= MIN_LENGTH && height > width) out.push({ horizontal: false, at: (left + right) / 2, from: top, to: bottom });
}

const near = (a: number, b: number) => Math.abs(a - b) <= SKEW;
