/**
 * Where the cells of one `<table>` stand, by the HTML table model ("forming a table",
 * html.spec.whatwg.org/#forming-a-table) as browsers lay it out:
 *
 * - rows come from `<tr>`s, grouped in row groups (`<thead>`, `<tbody>`, `<tfoot>`, and runs of
 *   rows directly in the table); `<tfoot>` groups go after all the others, as the spec says;
 * - each cell goes to the first column of its row no cell above or to its left covers, and covers
 *   `colspan` columns (1 when absent, unparsable or 0; at most 1000) and `rowspan` rows (1 when
 *   absent or unparsable; at most 65534);
 * - a span never leaves its row group: it is cut at the group's last row, as a browser renders it
 *   (the spec's model would add empty rows instead); `rowspan=0` spans to the group's end, except
 *   in quirks mode where browsers read it as 1;
 * - overlapping spans are kept as written (both cells claim the slots), as the spec's model does.
 *
 * No slot is materialised: per column, the row up to which a span from above keeps it busy, in a
 * tree that finds the first free column of a row in log time. A cell costs its colspan; rowspans
 * cost nothing, so `rowspan=65534` on every cell is as cheap as 1, however the spans interleave.
 */

export interface Placed {
  /** 0-based row within the cell's group, and 0-based column. */
  row: number;
  col: number;
  /** Rows asked for; 0 = to the end of the group. */
  rowSpan: number;
  colSpan: number;
  group: Group;
}

export interface Group {
  foot: boolean;
  rows: number;
  /** Rows of the groups laid out before this one, set when the table is finished. */
  offset: number;
}

const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

export class TableGrid {
  private readonly groups: Group[] = [];
  private group: Group | undefined;
  private busy = new BusyColumns();
  private rowOpen = false;
  private x = 0;
  /** Columns the table's cells reach. */
  width = 0;

  constructor(private readonly quirks: boolean) {}

  /** A `<thead>`, `<tbody>` or `<tfoot>` starts; whatever group was open ends. */
  startGroup(foot: boolean): void {
    this.endGroup();
    this.group = { foot, rows: 0, offset: 0 };
    this.groups.push(this.group);
  }

  endGroup(): void {
    this.group = undefined;
    this.rowOpen = false;
    this.busy = new BusyColumns();
  }

  /** A `<tr>`: the next row of the open group, or of a group of rows directly in the table. */
  startRow(): void {
    if (!this.group) this.startGroup(false);
    this.group!.rows++;
    this.rowOpen = true;
    this.x = 0;
  }

  endRow(): void {
    this.rowOpen = false;
  }

  /** A `<td>` or `<th>`, placed at the first free column of the open row (a row is implied if none is open). */
  addCell(colspanAttribute: string | undefined, rowspanAttribute: string | undefined): Placed {
    if (!this.rowOpen) this.startRow();
    const group = this.group!;
    const y = group.rows - 1;
    const colSpan = Math.min(nonNegativeInteger(colspanAttribute) || 1, MAX_COLSPAN);
    let rowSpan = Math.min(nonNegativeInteger(rowspanAttribute) ?? 1, MAX_ROWSPAN);
    if (rowSpan === 0 && this.quirks) rowSpan = 1;
    const x = this.busy.firstFree(this.x, y);
    const until = rowSpan === 0 ? Infinity : y + rowSpan;
    for (let c = x; c < x + colSpan; c++) this.busy.raise(c, until);
    this.x = x + colSpan;
    if (this.x > this.width) this.width = this.x;
    return { row: y, col: x, rowSpan, colSpan, group };
  }

  /** Ends the table: row groups are stacked (footers last) and every span is cut at its group's end. */
  finish(): void {
    this.endGroup();
    let offset = 0;
    for (const foot of [false, true]) {
      for (const group of this.groups) {
        if (group.foot !== foot) continue;
        group.offset = offset;
        offset += group.rows;
      }
    }
  }
}

/**
 * Per column, the row (0-based, exclusive) up to which cells above keep it busy: a segment tree of
 * minimums over the columns, grown by doubling as cells reach further right.
 */
class BusyColumns {
  private size = 16;
  private tree = new Float64Array(32);

  /** The first column at or after `from` free in row `y`. */
  firstFree(from: number, y: number): number {
    if (from >= this.size) return from;
    const tree = this.tree;
    let p = this.size + from;
    if (tree[p]! <= y) return from;
    // Up until a right sibling holds a free column, then down to the leftmost free one.
    for (;;) {
      if (p === 1) return this.size;
      if ((p & 1) === 0 && tree[p + 1]! <= y) {
        p++;
        break;
      }
      p >>= 1;
    }
    while (p < this.size) p = tree[2 * p]! <= y ? 2 * p : 2 * p + 1;
    return p - this.size;
  }

  /** Column `col` is busy until row `until` at least. */
  raise(col: number, until: number): void {
    while (col >= this.size) this.grow();
    const tree = this.tree;
    let p = this.size + col;
    if (tree[p]! >= until) return;
    tree[p] = until;
    for (p >>= 1; p >= 1; p >>= 1) {
      const min = Math.min(tree[2 * p]!, tree[2 * p + 1]!);
      if (tree[p] === min) break;
      tree[p] = min;
    }
  }

  private grow(): void {
    const size = this.size * 2;
    const tree = new Float64Array(2 * size);
    tree.set(this.tree.subarray(this.size, 2 * this.size), size);
    for (let p = size - 1; p >= 1; p--) tree[p] = Math.min(tree[2 * p]!, tree[2 * p + 1]!);
    this.size = size;
    this.tree = tree;
  }
}

/** 1-based grid position and spans of a placed cell, once its table is finished. */
export function positionOf(placed: Placed): { row: number; col: number; rowSpan: number; colSpan: number } {
  const left = placed.group.rows - placed.row;
  const rowSpan = placed.rowSpan === 0 ? left : Math.min(placed.rowSpan, left);
  return { row: placed.group.offset + placed.row + 1, col: placed.col + 1, rowSpan, colSpan: placed.colSpan };
}

/**
 * The HTML "rules for parsing non-negative integers": leading white space, an optional sign, digits,
 * anything after them ignored ("3px" is 3); a negative number, or no digits, is an error (undefined).
 */
export function nonNegativeInteger(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  let i = 0;
  while (i < value.length && ' \t\n\f\r'.includes(value[i]!)) i++;
  let negative = false;
  if (value[i] === '-' || value[i] === '+') negative = value[i++] === '-';
  let n = 0;
  const start = i;
  while (i < value.length && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) {
    n = n * 10 + value.charCodeAt(i) - 48;
    if (n > 1e9) n = 1e9; // clamped anyway; keeps the number exact
    i++;
  }
  if (i === start) return undefined;
  return negative && n !== 0 ? undefined : n;
}
