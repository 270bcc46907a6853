import type { DocCell } from '../read/document.js';
import { T2_SECTIONS, type FormatVersion, type Label, type RowDef, type T2Section } from '../spec/tables.js';
import type { GridIndex } from './grid-index.js';
import { deviationOf, type Deviation } from './headers.js';
import type { LocatedColumn, LocatedRow, LocatedTable, Slot } from './located.js';
import { candidate, labelCore, matchExact, matchLoose, matchPrefix, squash, type Candidate } from './normalize.js';
import { labelNumberOf, shiftedForLabelNumber, valuesByColumn } from './row-cells.js';

const ARTICLE = /^第二十条第\(([一二三四五六七八九十]+)\)项/;
const HEADER_CORE = labelCore('信息内容');
/** How far past its last recognised row 表二 may go on before it is taken to have ended. */
const MAX_GAP = 12;
/** A heading of a later part (「三、收到和处理…」), 表三's note, header or first row, or 表四's first header: 表二 has ended. */
const LATER_PART = /^(?:[三四五六]、|\(本列数据的勾稽关系|申请人情况|一、本年新收|行政复议)/;

const itemOf = (cell: DocCell) => (cell.kind === 'text' ? ARTICLE.exec(squash(cell.text))?.[1] : undefined);

/** Every 表二 row, with the section it belongs to, matched by its label wherever its section heading stands. */
const ROWS = T2_SECTIONS.flatMap((section) => section.rows.map((def) => ({ def, section })));
const rowCandidates = ROWS.map((r) => candidate(r, [r.def.label, ...(r.def.alternates ?? [])]));
const isT2Label = (words: string) => matchExact(words, rowCandidates) !== undefined;
const columnCandidates = T2_SECTIONS.flatMap((s) => s.columns).map((c) => candidate(c, [c.label]));

/** Cells of article headings 「第二十条第（N）项」, top to bottom. */
function articleCells(index: GridIndex): DocCell[] {
  return index.cells.filter((c) => itemOf(c) !== undefined);
}

/** Cells that start a 表二: each 「第二十条第（一）项」 (or, lacking one, the first article heading). */
export function findTable2Anchors(index: GridIndex): DocCell[] {
  const articles = articleCells(index);
  const firsts = articles.filter((c) => itemOf(c) === '一');
  return firsts.length > 0 ? firsts : articles.slice(0, 1);
}

/** A header row 「信息内容 | 列名 | …」: where its labels stand and the columns it names. */
interface Header {
  row: number;
  labelCol: number;
  columns: LocatedColumn[];
  /** Headers run together in one cell (「信息内容本年处理决定数量」): the values are taken in order after the label. */
  byPosition: boolean;
}

/**
 * 表二 is article headings, 「信息内容」 header rows naming the columns, and labelled rows. Each row is
 * found by its own label, whatever section heading stands above it (pages put sections out of
 * order, or a heading straight after another with its rows further down), and read under the
 * nearest header above it that names its section's columns. 表二 ends where a later part begins,
 * where an article comes round again (another copy), or after a stretch with nothing of it.
 */
export function locateTable2(index: GridIndex, anchor: DocCell, copies: number): LocatedTable {
  const columns: LocatedColumn[] = [];
  const rows: LocatedRow[] = [];
  const deviations: Deviation[] = [];
  const headers: Header[] = [];
  const seenItems = new Set<string>();
  const seenRows = new Set<string>();
  let byPosition = false;
  let lastUseful = anchor.row;
  for (let r = anchor.row; r <= index.maxRow && r - lastUseful <= MAX_GAP; r++) {
    const cells = index.rowCells(r);
    const article = cells.find((c) => itemOf(c) !== undefined);
    if (article) {
      const item = itemOf(article)!;
      if (seenItems.has(item)) break;
      seenItems.add(item);
      lastUseful = r;
      continue;
    }
    if (r > anchor.row && cells.some((c) => c.kind === 'text' && LATER_PART.test(squash(c.text)))) break;
    const headerCell = cells.find((c) => c.kind === 'text' && labelCore(c.text).startsWith(HEADER_CORE));
    if (headerCell) {
      const header = readHeader(index, r, headerCell, deviations);
      headers.push(header);
      columns.push(...header.columns.filter((c) => !columns.some((x) => x.id === c.id && x.col === c.col)));
      byPosition ||= header.byPosition;
      lastUseful = r;
      continue;
    }
    const current = headers.at(-1);
    if (!current) continue;
    const read = readRow(index, r, current.labelCol, headers);
    if (!read) continue;
    if (read.def) {
      lastUseful = r;
      const devi = deviationOf(read.label, read.def.label);
      if (devi && !(read.def.alternates ?? []).some((a) => labelCore(a) === labelCore(read.label.text))) deviations.push(devi);
      rows.push({ id: read.def.id, kind: seenRows.has(read.def.id) ? 'duplicate' : 'standard', label: read.label.text, labelSource: read.label.source, row: r, values: read.values, ...read.extra });
      seenRows.add(read.def.id);
    } else {
      rows.push({ kind: 'unknown', label: read.label.text, labelSource: read.label.source, row: r, values: read.values });
    }
  }
  const version = versionOf(columns);
  // A row of values no label names is 表二's only between rows that are: past the last, it is something else.
  const inside = rows.filter((row) => row.kind !== 'unknown' || row.row < lastUseful);
  return { anchor: anchor.source, ...(version ? { version } : {}), columns, byPosition, rows: inside, copies, deviations };
}

/**
 * A header row's columns: each cell right of 「信息内容」 names one (a truncated 「本年新」 the first of
 * those it may name that is still free); headers run together in one cell are split into the
 * official headers they hold, and then the values are read in order after each row's label.
 */
function readHeader(index: GridIndex, row: number, headerCell: DocCell, deviations: Deviation[]): Header {
  const taken = new Set<string>();
  const found: { def: Label; cell: DocCell }[] = [];
  let runTogether = false;
  const rest = labelCore(headerCell.text).slice(HEADER_CORE.length);
  if (rest !== '') {
    runTogether = true;
    for (const def of splitHeaders(rest, columnCandidates)) found.push({ def, cell: headerCell });
  }
  for (const cell of index.rowCells(row)) {
    if (cell.col <= headerCell.col || cell.kind !== 'text') continue;
    const exact = matchExact(cell.text, columnCandidates) ?? matchLoose(cell.text, columnCandidates);
    let defs: Label[] = exact && !taken.has(exact.id) ? [exact] : [];
    if (defs.length === 0) {
      const prefixed = matchPrefix(cell.text, columnCandidates).find((c) => !taken.has(c.id));
      defs = prefixed ? [prefixed] : splitHeaders(labelCore(cell.text), columnCandidates);
      if (defs.length > 1) runTogether = true;
    }
    for (const def of defs) {
      taken.add(def.id);
      found.push({ def, cell });
      if (defs.length === 1) {
        const devi = deviationOf(cell, def.label);
        if (devi) deviations.push(devi);
      }
    }
  }
  const columns = found.map(({ def, cell }, i) => ({
    id: def.id,
    label: cell.text,
    source: cell.source,
    row: cell.row,
    // Run together, a header has no column of its own: its place among the values is its order.
    col: runTogether ? headerCell.col + 1 + i : cell.col,
  }));
  return { row, labelCol: headerCell.col, columns, byPosition: runTogether };
}

/** 「本年处理决定数量」 or 「本年制发件数本年废止件数」 → the official headers it holds, longest first, in order. */
function splitHeaders(core: string, candidates: readonly Candidate<Label>[]): Label[] {
  const out: Label[] = [];
  let rest = core;
  while (rest !== '') {
    let best: { def: Label; length: number } | undefined;
    for (const c of candidates) {
      for (const k of c.cores) if (k !== '' && rest.startsWith(k) && k.length > (best?.length ?? 0)) best = { def: c.value, length: k.length };
    }
    if (!best) break;
    if (!out.some((d) => d.id === best.def.id)) out.push(best.def);
    rest = rest.slice(best.length);
  }
  return out;
}

interface ReadRow {
  def?: RowDef;
  label: DocCell;
  values: Record<string, Slot>;
  extra: Partial<LocatedRow>;
}

/** A labelled row: its official row (by label, any section), and its values under the header that fits it. */
function readRow(index: GridIndex, row: number, labelCol: number, headers: readonly Header[]): ReadRow | undefined {
  let label = index.rowCells(row).find((c) => c.col <= labelCol && c.kind === 'text');
  if (!label) return undefined;
  const exact = matchExact(label.text, rowCandidates);
  let found = exact ?? matchLoose(label.text, rowCandidates);
  // 「行政许可 97」: the label's words, and the row's first value in the same cell.
  const number = exact ? undefined : labelNumberOf(label, isT2Label);
  if (number) {
    found = matchExact(number.words, rowCandidates);
    label = { ...label, text: number.words };
  }
  const header = headerFor(headers, found?.section);
  const slots = slotsOf(index, row, label, header);
  const hasValues = slots.some((s) => s.cell !== undefined);
  if (!found) return hasValues || number ? { label, values: valuesOf(header, slots), extra: {} } : undefined;
  const shifted = number ? shiftedForLabelNumber(slots, number) : undefined;
  return {
    def: found.def,
    label,
    values: valuesOf(header, shifted ?? slots),
    extra: number ? { numberInLabel: { number: number.value.text, source: number.value.source, read: shifted !== undefined } } : {},
  };
}

/** The nearest header above that names this section's columns (all of them, else some), else the nearest. */
function headerFor(headers: readonly Header[], section: T2Section | undefined): Header {
  const ids = new Set(section?.columns.map((c) => c.id) ?? []);
  const names = (h: Header) => h.columns.length > 0 && h.columns.every((c) => ids.has(c.id));
  const latest = [...headers].reverse();
  return latest.find((h) => names(h) && sameColumns(h, section)) ?? latest.find(names) ?? headers.at(-1)!;
}

/** The header names as many of the section's columns as one version of it has. */
function sameColumns(header: Header, section: T2Section | undefined): boolean {
  const versions = new Set(header.columns.flatMap((c) => section?.columns.find((x) => x.id === c.id)?.versions ?? []));
  return [...versions].some((v) => section?.columns.filter((c) => c.versions?.includes(v)).length === header.columns.length);
}

/** The row's values in the header's column order: under each header, or (run-together headers) the cells after the label, in order. */
function slotsOf(index: GridIndex, row: number, label: DocCell, header: Header): Slot[] {
  if (!header.byPosition) return header.columns.map((c) => index.slot(row, c.col));
  const after = index.rowCells(row).filter((c) => c.col > label.col + (label.colSpan ?? 1) - 1);
  return header.columns.map((c, i) => (after[i] ? { source: after[i].source, cell: after[i] } : { source: index.sourceAt(row, c.col) }));
}

function valuesOf(header: Header, slots: readonly Slot[]): Record<string, Slot> {
  return valuesByColumn(header.columns, (_, i) => slots[i]!);
}

/** The format of each column id that only one format has: worked out once, not for every column of every report. */
const ONLY_VERSION = new Map(
  T2_SECTIONS.flatMap((s) => s.columns).flatMap((column, _, all): [string, FormatVersion][] => {
    const versions = new Set(all.filter((c) => c.id === column.id).flatMap((c) => c.versions ?? []));
    return versions.size === 1 ? [[column.id, [...versions][0]!]] : [];
  }),
);

function versionOf(columns: LocatedColumn[]): FormatVersion | undefined {
  const votes = { '2019': 0, '2021': 0 };
  for (const column of columns) {
    const version = ONLY_VERSION.get(column.id);
    if (version) votes[version]++;
  }
  if (votes['2019'] === votes['2021']) return undefined;
  return votes['2019'] > votes['2021'] ? '2019' : '2021';
}
