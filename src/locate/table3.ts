import { T3_COLUMNS, T3_GROUPS, T3_ROWS, type FormatVersion, type RowDef } from '../spec/tables.js';
import type { DocCell, Source } from '../read/document.js';
import type { LocatedColumn, LocatedRow, LocatedTable, Slot } from './located.js';
import { candidate, labelCore, matchExact, matchLabel, matchLoose, squash, type Candidate } from './normalize.js';
import { findHeaderColumns, type Deviation, deviationOf } from './headers.js';
import { isTextCell, type GridIndex } from './grid-index.js';

const rowCandidates = T3_ROWS.map((r) => candidate(r, [r.label, ...(r.alternates ?? [])]));
const groupCandidates = T3_GROUPS.map((g) => candidate(g, [g.label]));
const columnCandidates = T3_COLUMNS.map((c) => candidate(c, [c.label]));
const ANCHOR_CORE = labelCore(T3_ROWS[0]!.label);
const NOTE_CORE = labelCore('本列数据的勾稽关系为');
const MAX_ROWS = 80;
/** A heading such as 「四、政府信息公开行政复议…」 or a 表四 header: 表三 has ended. */
const NEXT_SECTION = /^(?:[四五六七]、|行政复议|行政诉讼)/;

/** Cells that start a 表三: the 「一、本年新收政府信息公开申请数量」 row label. */
export function findTable3Anchors(index: GridIndex): DocCell[] {
  return index.cells.filter((c) => c.kind === 'text' && labelCore(c.text) === ANCHOR_CORE);
}

export function locateTable3(index: GridIndex, anchor: DocCell, copies: number): LocatedTable {
  const deviations: Deviation[] = [];
  const header = findHeaderColumns(index, anchor, columnCandidates, {
    stopAt: (cell) => squash(cell.text).includes('申请人情况') || labelCore(cell.text).startsWith(NOTE_CORE),
    deviations,
  });
  let columns: LocatedColumn[] = header;
  let byPosition = false;
  if (columns.length < T3_COLUMNS.length) {
    const positional = columnsByPosition(index, anchor);
    if (positional) {
      columns = positional;
      byPosition = true;
    }
  }
  const rows = scanRows(index, anchor, byPosition ? raggedRows(index, anchor) : alignedRows(index, columns), deviations);
  const version = versionOf(rows);
  const extraColumns = byPosition ? [] : unknownColumns(index, anchor, columns);
  return {
    anchor: anchor.source,
    ...(version ? { version } : {}),
    columns,
    ...(extraColumns.length > 0 ? { extraColumns } : {}),
    byPosition,
    rows: settleOtherHandling(rows, version),
    copies,
    deviations,
  };
}

const KNOWN_HEADER_CORES = new Set([...T3_COLUMNS.map((c) => labelCore(c.label)), labelCore('申请人情况'), labelCore('法人或其他组织')]);

/**
 * Headers above the data that name no official column but have values under them, within the
 * table's width (up to one column past its last): an agency's own 合计 for 法人或其他组织, say.
 * They are never read as values; the model reports them.
 */
function unknownColumns(index: GridIndex, anchor: DocCell, columns: LocatedColumn[]) {
  if (columns.length === 0) return [];
  const taken = new Set(columns.map((c) => c.col));
  const first = Math.min(...columns.map((c) => c.col));
  const last = Math.max(...columns.map((c) => c.col)) + 1;
  const top = Math.min(...columns.map((c) => c.row));
  const found = new Map<number, { label: string; source: Source; col: number }>();
  for (let r = top; r < anchor.row; r++) {
    for (const cell of index.rowCells(r)) {
      if (cell.col < first || cell.col > last || taken.has(cell.col) || found.has(cell.col) || !isTextCell(cell)) continue;
      const core = labelCore(cell.text);
      if (core === '' || KNOWN_HEADER_CORES.has(core) || core.startsWith(NOTE_CORE)) continue;
      if (index.at(anchor.row, cell.col) === undefined) continue;
      found.set(cell.col, { label: cell.text, source: cell.source, col: cell.col });
    }
  }
  return [...found.values()];
}

/**
 * No usable header over the values: take the seven positions after the R1 row's label, when most
 * of them hold something. Each row is then read by its own labels (see raggedRows).
 */
function columnsByPosition(index: GridIndex, anchor: DocCell): LocatedColumn[] | undefined {
  const { values, start } = raggedRows(index, anchor)(anchor.row);
  const slots = Object.entries(values);
  if (slots.filter(([, slot]) => slot.cell !== undefined).length < 4) return undefined;
  return slots.map(([id], i) => ({ id, label: '', source: index.sourceAt(anchor.row, start + i), row: anchor.row, col: start + i }));
}

/** Where a row's labels and values are: the values under the located columns, or right after the labels. */
type RowLayout = (row: number) => { labels: DocCell[]; values: Record<string, Slot>; start: number; overflow?: Source };

/** The official grid, or any with headers over the values: values under the columns, labels left of them. */
function alignedRows(index: GridIndex, columns: LocatedColumn[]): RowLayout {
  const firstDataCol = Math.min(...columns.map((c) => c.col), Number.MAX_SAFE_INTEGER);
  return (row) => ({
    labels: index.rowCells(row).filter((c) => c.col < firstDataCol && c.kind === 'text' && c.text.trim() !== ''),
    values: Object.fromEntries(columns.map((c) => [c.id, index.slot(row, c.col)])),
    start: firstDataCol,
  });
}

/**
 * No headers over the values: each row's seven values follow its own labels, as in a web page pasted
 * as text, where 「三、本年度办理结果 | （一）予以公开 | 8 | …」 has one label more than 「（二）部分公开 | 2 | …」
 * and the headers above line up with nothing. A label merged across columns ends where its merge ends.
 */
function raggedRows(index: GridIndex, anchor: DocCell): RowLayout {
  return (row) => {
    const cells = index.rowCells(row).filter((c) => c.col >= anchor.col);
    const labels: DocCell[] = [];
    for (const cell of cells) {
      if (!isLabelCell(cell)) break;
      labels.push(cell);
    }
    const last = labels[labels.length - 1];
    const start = last ? (index.mergeAt(last.row, last.col)?.right ?? last.col) + 1 : (cells[0]?.col ?? anchor.col);
    // One more value right after the seventh: a number split over two cells, perhaps. Never joined by guess.
    const next = index.at(row, start + T3_COLUMNS.length);
    return {
      labels,
      values: Object.fromEntries(T3_COLUMNS.map((c, i) => [c.id, index.slot(row, start + i)])),
      start,
      ...(next && !isLabelCell(next) ? { overflow: next.source } : {}),
    };
  };
}

/** Words, not a value: 「（三）不予公开」 is a label; 「/」「无」「10000件以上」 are values. */
function isLabelCell(cell: DocCell): boolean {
  const core = labelCore(cell.text);
  return isTextCell(cell) && core.length >= 2 && !/^[\d+\-−.]/.test(core);
}

function scanRows(index: GridIndex, anchor: DocCell, layout: RowLayout, deviations: Deviation[]): LocatedRow[] {
  const rows: LocatedRow[] = [];
  const seen = new Set<string>();
  let group: string | undefined;
  /** A label alone on its row that is no official label by itself: perhaps the first line of one broken over two rows. */
  let pending: { cell: DocCell; flush: () => void } | undefined;
  const push = (def: RowDef, specific: DocCell, label: string, row: number, values: Record<string, Slot>) => {
    const devi = deviationOf(specific, def.label);
    if (devi) deviations.push(devi);
    const kind = seen.has(def.id) ? 'duplicate' : 'standard';
    seen.add(def.id);
    rows.push({ id: def.id, kind, label, labelSource: specific.source, row, values, ...(overflows.get(row) ? { overflow: overflows.get(row)! } : {}) });
  };
  const overflows = new Map<number, Source>();
  for (let r = anchor.row; r <= Math.min(index.maxRow, anchor.row + MAX_ROWS); r++) {
    const { labels, values, overflow } = layout(r);
    const hasValues = Object.values(values).some((s) => s.cell !== undefined);
    if (overflow) overflows.set(r, overflow);
    if (labels.length === 0) {
      if (hasValues) rows.push({ kind: 'unknown', label: '', labelSource: index.sourceAt(r, anchor.col), row: r, values });
      continue;
    }
    let groupOnRow: string | undefined;
    for (const cell of labels) {
      const g = matchLabel(cell.text, groupCandidates);
      if (g) group = groupOnRow = g.id;
    }
    let specific = labels[labels.length - 1]!;
    let labelText = labels.map((c) => c.text).join(' / ');
    let def = matchRow(specific.text, group);
    const exact = matchRowExact(specific.text, group);
    const joined = pending && !exact ? matchRowExact(pending.cell.text + specific.text, group) : undefined;
    if (joined) {
      // The rest of a label broken over two rows, with the values: read as the whole label.
      def = joined;
      labelText = `${pending!.cell.text}${specific.text}`;
      specific = { ...pending!.cell, text: labelText };
    } else {
      pending?.flush();
    }
    pending = undefined;
    if (!def && NEXT_SECTION.test(squash(specific.text))) break;
    if (!hasValues && !exact && !joined) {
      const [d, cell, text, row] = [def, specific, labelText, r];
      pending = { cell, flush: () => d && push(d, cell, text, row, values) };
      continue;
    }
    if (def) {
      push(def, specific, labelText, r, values);
      if (def.id === 'carriedOver') break;
    } else if (groupOnRow && matchLabel(specific.text, groupCandidates)) {
      if (hasValues) rows.push({ id: groupOnRow, kind: 'subtotal', label: labelText, labelSource: specific.source, row: r, values });
    } else if (hasValues) {
      rows.push({ kind: 'unknown', label: labelText, labelSource: specific.source, row: r, values });
    }
  }
  pending?.flush();
  return rows;
}

function matchRowExact(text: string, group: string | undefined) {
  return matchExact(text, rowCandidates.filter((c) => c.value.group === group)) ?? matchExact(text, rowCandidates);
}

function matchRow(text: string, group: string | undefined) {
  const inGroup = rowCandidates.filter((c) => c.value.group === group);
  return (
    matchExact(text, inGroup) ??
    matchExact(text, rowCandidates) ??
    matchNumbered(text, inGroup) ??
    matchLoose(text, inGroup) ??
    matchLoose(text, rowCandidates)
  );
}

const ITEM_NUMBER = /^\s*(\d+)\s*[.、．]/;

/**
 * A numbered item whose words lost some characters (洪泽区 prints 「2.其他法律行政止公开」 for
 * 「2.其他法律行政法规禁止公开」): the item of that number in the current group, when the label's
 * words are that item's words with some left out, in order, and most of them there. Without this,
 * a looser match takes it for the only official label its words start with (「3.其他」 of （六）).
 */
function matchNumbered(text: string, inGroup: readonly Candidate<RowDef>[]): RowDef | undefined {
  const number = ITEM_NUMBER.exec(text.normalize('NFKC'))?.[1];
  const member = number ? inGroup[Number(number) - 1] : undefined;
  if (!member) return undefined;
  const core = labelCore(text);
  return member.cores.some((official) => core.length >= official.length * 0.6 && isSubsequence(core, official)) ? member.value : undefined;
}

function isSubsequence(short: string, long: string): boolean {
  const wanted = [...short];
  let at = 0;
  for (const ch of long) if (at < wanted.length && wanted[at] === ch) at++;
  return at === wanted.length;
}

function versionOf(rows: LocatedRow[]): FormatVersion | undefined {
  if (rows.some((r) => r.kind === 'standard' && r.id?.startsWith('otherHandling.'))) return '2021';
  if (rows.some((r) => r.id === 'otherHandling')) return '2019';
  return undefined;
}

/**
 * 「（六）其他处理」 is a data row in the 2019 format and only a group label in 2021. When the three
 * 2021 sub-rows are present, a （六） row with numbers is the agency's own subtotal.
 */
function settleOtherHandling(rows: LocatedRow[], version: FormatVersion | undefined): LocatedRow[] {
  return rows.map((row) => {
    if (row.id !== 'otherHandling') return row;
    if (version === '2021') return { ...row, kind: 'subtotal' };
    return row.kind === 'subtotal' ? { ...row, kind: 'standard' } : row;
  });
}
