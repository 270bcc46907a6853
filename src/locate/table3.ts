import type { GridCell } from '../read/grid.js';
import { T3_COLUMNS, T3_GROUPS, T3_ROWS, type FormatVersion } from '../spec/tables.js';
import type { LocatedColumn, LocatedRow, LocatedTable } from './located.js';
import { candidate, labelCore, matchExact, matchLabel, matchLoose, squash } from './normalize.js';
import { findHeaderColumns, type Deviation, deviationOf } from './headers.js';
import { isTextCell, type SheetIndex } from './sheet-index.js';

const rowCandidates = T3_ROWS.map((r) => candidate(r, [r.label, ...(r.alternates ?? [])]));
const groupCandidates = T3_GROUPS.map((g) => candidate(g, [g.label]));
const columnCandidates = T3_COLUMNS.map((c) => candidate(c, [c.label]));
const ANCHOR_CORE = labelCore(T3_ROWS[0]!.label);
const NOTE_CORE = labelCore('本列数据的勾稽关系为');
const MAX_ROWS = 80;
/** A heading such as 「四、政府信息公开行政复议…」 or a 表四 header: 表三 has ended. */
const NEXT_SECTION = /^(?:[四五六七]、|行政复议|行政诉讼)/;

/** Cells that start a 表三: the 「一、本年新收政府信息公开申请数量」 row label. */
export function findTable3Anchors(index: SheetIndex): GridCell[] {
  return index.sheet.cells.filter((c) => c.kind === 'text' && labelCore(c.text) === ANCHOR_CORE);
}

export function locateTable3(index: SheetIndex, anchor: GridCell, copies: number): LocatedTable {
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
  const firstDataCol = Math.min(...columns.map((c) => c.col), Number.MAX_SAFE_INTEGER);
  const rows = scanRows(index, anchor, columns, firstDataCol, deviations);
  const version = versionOf(rows);
  const extraColumns = byPosition ? [] : unknownColumns(index, anchor, columns);
  return {
    sheet: index.sheet.name,
    anchor: anchor.address,
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
function unknownColumns(index: SheetIndex, anchor: GridCell, columns: LocatedColumn[]) {
  if (columns.length === 0) return [];
  const taken = new Set(columns.map((c) => c.col));
  const first = Math.min(...columns.map((c) => c.col));
  const last = Math.max(...columns.map((c) => c.col)) + 1;
  const top = Math.min(...columns.map((c) => Number(c.address.replace(/^[A-Z]+/, ''))));
  const found = new Map<number, { label: string; address: string; col: number }>();
  for (let r = top; r < anchor.row; r++) {
    for (const cell of index.rowCells(r)) {
      if (cell.col < first || cell.col > last || taken.has(cell.col) || found.has(cell.col) || !isTextCell(cell)) continue;
      const core = labelCore(cell.text);
      if (core === '' || KNOWN_HEADER_CORES.has(core) || core.startsWith(NOTE_CORE)) continue;
      if (index.at(anchor.row, cell.col) === undefined) continue;
      found.set(cell.col, { label: cell.text, address: cell.address, col: cell.col });
    }
  }
  return [...found.values()];
}

/** No usable header: take the R1 row's numbers, left to right, when there are exactly seven. */
function columnsByPosition(index: SheetIndex, anchor: GridCell): LocatedColumn[] | undefined {
  const numbers = index.rowCells(anchor.row).filter((c) => c.col > anchor.col && !isTextCell(c));
  if (numbers.length !== T3_COLUMNS.length) return undefined;
  return numbers.map((cell, i) => ({ id: T3_COLUMNS[i]!.id, label: '', address: cell.address, col: cell.col }));
}

function scanRows(
  index: SheetIndex,
  anchor: GridCell,
  columns: LocatedColumn[],
  firstDataCol: number,
  deviations: Deviation[],
): LocatedRow[] {
  const rows: LocatedRow[] = [];
  const seen = new Set<string>();
  let group: string | undefined;
  for (let r = anchor.row; r <= Math.min(index.maxRow, anchor.row + MAX_ROWS); r++) {
    const labels = index.rowCells(r).filter((c) => c.col < firstDataCol && c.kind === 'text' && c.text.trim() !== '');
    const values = Object.fromEntries(columns.map((c) => [c.id, index.slot(r, c.col)]));
    const hasValues = Object.values(values).some((s) => s.cell !== undefined);
    if (labels.length === 0) {
      if (hasValues) rows.push({ kind: 'unknown', label: '', labelAddress: index.slot(r, anchor.col).address, row: r, values });
      continue;
    }
    let groupOnRow: string | undefined;
    for (const cell of labels) {
      const g = matchLabel(cell.text, groupCandidates);
      if (g) group = groupOnRow = g.id;
    }
    const specific = labels[labels.length - 1]!;
    const def = matchRow(specific.text, group);
    const labelText = labels.map((c) => c.text).join(' / ');
    if (!def && NEXT_SECTION.test(squash(specific.text))) break;
    if (def) {
      const devi = deviationOf(specific, def.label);
      if (devi) deviations.push(devi);
      const kind = seen.has(def.id) ? 'duplicate' : 'standard';
      seen.add(def.id);
      rows.push({ id: def.id, kind, label: labelText, labelAddress: specific.address, row: r, values });
      if (def.id === 'carriedOver') break;
    } else if (groupOnRow && matchLabel(specific.text, groupCandidates)) {
      if (hasValues) rows.push({ id: groupOnRow, kind: 'subtotal', label: labelText, labelAddress: specific.address, row: r, values });
    } else if (hasValues) {
      rows.push({ kind: 'unknown', label: labelText, labelAddress: specific.address, row: r, values });
    }
  }
  return rows;
}

function matchRow(text: string, group: string | undefined) {
  const inGroup = rowCandidates.filter((c) => c.value.group === group);
  return (
    matchExact(text, inGroup) ?? matchExact(text, rowCandidates) ?? matchLoose(text, inGroup) ?? matchLoose(text, rowCandidates)
  );
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
