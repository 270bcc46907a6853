import type { DocCell, DocTable } from '../document.js';
import { clusterPositions } from './lattice.js';
import { lineText, type Line } from './lines.js';
import { NUMERIC, type Run } from './page.js';

/**
 * Tables without rulings, found by the alignment of their text. Lines whose text stands apart in
 * cells (wide gaps between runs) make a table when some of them hold several numbers. Its value
 * columns are where its numbers and its lowest headers stand: their extents on the x axis,
 * overlapping ones joined, are the columns, and every cell belongs to the column its centre is in.
 * Labels left of the values take the first three columns by where they start, so the values of
 * every such table start in the same column, and a table's part on the next page (no header
 * repeated) takes its columns from the part before by position. Header text broken over lines is
 * joined per column; a row label wrapped over lines, its numbers centred between them, is put back
 * on the row of its numbers. When the numbers do not fall into columns (two of one row in one
 * column), there is no table: its lines stay prose, and the locator finds nothing rather than
 * something wrong.
 */

/** A table found by the alignment of its text, on one page. */
export interface StreamTable {
  page: number;
  top: number;
  bottom: number;
  /** The value columns' extents, left to right (the first is grid column LABEL_COLUMNS + 1). */
  columns: Interval[];
  /** A row of numbers without a label among rows with one: the table's reading is in doubt. */
  doubtful?: boolean;
  table: DocTable;
}

interface Interval {
  from: number;
  to: number;
}

interface Cell {
  runs: Run[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  numeric: boolean;
}

interface Row {
  line: Line;
  cells: Cell[];
}

interface Placed {
  col: number;
  colSpan: number;
  cell: Cell;
  /** A label's column among all the table's label starts, left to right (col stops at LABEL_COLUMNS). */
  rank?: number;
}

/** Runs further apart than this (in font sizes) are separate cells. */
const CELL_GAP = 0.8;
/** At most this many lines without cells between two table lines (a label alone on its line). */
const MAX_GAP_LINES = 2;
/**
 * Label columns every table gets (表三 has three levels, 「三、」「（三）」「1.」, and a label
 * written top to bottom may stand apart from them); values start after them.
 */
export const LABEL_COLUMNS = 4;
/** A cell wider than this share of the page is prose, not a table's. */
const PROSE_WIDTH = 0.5;
const round = (v: number) => Math.round(v * 10) / 10;
const isNumber = (text: string) => NUMERIC.test(text.replace(/\s/g, ''));
/** A label that starts an item: 「1.」 「2、」 「（三）」 「四、」. */
const ENUMERATED = /^\s*(?:\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/;

export function streamTables(page: number, lines: Line[], pageWidth: number): { tables: StreamTable[]; rest: Line[] } {
  const rows = lines.map((line) => ({ line, cells: cellsOf(line) }));
  // A line of prose may break into two cells (a justified line's wide gap after 「2023」); a table's
  // row with a long label has more.
  const tabular = rows.map((r) => r.cells.length >= 3 || (r.cells.length === 2 && r.cells.every((c) => c.x1 - c.x0 <= pageWidth * PROSE_WIDTH)));
  const tables: StreamTable[] = [];
  const used = new Set<Line>();
  /** Lines before this one belong to an earlier table. */
  let floor = 0;
  let i = 0;
  while (i < rows.length) {
    if (!tabular[i]) {
      i++;
      continue;
    }
    const [around, end] = blockAround(rows, tabular, i);
    const start = Math.max(around, floor);
    floor = end;
    const table = tableOf(page, rows.slice(start, end));
    if (table) {
      tables.push(table);
      for (let k = start; k < end; k++) used.add(rows[k]!.line);
    }
    i = Math.max(i + 1, end);
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}

/** A line's cells: runs joined where the gap is narrow, never two numbers into one. */
function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let runs: Run[] = [];
  const flush = () => {
    if (runs.length === 0) return;
    const text = lineText(runs).trim();
    cells.push({
      runs,
      text,
      x0: Math.min(...runs.map((r) => r.x0)),
      x1: Math.max(...runs.map((r) => r.x1)),
      top: Math.min(...runs.map((r) => r.top)),
      bottom: Math.max(...runs.map((r) => r.bottom)),
      size: Math.max(...runs.map((r) => r.size)),
      numeric: isNumber(text),
    });
    runs = [];
  };
  let lastNumber = false;
  for (const run of line.runs) {
    const last = runs[runs.length - 1];
    const number = isNumber(run.text);
    if (last) {
      const gap = run.x0 - last.x1;
      const size = Math.min(last.size, run.size);
      // Never two numbers in one cell; a number set apart from the words before it is a cell of its own.
      if (gap > size * CELL_GAP || (lastNumber && number) || (gap > size * 0.2 && number !== lastNumber)) flush();
    }
    runs.push(run);
    lastNumber = number;
  }
  flush();
  return cells;
}

/**
 * The lines of the table that holds tabular line `first`: tabular lines, with up to two short
 * lines between them (a label alone on its line), and up to two short lines set close just above
 * (a heading row of one cell, 「第二十条第（一）项」) or below (the rest of a wrapped label). A line
 * larger than the table's labels (a section heading) ends it.
 */
function blockAround(rows: readonly Row[], tabular: readonly boolean[], first: number): [number, number] {
  const labelSize = Math.min(...rows[first]!.cells.map((c) => c.size));
  const heading = (r: Row) => r.line.size > labelSize * 1.15 && !r.cells.some((c) => c.numeric);
  const attached = (k: number) => !tabular[k] && rows[k]!.cells.length === 1 && isShort(rows[k]!) && !heading(rows[k]!);
  // Where the numbers of the table's rows so far start: short lines left of it are its labels' pieces
  // (a label written a character a line, a group label wrapped), however many there are.
  let values = Number.POSITIVE_INFINITY;
  const noteValues = (k: number) => {
    for (const c of rows[k]!.cells) if (c.numeric) values = Math.min(values, c.x0);
  };
  const labelPiece = (k: number) => attached(k) && rows[k]!.cells[0]!.x1 < values;
  noteValues(first);
  let end = first + 1;
  let at = first + 1;
  while (at < rows.length) {
    if (tabular[at]) {
      noteValues(at);
      end = ++at;
      continue;
    }
    let gap = at;
    while (gap < rows.length && (labelPiece(gap) || (gap - at < MAX_GAP_LINES && attached(gap)))) gap++;
    if (gap === at || gap >= rows.length || !tabular[gap]) break;
    at = gap;
  }
  // The table's row pitch: a line one pitch or so from its first or last row is its heading or its label's rest.
  const baselines = rows.slice(first, end).map((r) => r.line.baseline);
  const steps = baselines
    .slice(1)
    .map((b, k) => b - baselines[k]!)
    .sort((a, b) => a - b);
  const pitch = Math.max(steps[Math.floor(steps.length / 2)] ?? 0, rows[first]!.line.size * 2.2);
  const close = (a: Row, b: Row) => b.line.baseline - a.line.baseline <= pitch * 1.25;
  for (let k = 0; k < MAX_GAP_LINES && end < rows.length && attached(end) && close(rows[end - 1]!, rows[end]!); k++) end++;
  let start = first;
  for (let k = 0; k < MAX_GAP_LINES && start > 0 && attached(start - 1) && close(rows[start - 1]!, rows[start]!); k++) start--;
  return [start, end];
}

function isShort(row: Row): boolean {
  const text = row.cells.map((c) => c.text).join('');
  return text.length > 0 && text.length <= 40 && !/[。；;！？!?]$/.test(text);
}

/** Two lines set close (within `sizes` font sizes): the lines of one wrapped cell, or a row and its label's other line. */
function near(a: Row, b: Row, sizes = 1): boolean {
  const size = Math.max(a.line.size, b.line.size);
  return b.line.top - a.line.bottom < size * sizes;
}

function tableOf(page: number, block: Row[]): StreamTable | undefined {
  // Rows with a number in them: two at least, or one with five (表四's single row of fifteen).
  const numericRows = block.filter((r) => r.cells.length >= 2 && r.cells.some((c) => c.numeric));
  const widest = Math.max(0, ...numericRows.map((r) => r.cells.filter((c) => c.numeric).length));
  if (numericRows.length < 2 && widest < 5) return undefined;
  const firstData = block.indexOf(numericRows[0]!);
  const columns = valueColumns(block, firstData);
  if (!columns) return undefined;
  return build(page, block, columns, firstData);
}

/** Places a block's cells on the grid of `columns` (value columns), joins wrapped headers and labels. */
function build(page: number, block: readonly Row[], columns: Interval[], firstData: number): StreamTable | undefined {
  const valueStart = columns[0]!.from;
  // Labels: what ends left of the values (a label wrapped onto a line of its own too).
  const firstNumber = Math.min(...block.flatMap((r) => r.cells.filter((c) => c.numeric).map((c) => c.x0)));
  const isLabel = (c: Cell) => !c.numeric && c.x1 <= Math.max(valueStart, firstNumber - 0.5) + c.size * 0.3;
  const labelStarts = clusterPositions(
    block.flatMap((r) => r.cells.filter(isLabel).map((c) => c.x0)),
    Math.max(4, block[0]!.line.size * 0.8),
  );
  const labelRank = (c: Cell) => {
    let best = 0;
    labelStarts.forEach((x, i) => {
      if (Math.abs(x - c.x0) < Math.abs(labelStarts[best]! - c.x0)) best = i;
    });
    return best + 1;
  };
  const labelCol = (c: Cell) => Math.min(labelRank(c), LABEL_COLUMNS);
  const valueCol = (x: number) => {
    let best = 0;
    columns.forEach((col, i) => {
      if (x >= col.from) best = i;
    });
    return LABEL_COLUMNS + 1 + best;
  };
  // Text over several columns spans those whose middles it covers.
  const middles = columns.map((c) => (c.from + c.to) / 2);
  const placeText = (cell: Cell): Placed => {
    const col = valueCol((cell.x0 + cell.x1) / 2);
    const covered = middles.map((m, i) => (m >= cell.x0 && m <= cell.x1 ? LABEL_COLUMNS + 1 + i : 0)).filter((c) => c > 0);
    const first = Math.min(col, ...covered);
    const last = Math.max(col, ...covered);
    return { col: first, colSpan: last - first + 1, cell };
  };
  const placed: Placed[][] = block.map((r) =>
    r.cells.flatMap((cell) => {
      if (isLabel(cell)) return [{ col: labelCol(cell), colSpan: 1, cell, rank: labelRank(cell) }];
      if (cell.numeric) return [{ col: valueCol((cell.x0 + cell.x1) / 2), colSpan: 1, cell }];
      // Header words close together over narrow columns (「结果 其他」): each in its own column.
      const parts = splitByColumn(cell, (run) => valueCol((run.x0 + run.x1) / 2));
      return parts.map(placeText);
    }),
  );
  // A top header row of a few texts over many columns (groups' headers, not columns'): they share
  // out the value columns, each those nearer to it than to its neighbours, so that a header centred
  // over the columns of its group (「行政复议」 over five, 「申请人情况」 over all seven) is their
  // header, as drawn.
  const topRow = placed.findIndex((row, i) => i < firstData && row.some((p) => p.col > LABEL_COLUMNS && !p.cell.numeric));
  const groupRow = topRow >= 0 && placed[topRow]!.filter((p) => p.col > LABEL_COLUMNS && !p.cell.numeric).length * 2 <= columns.length;
  if (groupRow) {
    const heads = placed[topRow]!.filter((p) => p.col > LABEL_COLUMNS && !p.cell.numeric).sort((a, b) => a.cell.x0 - b.cell.x0);
    const centre = (p: Placed) => (p.cell.x0 + p.cell.x1) / 2;
    // A group's header has headers of its own columns under it; a column's header (「自然人」) has none.
    const below = (p: Placed) => placed.slice(topRow + 1, Math.max(topRow + 1, firstData)).some((row) => row.some((q) => !q.cell.numeric && q.col === p.col));
    heads.forEach((p, i) => {
      if (!below(p)) return;
      const from = i === 0 ? Number.NEGATIVE_INFINITY : (centre(heads[i - 1]!) + centre(p)) / 2;
      const to = i + 1 < heads.length ? (centre(p) + centre(heads[i + 1]!)) / 2 : Number.POSITIVE_INFINITY;
      const claimed = middles.map((m, k) => (m >= from && m < to ? LABEL_COLUMNS + 1 + k : 0)).filter((c) => c > 0);
      if (claimed.length === 0) return;
      p.col = Math.min(p.col, ...claimed);
      p.colSpan = Math.max(p.col + p.colSpan, Math.max(...claimed) + 1) - p.col;
    });
  }

  // Two numbers of a row in one column: the columns are not what they seem. No table.
  for (const row of placed) {
    const numbers = row.filter((p) => p.cell.numeric).map((p) => p.col);
    if (new Set(numbers).size !== numbers.length) return undefined;
  }
  const rows = joinHeaders(block, placed, firstData);
  rejoinWrappedLabels(rows, block);
  for (const row of rows) if (!row.absorbed) alignLabels(row.placed);
  underSpanningHeaders(rows);
  // Rows of numbers with labels, and a row of numbers without one among them: a label that could
  // not be put back on its row, or two tables run together. The reading is in doubt.
  const numbered = rows.filter((r) => !r.absorbed && r.placed.some((p) => p.cell.numeric));
  const labelled = numbered.filter((r) => r.placed.some((p) => p.col <= LABEL_COLUMNS)).length;
  // So are rows whose numbers stand in columns that do not nest (7 in some, 15 in others: 表三 and
  // 表四 run together), where a row with a blank has its numbers in a full row's columns.
  const sets = numbered.map((r) => new Set(r.placed.filter((p) => p.cell.numeric).map((p) => p.col)));
  const within = (a: Set<number>, b: Set<number>) => [...a].every((c) => b.has(c));
  const nested = sets.every((a) => sets.every((b) => within(a, b) || within(b, a)));
  const doubtful = (labelled >= 2 && labelled < numbered.length) || !nested;

  const cells: DocCell[] = [];
  const origins: { page: number; y: number }[] = [];
  rows
    .filter((r) => !r.absorbed)
    .forEach((row, r) => {
      origins.push({ page, y: round(row.line.baseline) });
      const seen = new Set<number>();
      for (const p of row.placed.sort((a, b) => a.col - b.col)) {
        if (seen.has(p.col)) continue; // two labels of one row in one label column: the first
        seen.add(p.col);
        cells.push({
          row: r + 1,
          col: p.col,
          ...(p.colSpan > 1 ? { colSpan: p.colSpan } : {}),
          kind: 'text',
          text: p.cell.text,
          source: { kind: 'pdf', page, x: round((p.cell.x0 + p.cell.x1) / 2), y: round((p.cell.top + p.cell.bottom) / 2) },
        });
      }
    });
  const labelXs = Array.from({ length: LABEL_COLUMNS }, (_, i) => round(labelStarts[i] ?? labelStarts[labelStarts.length - 1] ?? 0));
  return {
    page,
    top: Math.min(...block.map((r) => r.line.top)),
    bottom: Math.max(...block.map((r) => r.line.bottom)),
    columns,
    ...(doubtful ? { doubtful } : {}),
    table: { origin: { kind: 'pdf', rows: origins, cols: [...labelXs, ...columns.map((c) => round((c.from + c.to) / 2))] }, cells },
  };
}

/**
 * A number alone on its row under a header alone over the values (表二's 「本年处理决定数量」 over
 * the three columns of its section, the header at the left, the number in the middle) belongs to
 * that header's column. Rows of single numbers between them (「行政强制」 under 「行政处罚」) too.
 */
function underSpanningHeaders(rows: BuiltRow[]) {
  const live = rows.filter((r) => !r.absorbed);
  const numbersOf = (r: BuiltRow) => r.placed.filter((p) => p.cell.numeric);
  live.forEach((row, i) => {
    const numbers = numbersOf(row);
    if (numbers.length !== 1) return;
    for (let j = i - 1; j >= 0; j--) {
      const above = numbersOf(live[j]!).length;
      if (above === 1) continue;
      if (above > 1) return;
      const heads = live[j]!.placed.filter((p) => !p.cell.numeric && p.col > LABEL_COLUMNS);
      if (heads.length === 0) continue;
      if (heads.length === 1) numbers[0]!.col = heads[0]!.col;
      return;
    }
  });
}

/** A cell's runs grouped by the column each stands in, as cells of their own. */
function splitByColumn(cell: Cell, colOf: (run: Run) => number): Cell[] {
  const groups: Run[][] = [];
  let last = Number.NaN;
  for (const run of cell.runs) {
    const col = colOf(run);
    if (col !== last) groups.push([]);
    groups[groups.length - 1]!.push(run);
    last = col;
  }
  if (groups.length <= 1) return [cell];
  return groups.map((runs) => ({
    runs,
    text: lineText(runs).trim(),
    x0: Math.min(...runs.map((r) => r.x0)),
    x1: Math.max(...runs.map((r) => r.x1)),
    top: Math.min(...runs.map((r) => r.top)),
    bottom: Math.max(...runs.map((r) => r.bottom)),
    size: Math.max(...runs.map((r) => r.size)),
    numeric: false,
  }));
}

/**
 * The value columns: the extents of the numbers, and of the header text just above them that
 * stands over one column (「商业」 over 「企业」; not 「法人或其他组织」 over five), overlapping
 * extents joined; a column runs from halfway to the previous one to halfway to the next. A column
 * no row has a number in is still a column when its header says so. Undefined when the numbers of
 * one row fall into one column.
 */
function valueColumns(block: readonly Row[], firstData: number): Interval[] | undefined {
  const numbers = block.flatMap((r) => r.cells.filter((c) => c.numeric));
  const widest = Math.max(...numbers.map((c) => c.x1 - c.x0));
  const labelEnd = Math.min(...numbers.map((c) => c.x0));
  const leaves = block.slice(0, Math.max(0, firstData)).flatMap((r) => r.cells.filter((c) => !c.numeric && c.x0 >= labelEnd - widest && c.x1 - c.x0 <= Math.max(widest * 1.6, c.size * 2.6)));
  const byNumbers = joinIntervals(numbers.map((c) => ({ from: c.x0, to: c.x1 })));
  // A header adds a column only where no number is near: half a column's width from every one.
  const centres = byNumbers.map((v) => (v.from + v.to) / 2);
  const steps = centres
    .slice(1)
    .map((c, k) => c - centres[k]!)
    .sort((a, b) => a - b);
  const half = (steps[Math.floor(steps.length / 2)] ?? widest * 2) / 2;
  const lonely = leaves.filter((c) => centres.every((x) => Math.abs((c.x0 + c.x1) / 2 - x) > half));
  const intervals = joinIntervals([...byNumbers, ...lonely.map((c) => ({ from: c.x0, to: c.x1 }))]);
  const rowsIn = new Map<number, Set<Row>>();
  for (const row of block) {
    const seen = new Set<number>();
    for (const c of row.cells.filter((x) => x.numeric)) {
      const i = intervals.findIndex((v) => c.x0 >= v.from - 0.01 && c.x1 <= v.to + 0.01);
      if (seen.has(i)) return undefined;
      seen.add(i);
      rowsIn.set(i, (rowsIn.get(i) ?? new Set()).add(row));
    }
  }
  // A table's numbers stand in columns, one under another; numbers in lines of prose stand anywhere.
  const numericLines = block.filter((r) => r.cells.some((c) => c.numeric)).length;
  if (numericLines >= 2) {
    const aligned = numbers.filter((c) => {
      const i = intervals.findIndex((v) => c.x0 >= v.from - 0.01 && c.x1 <= v.to + 0.01);
      return (rowsIn.get(i)?.size ?? 0) >= 2;
    }).length;
    if (aligned < numbers.length * 0.75) return undefined;
  }
  // Where the rows' labels end (not a heading's, which may stand over the values).
  const labelsEnd = Math.max(0, ...block.filter((r) => r.cells.some((c) => c.numeric)).flatMap((r) => r.cells.filter((c) => !c.numeric && c.x1 < intervals[0]!.from).map((c) => c.x1)));
  return intervals.map((v, i) => ({
    from: i === 0 ? (labelsEnd > 0 ? (labelsEnd + v.from) / 2 : v.from - 1) : (intervals[i - 1]!.to + v.from) / 2,
    to: i + 1 < intervals.length ? (v.to + intervals[i + 1]!.from) / 2 : v.to + 1,
  }));
}

function joinIntervals(spans: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + 0.5) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

interface BuiltRow {
  line: Line;
  placed: Placed[];
  absorbed: boolean;
}

/**
 * Above the first row of numbers, header text broken over lines is one cell per column:
 * 「商业」 and 「企业」 in one column become 「商业企业」 on the row of the first, whatever other
 * header lines stand between them; text over several columns stays where it is.
 */
function joinHeaders(block: readonly Row[], placed: Placed[][], firstData: number): BuiltRow[] {
  const rows: BuiltRow[] = block.map((row, i) => ({ line: row.line, placed: placed[i]!.map((p) => ({ ...p })), absorbed: false }));
  const heads = new Map<number, Placed>();
  for (let i = 0; i < Math.max(0, firstData); i++) {
    const row = rows[i]!;
    row.placed = row.placed.filter((p) => {
      if (p.colSpan > 1 || p.cell.numeric) return true;
      const head = heads.get(p.col);
      // The next line of one cell: set close under the last, as a cell's lines are.
      if (!head || !nextLineOf(head.cell, p.cell)) {
        heads.set(p.col, p);
        return true;
      }
      head.cell = { ...head.cell, text: head.cell.text + p.cell.text, bottom: Math.max(head.cell.bottom, p.cell.bottom), x0: Math.min(head.cell.x0, p.cell.x0), x1: Math.max(head.cell.x1, p.cell.x1) };
      return false;
    });
    if (row.placed.length === 0) row.absorbed = true;
  }
  return rows;
}

/**
 * A row's labels end where its values start: its innermost label in the last label column, the
 * others before it, in their order. Values then follow the labels directly, as the locator reads a
 * row whose headers it cannot match (the values after the labels, in order).
 */
function alignLabels(placed: Placed[]) {
  const labels = placed.filter((p) => p.col <= LABEL_COLUMNS).sort((a, b) => a.col - b.col);
  let next = LABEL_COLUMNS;
  for (let i = labels.length - 1; i >= 0; i--) {
    labels[i]!.col = Math.max(1, Math.min(labels[i]!.col, next));
    if (i === labels.length - 1) labels[i]!.col = LABEL_COLUMNS;
    next = labels[i]!.col - 1;
  }
}

/**
 * `lower` is the next line of the header cell `upper`: set close under it, or, for the short words
 * of a header written over widely spaced lines (「结 果」 over 「维持」), a little further.
 */
function nextLineOf(upper: Cell, lower: Cell): boolean {
  const gap = lower.top - upper.bottom;
  const size = Math.min(upper.size, lower.size);
  const short = (c: Cell) => c.text.replace(/\s/g, '').length <= 4;
  return gap <= size * 1.2 || (gap <= size * 2.6 && short(upper) && short(lower));
}

/**
 * A row's label wrapped over lines, with the row's numbers set between them: a line holding only
 * labels, close to a row with numbers, belongs to it. A line that starts an item (「1.」「（二）」)
 * goes with the row below it, any other with the row above it; its cells join the row's cells of
 * the same columns.
 */
function rejoinWrappedLabels(rows: BuiltRow[], block: readonly Row[]) {
  const labelOnly = (i: number) => !rows[i]!.absorbed && rows[i]!.placed.length > 0 && rows[i]!.placed.every((p) => p.col <= LABEL_COLUMNS);
  const hasValues = (i: number) => !rows[i]!.absorbed && rows[i]!.placed.some((p) => p.cell.numeric);
  const close = (a: number, b: number) => near(block[Math.min(a, b)]!, block[Math.max(a, b)]!);
  // Pieces of one label in one column, with no row of numbers between them (「（三）不」 and 「予公开」,
  // a character of another column's label between them): one label.
  for (let i = 0; i < rows.length; i++) {
    if (!labelOnly(i) || rows[i]!.placed.length !== 1 || ENUMERATED.test(rows[i]!.placed[0]!.cell.text)) continue;
    const piece = rows[i]!.placed[0]!;
    for (let j = i - 1; j >= 0; j--) {
      if (rows[j]!.absorbed) continue;
      if (hasValues(j) || !labelOnly(j)) break;
      const head = rows[j]!.placed.length === 1 ? rows[j]!.placed[0]! : undefined;
      if (!head || head.col !== piece.col) continue;
      if (piece.cell.top - head.cell.bottom > Math.max(head.cell.size, piece.cell.size) * 1.6) break;
      head.cell = { ...head.cell, text: head.cell.text + piece.cell.text, bottom: piece.cell.bottom };
      rows[i]!.absorbed = true;
      break;
    }
  }
  const itemCol = Math.max(
    0,
    ...rows.filter((r, i) => hasValues(i) && r.placed.some((p) => p.col <= LABEL_COLUMNS)).map((r) => Math.max(...r.placed.filter((p) => p.col <= LABEL_COLUMNS).map((p) => p.col))),
  );
  for (let i = 0; i < rows.length; i++) {
    if (!labelOnly(i)) continue;
    const group = groupStart(i);
    if (group !== undefined) {
      rows[group]!.placed.push(...rows[i]!.placed);
      rows[i]!.absorbed = true;
      continue;
    }
    // Whether the line starts an item is told by its innermost label (a group's piece may stand before it).
    const innermost = rows[i]!.placed.reduce((a, b) => (b.col > a.col ? b : a));
    const startsItem = ENUMERATED.test(innermost.cell.text);
    const step = startsItem ? 1 : -1;
    let target = i + step;
    while (target >= 0 && target < rows.length && rows[target]!.absorbed) target += step;
    if (target < 0 || target >= rows.length || !hasValues(target) || !close(i, target)) continue;
    // The line's text goes onto the label it continues (or starts): the target row's last label,
    // whichever column its first line started in.
    const labels = rows[target]!.placed.filter((q) => q.col <= LABEL_COLUMNS).sort((a, b) => a.col - b.col);
    const own = labels[labels.length - 1];
    const line = rows[i]!.placed.sort((a, b) => a.col - b.col);
    const last = line[line.length - 1]!;
    for (const p of line) {
      // A label further left than the row's own (a group's, a section's) is a label of its own.
      if (p === last && own && (p.rank ?? p.col) >= (own.rank ?? own.col)) {
        const text = startsItem ? p.cell.text + own.cell.text : own.cell.text + p.cell.text;
        own.cell = { ...own.cell, text, top: Math.min(own.cell.top, p.cell.top), bottom: Math.max(own.cell.bottom, p.cell.bottom) };
      } else if (!rows[target]!.placed.some((q) => q.col === p.col)) rows[target]!.placed.push(p);
    }
    rows[i]!.absorbed = true;
  }

  /**
   * A group's label (「（三）不予公开」) in a column left of the items, set beside the middle of its
   * items: it belongs with the first of them, the item numbered 1 above it (or on its line).
   */
  function groupStart(i: number): number | undefined {
    const label = rows[i]!.placed;
    if (label.length !== 1 || label[0]!.col >= itemCol) return undefined;
    const text = label[0]!.cell.text;
    // A group 「（三）…」 starts at its item 「1.」; a part 「三、…」 at its group 「（一）」.
    const first = /^\s*[（(][一二三四五六七八九十]+[)）]/.test(text) ? /^\s*1\s*[.、．]/ : /^\s*[一二三四五六七八九十]+、/.test(text) ? /^\s*[（(]一[)）]/ : undefined;
    if (!first) return undefined;
    for (let j = i; j >= 0 && i - j <= 25; j--) {
      if (j === i || rows[j]!.absorbed) continue;
      if (!hasValues(j)) return undefined;
      const inner = rows[j]!.placed.filter((p) => p.col > label[0]!.col && p.col <= LABEL_COLUMNS);
      if (inner.some((p) => first.test(p.cell.text))) return rows[j]!.placed.some((p) => p.col === label[0]!.col) ? undefined : j;
    }
    return undefined;
  }
}

/**
 * A table's part at the top of a page, when the part before ends the page before: its value
 * columns are the earlier part's, matched by position, so that a column with no number on this
 * page does not move the others. Unchanged when its numbers do not fall into the earlier columns.
 */
export function continueColumns(earlier: StreamTable, later: StreamTable): StreamTable {
  const map = later.columns.map((c) => {
    const middle = (c.from + c.to) / 2;
    return earlier.columns.findIndex((e) => middle >= e.from && middle <= e.to);
  });
  if (map.some((m) => m < 0) || new Set(map).size !== map.length || later.table.origin.kind !== 'pdf') return later;
  const first = LABEL_COLUMNS + 1;
  const cells = later.table.cells.map((cell): DocCell => {
    const { colSpan: span, ...rest } = cell;
    if (cell.col < first) return cell;
    const from = map[cell.col - first]!;
    const to = map[Math.min(map.length - 1, cell.col - first + (span ?? 1) - 1)]!;
    return { ...rest, col: first + from, ...(to > from ? { colSpan: to - from + 1 } : {}) };
  });
  const cols = [...later.table.origin.cols.slice(0, LABEL_COLUMNS), ...earlier.columns.map((c) => round((c.from + c.to) / 2))];
  return { ...later, columns: earlier.columns, table: { ...later.table, origin: { ...later.table.origin, cols }, cells } };
}
