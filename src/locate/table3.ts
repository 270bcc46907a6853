import { T3_COLUMNS, T3_GROUPS, T3_ROWS, type FormatVersion, type RowDef } from '../spec/tables.js';
import type { DocCell, Source } from '../read/document.js';
import type { LocatedColumn, LocatedRow, LocatedTable, Slot } from './located.js';
import { candidate, ENUMERATOR_KINDS, enumeratorKind, labelCore, matchExact, matchLabel, matchLoose, sameLevel, SAMPLE, squash } from './normalize.js';
import { findHeaderColumns, type Deviation, deviationOf } from './headers.js';
import { isTextCell, type GridIndex } from './grid-index.js';
import { isFragmentOf, isWordsCell, labelNumberOf, shiftedForLabelNumber, valuesByColumn, type LabelNumber } from './row-cells.js';

const rowCandidates = T3_ROWS.map((r) => candidate(r, [r.label, ...(r.alternates ?? [])]));
const groupCandidates = T3_GROUPS.map((g) => candidate(g, [g.label]));
const columnCandidates = T3_COLUMNS.map((c) => candidate(c, [c.label]));
const ANCHOR_CORE = labelCore(T3_ROWS[0]!.label);
const NOTE_CORE = labelCore('本列数据的勾稽关系为');
/** How far below its first row 表三 may reach: a converter gives each row its own heading and header, six lines a row. */
const MAX_ROWS = 200;
/** A heading such as 「四、政府信息公开行政复议…」 or a 表四 header: 表三 has ended. */
const NEXT_SECTION = /^(?:[四五六七]、|行政复议|行政诉讼)/;

/** Cells that start a 表三: the 「一、本年新收政府信息公开申请数量」 row label. */
export function findTable3Anchors(index: GridIndex): DocCell[] {
  const found = index.cells.filter((c) => c.kind === 'text' && labelCore(c.text) === ANCHOR_CORE);
  // A heading or a label on a line of its own, with the row itself just below: one table, not two copies.
  return found.filter((cell, i) => {
    const next = found[i + 1];
    return !(next && next.row > cell.row && next.row - cell.row <= 3 && !index.rowCells(cell.row).some((c) => !isWordsCell(c)));
  });
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
  // The anchor's own row; or, when its label stands on a line of its own, the unlabelled numbers just below.
  for (const row of [anchor.row, anchor.row + 1]) {
    if (row !== anchor.row && index.rowCells(row).some(isWordsCell)) break;
    const { values, start } = raggedRows(index, anchor)(row);
    const slots = Object.entries(values);
    if (slots.filter(([, slot]) => slot.cell !== undefined).length < 4) continue;
    return slots.map(([id], i) => ({ id, label: '', source: index.sourceAt(row, start + i), row, col: start + i }));
  }
  return undefined;
}

/** Where a row's labels and values are: the values under the located columns, or right after the labels. */
type RowLayout = (row: number) => {
  labels: DocCell[];
  values: Record<string, Slot>;
  start: number;
  overflow?: Source;
  numberInLabel?: { number: string; source: Source; read: boolean };
};

const GROUP_LABELS = T3_GROUPS.map((g) => g.label);
const isRowLabel = (words: string) => matchExact(words, rowCandidates) !== undefined;

/** The official grid, or any with headers over the values: values under the columns, labels left of them. */
function alignedRows(index: GridIndex, columns: LocatedColumn[]): RowLayout {
  const firstDataCol = Math.min(...columns.map((c) => c.col), Number.MAX_SAFE_INTEGER);
  const ordered = [...columns].sort((a, b) => a.col - b.col);
  return (row) => {
    const labels = index.rowCells(row).filter((c) => c.col < firstDataCol && c.kind === 'text' && c.text.trim() !== '');
    const slots = ordered.map((c) => index.slot(row, c.col));
    const number = labels.length > 0 ? labelNumberOf(labels.at(-1)!, isRowLabel) : undefined;
    const shifted = number ? shiftedForLabelNumber(slots, number) : undefined;
    return {
      labels: number ? [...labels.slice(0, -1), { ...labels.at(-1)!, text: number.words }] : labels,
      values: valuesByColumn(ordered, (_, i) => (shifted ?? slots)[i]!),
      start: firstDataCol,
      ...(number ? { numberInLabel: { number: number.value.text, source: number.value.source, read: shifted !== undefined } } : {}),
    };
  };
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
      if (!isWordsCell(cell)) break;
      labels.push(cell);
    }
    const last = labels[labels.length - 1];
    const start = last ? (index.mergeAt(last.row, last.col)?.right ?? last.col) + 1 : (cells[0]?.col ?? anchor.col);
    // 「一、本年新收… 19 | 0 | …」: the first value written in the label's cell.
    const number: LabelNumber | undefined = last ? labelNumberOf(last, isRowLabel) : undefined;
    const taken = number ? T3_COLUMNS.length - 1 : T3_COLUMNS.length;
    const slots = Array.from({ length: taken }, (_, i) => index.slot(row, start + i));
    // One more value right after the seventh: a number split over two cells, perhaps. Never joined by guess.
    const next = index.at(row, start + taken);
    return {
      labels: number ? [...labels.slice(0, -1), { ...last!, text: number.words }] : labels,
      values: valuesByColumn(T3_COLUMNS, (_, i) => (number ? (i === 0 ? { source: number.value.source, cell: number.value } : slots[i - 1]!) : slots[i]!)),
      start,
      ...(next && !isWordsCell(next) ? { overflow: next.source } : {}),
      ...(number ? { numberInLabel: { number: number.value.text, source: number.value.source, read: true } } : {}),
    };
  };
}

/**
 * A row's label: the most specific official label among its label cells. A row's own label (exact)
 * wins; then the last cell that is neither a group label nor a fragment of one (a label broken over
 * two lines matches loosely); a group label only when nothing else is there (the 2019 （六） row, or
 * an agency's subtotal).
 */
function chooseLabel(labels: readonly DocCell[], group: string | undefined): { cell: DocCell; def?: RowDef; exact: boolean } {
  const isGroupLabel = (c: DocCell) => matchExact(c.text, groupCandidates) !== undefined;
  for (let i = labels.length - 1; i >= 0; i--) {
    const def = matchRowExact(labels[i]!.text, group);
    if (def && !isGroupLabel(labels[i]!)) return { cell: labels[i]!, def, exact: true };
  }
  const words = labels.filter((c) => !isGroupLabel(c) && !isFragmentOf(c.text, GROUP_LABELS));
  const last = words.at(-1);
  const loose = last ? matchRow(last.text, group) : undefined;
  if (last && loose) return { cell: last, def: loose, exact: false };
  const groupCell = [...labels].reverse().find(isGroupLabel);
  const def = groupCell ? matchRowExact(groupCell.text, group) : undefined;
  if (groupCell && def) return { cell: groupCell, def, exact: true };
  const cell = last ?? groupCell ?? labels.at(-1)!;
  return { cell, exact: false };
}

/** Column headers, official or a converter's own (「类别」「项目」「数据1」), two or more of them in a row of words. */
const HEADER_WORDS = new Set([...KNOWN_HEADER_CORES, ...['类别', '项目', '数量', '数据项目'].map(labelCore)]);
function isHeaderRow(labels: readonly DocCell[]): boolean {
  const headers = labels.filter((c) => HEADER_WORDS.has(labelCore(c.text)) || /^数据\d+$/.test(labelCore(c.text)));
  return labels.length >= 3 && headers.length >= 2;
}

/** A row read so far, waiting for what the next row says: its numbers on a line of their own, or the rest of its label. */
interface Pending {
  def?: RowDef;
  cell: DocCell;
  label: string;
  row: number;
  values: Record<string, Slot>;
  exact: boolean;
}

function scanRows(index: GridIndex, anchor: DocCell, layout: RowLayout, deviations: Deviation[]): LocatedRow[] {
  const rows: LocatedRow[] = [];
  const seen = new Set<string>();
  let group: string | undefined;
  let pending: Pending | undefined;
  const push = (def: RowDef, specific: DocCell, label: string, row: number, values: Record<string, Slot>, extra: Partial<LocatedRow> = {}) => {
    const devi = deviationOf(specific, def.label);
    if (devi) deviations.push(devi);
    const kind = seen.has(def.id) ? 'duplicate' : 'standard';
    seen.add(def.id);
    rows.push({ id: def.id, kind, label, labelSource: specific.source, row, values, ...extra });
    return def.id === 'carriedOver';
  };
  const flush = () => {
    const done = pending?.def ? push(pending.def, pending.cell, pending.label, pending.row, pending.values) : false;
    pending = undefined;
    return done;
  };
  for (let r = anchor.row; r <= Math.min(index.maxRow, anchor.row + MAX_ROWS); r++) {
    const { labels, values, overflow, numberInLabel } = layout(r);
    const hasValues = Object.values(values).some((s) => s.cell !== undefined);
    // Set, not spread: a literal holding spreads is made generically, and this is every line read.
    const extra: Partial<LocatedRow> = {};
    if (overflow) extra.overflow = overflow;
    if (numberInLabel) extra.numberInLabel = numberInLabel;
    if (labels.length === 0) {
      if (!hasValues) continue;
      if (pending?.def) {
        // A label on a line of its own, its numbers on the next with no label: one row.
        const { def, cell, label } = pending;
        pending = undefined;
        if (push(def, cell, label, r, values, { ...extra, labelAbove: true })) break;
        continue;
      }
      rows.push({ kind: 'unknown', label: '', labelSource: index.sourceAt(r, anchor.col), row: r, values, ...extra });
      continue;
    }
    // A row of column headers repeated under each piece of a table cut up (「类别 | 数据1 | … | 总计」): no row of its own.
    if (!hasValues && isHeaderRow(labels)) continue;
    let groupOnRow: string | undefined;
    for (const cell of labels) {
      const g = matchLabel(cell.text, groupCandidates);
      if (g) group = groupOnRow = g.id;
    }
    const choice = chooseLabel(labels, group);
    // The same label again, now with its numbers: the line above was its heading.
    if (pending?.def && choice.def?.id === pending.def.id) pending = undefined;
    let { def, cell: specific } = choice;
    let labelText = labels.map((c) => c.text).join(' / ');
    const joined = pending && !pending.exact && !choice.exact ? matchRowExact(pending.cell.text + specific.text, group) : undefined;
    if (joined) {
      // The rest of a label broken over two rows, with the values: read as the whole label.
      def = joined;
      labelText = `${pending!.cell.text}${specific.text}`;
      specific = { ...pending!.cell, text: labelText };
      pending = undefined;
    } else if (flush()) {
      break;
    }
    if (!def && NEXT_SECTION.test(squash(specific.text))) break;
    if (!hasValues && !joined) {
      pending = { ...(def ? { def } : {}), cell: specific, label: labelText, row: r, values, exact: choice.exact };
      continue;
    }
    if (def) {
      if (push(def, specific, labelText, r, values, extra)) break;
    } else if (groupOnRow && matchLabel(specific.text, groupCandidates)) {
      if (hasValues) rows.push({ id: groupOnRow, kind: 'subtotal', label: labelText, labelSource: specific.source, row: r, values, ...extra });
    } else if (hasValues) {
      rows.push({ kind: 'unknown', label: labelText, labelSource: specific.source, row: r, values, ...extra });
    }
  }
  flush();
  return rows;
}

/** Row labels a text may be: all of them, but for those numbered in another style (another level of the table). */
const byLevel = new Map(ENUMERATOR_KINDS.map((kind) => [kind, rowCandidates.filter((c) => kind === 'none' || sameLevel(c.value.label, SAMPLE[kind]))]));
function levelCandidates(text: string) {
  return byLevel.get(enumeratorKind(text))!;
}

function matchRowExact(text: string, group: string | undefined) {
  const candidates = levelCandidates(text);
  return (
    matchExact(
      text,
      candidates.filter((c) => c.value.group === group),
    ) ?? matchExact(text, candidates)
  );
}

function matchRow(text: string, group: string | undefined) {
  const candidates = levelCandidates(text);
  const inGroup = candidates.filter((c) => c.value.group === group);
  return matchExact(text, inGroup) ?? matchExact(text, candidates) ?? matchNumbered(text, group) ?? matchLoose(text, inGroup) ?? matchLoose(text, candidates);
}

const ITEM_NUMBER = /^\s*(\d+)\s*[.、．]/;

/**
 * A numbered item whose words lost some characters (洪泽区 prints 「2.其他法律行政止公开」 for
 * 「2.其他法律行政法规禁止公开」): the item of that number in the current group, when the label's
 * words are that item's words with some left out, in order, and most of them there. Without this,
 * a looser match takes it for the only official label its words start with (「3.其他」 of （六）).
 */
function matchNumbered(text: string, group: string | undefined): RowDef | undefined {
  const number = ITEM_NUMBER.exec(text.normalize('NFKC'))?.[1];
  const member = number ? rowCandidates.filter((c) => c.value.group === group)[Number(number) - 1] : undefined;
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
