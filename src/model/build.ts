import type { LocatedReport, LocatedRow, LocatedTable, Slot } from '../locate/located.js';
import { T3_COLUMNS, t2Layout, t3Rows, type FormatVersion } from '../spec/tables.js';
import { cellKey } from '../spec/keys.js';
import type { ModelCell, Report, StructureNote } from './schema.js';
import type { TableId } from '../spec/tables.js';
import { parseSlot } from './value.js';

/** Located tables → the typed report: every value under its canonical key, with its source cell. */
export function buildReport(located: LocatedReport): Report {
  return fileReport(located).report;
}

/**
 * The cells as they are filed: under their keys, and listed in the order Object.values gives them
 * (a key filed again keeps its place).
 */
interface Filing {
  byKey: Record<string, ModelCell>;
  list: ModelCell[];
}

/**
 * The report, and its cells listed as they were filed: the pipeline (check.ts) gives the list to
 * the rules (model/cell-list.ts), which would otherwise make it with Object.values, 20-50 µs.
 */
export function fileReport(located: LocatedReport): { report: Report; cells: readonly ModelCell[] } {
  const { version, from } = decideVersion(located);
  const cells: Filing = { byKey: {}, list: [] };
  const structure: StructureNote[] = [];

  addTable3(located.t3, version, cells, structure);
  if (located.t4) addTable4(located.t4, cells, structure);
  else structure.push({ code: 'TABLE_MISSING', table: 't4' });
  if (located.t2) addTable2(located.t2, version, cells, structure);
  else structure.push({ code: 'TABLE_MISSING', table: 't2' });

  const { t2, t3 } = located;
  if (t2?.version && t3.version && t2.version !== t3.version) {
    structure.push({ code: 'VERSION_CONFLICT', table: 't2', t2Version: t2.version, t3Version: t3.version, source: t2.anchor });
  }
  const { title } = located;
  const report: Report = {
    format: located.format,
    formatVersion: version,
    versionFrom: from,
    ...(title.year !== undefined ? { year: title.year } : {}),
    ...(title.agency !== undefined ? { agency: title.agency } : {}),
    ...(title.source ? { title: title.source } : {}),
    tables: {
      t3: tableInfo(located.t3),
      ...(located.t2 ? { t2: tableInfo(located.t2) } : {}),
      ...(located.t4 ? { t4: tableInfo(located.t4) } : {}),
    },
    cells: cells.byKey,
    structure,
  };
  return { report, cells: cells.list };
}

/** 表三's （六） rows decide; 表二's columns second; the report year last. */
function decideVersion(located: LocatedReport): { version: FormatVersion; from: Report['versionFrom'] } {
  const byLabels = located.t3.version ?? located.t2?.version;
  if (byLabels) return { version: byLabels, from: 'labels' };
  const year = located.title.year;
  if (year !== undefined) return { version: year >= 2021 ? '2021' : '2019', from: 'year' };
  return { version: '2021', from: 'default' };
}

function tableInfo(table: LocatedTable) {
  return { anchor: table.anchor, ...(table.version ? { version: table.version } : {}) };
}

function addTable3(table: LocatedTable, version: FormatVersion, cells: Filing, structure: StructureNote[]) {
  addCommonNotes('t3', table, structure);
  const found = new Set(table.columns.map((c) => c.id));
  for (const column of T3_COLUMNS) {
    if (!found.has(column.id)) structure.push({ code: 'COLUMN_MISSING', table: 't3', column: column.id, source: table.anchor });
  }
  const rows = new Set(table.rows.filter((r) => r.kind === 'standard').map((r) => r.id));
  for (const def of t3Rows(version)) {
    if (!rows.has(def.id)) structure.push({ code: 'ROW_MISSING', table: 't3', row: def.id, source: table.anchor });
  }
  addRows('t3', table, cells, structure);
}

function addTable4(table: LocatedTable, cells: Filing, structure: StructureNote[]) {
  addCommonNotes('t4', table, structure);
  const row = table.rows[0];
  if (table.columns.length !== 15) {
    structure.push({ code: 'VALUE_COUNT', table: 't4', found: table.columns.length, source: table.anchor });
  }
  if (!row) return;
  for (const [id, slot] of Object.entries(row.values)) {
    const [block, outcome] = id.split('.') as [string, string];
    addCell(cells, structure, 't4', block, outcome, slot);
  }
}

function addTable2(table: LocatedTable, version: FormatVersion, cells: Filing, structure: StructureNote[]) {
  addCommonNotes('t2', table, structure);
  const layout = t2Layout(table.version ?? version);
  const rows = new Map(table.rows.filter((r) => r.kind === 'standard').map((r) => [r.id!, r]));
  for (const section of layout) {
    for (const def of section.rows) {
      const row = rows.get(def.id);
      if (!row) {
        structure.push({ code: 'ROW_MISSING', table: 't2', row: def.id, source: table.anchor });
        continue;
      }
      for (const column of section.columns) {
        const slot = row.values[column.id];
        if (slot) addCell(cells, structure, 't2', def.id, column.id, slot);
        else structure.push({ code: 'COLUMN_MISSING', table: 't2', row: def.id, column: column.id, source: row.labelSource });
      }
    }
  }
  addLabelNotes('t2', table.rows, structure);
  addNonStandardRows('t2', table.rows, structure);
}

function addRows(table: TableId, located: LocatedTable, cells: Filing, structure: StructureNote[]) {
  for (const row of located.rows) {
    if (row.overflow) structure.push({ code: 'ROW_OVERFLOW', table, label: row.label, source: row.overflow });
    if (row.kind !== 'standard') continue;
    for (const [column, slot] of Object.entries(row.values)) addCell(cells, structure, table, row.id!, column, slot);
  }
  addLabelNotes(table, located.rows, structure);
  addNonStandardRows(table, located.rows, structure);
}

/** What the locator assumed about a row's label: a number in the label's cell, a label on a line of its own. */
function addLabelNotes(table: TableId, rows: LocatedRow[], structure: StructureNote[]) {
  for (const row of rows) {
    if (row.numberInLabel) {
      const { number, source, read } = row.numberInLabel;
      structure.push({ code: read ? 'VALUE_IN_LABEL' : 'NUMBER_IN_LABEL_UNREAD', table, label: row.label, number, source });
    }
    if (row.labelAbove) structure.push({ code: 'LABEL_ABOVE', table, label: row.label, source: row.labelSource });
  }
}

function addNonStandardRows(table: TableId, rows: LocatedRow[], structure: StructureNote[]) {
  const codes = { subtotal: 'ROW_SUBTOTAL', unknown: 'ROW_UNKNOWN', duplicate: 'ROW_DUPLICATE' } as const;
  for (const row of rows) {
    if (row.kind === 'standard') continue;
    structure.push({ code: codes[row.kind], table, label: row.label, source: row.labelSource });
  }
}

function addCommonNotes(table: TableId, located: LocatedTable, structure: StructureNote[]) {
  if (located.copies > 1) {
    structure.push({ code: 'TABLE_COPIES', table, copies: located.copies, copy: located.copy ?? 1, source: located.anchor });
  }
  for (const column of located.extraColumns ?? []) {
    structure.push({ code: 'COLUMN_UNKNOWN', table, label: column.label, source: column.source });
  }
  if (located.byPosition) structure.push({ code: 'COLUMNS_BY_POSITION', table, source: located.anchor });
  for (const d of located.deviations) {
    structure.push({ code: 'LABEL_DEVIATION', table, found: d.found, official: d.official, source: d.source });
  }
}

function addCell(cells: Filing, structure: StructureNote[], table: TableId, row: string, column: string, slot: Slot) {
  const key = cellKey(table, row, column);
  const parsed = parseSlot(slot);
  if (slot.coveredBy) structure.push({ code: 'VALUE_COVERED', table, key, source: slot.source, coveredBy: slot.coveredBy });
  // Field by field, in the schema's order: V8 makes an object literal holding spreads generically,
  // five times as long (160 → 30 ns a cell, some 25 µs a report).
  const cell: Omit<ModelCell, 'raw' | 'source'> & Partial<ModelCell> = { key, table, row, column, status: parsed.status, value: parsed.value };
  if (parsed.approx !== undefined) cell.approx = parsed.approx;
  if (parsed.unit !== undefined) cell.unit = parsed.unit;
  if (parsed.fromText) cell.fromText = true;
  cell.raw = parsed.raw;
  cell.source = slot.source;
  file(cells, cell as ModelCell);
}

function file(cells: Filing, cell: ModelCell) {
  const filed = cells.byKey[cell.key];
  if (filed) cells.list[cells.list.indexOf(filed)] = cell;
  else cells.list.push(cell);
  cells.byKey[cell.key] = cell;
}
