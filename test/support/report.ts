import { cellKey } from '../../src/spec/keys.js';
import type { ModelCell, Report } from '../../src/model/schema.js';
import type { TableId } from '../../src/spec/tables.js';
import { parseText } from '../../src/model/value.js';
import { addressOf } from '../../src/spec/a1.js';
import { T3_COLUMNS, T4_BLOCKS, T4_OUTCOMES, t2Layout, t3Rows, type FormatVersion } from '../../src/spec/tables.js';

type Input = number | string | null;

/**
 * A report model made by hand, for rule tests that need no workbook: every official cell is 0
 * unless `values` says otherwise (a string is read as a cell's text, null is a blank cell).
 * Cells sit on a sheet 「表」 at made-up addresses, row by row.
 */
export function makeReport(version: FormatVersion, values: Record<string, Input> = {}, extra: Partial<Report> = {}): Report {
  const cells: Record<string, ModelCell> = {};
  let row = 0;
  const add = (table: TableId, rowId: string, column: string, col: number) => {
    const key = cellKey(table, rowId, column);
    const input = key in values ? values[key]! : 0;
    const parsed = typeof input === 'number' ? { status: 'number' as const, value: input, raw: String(input) } : input === null ? { status: 'blank' as const, value: null, raw: '' } : parseText(input);
    cells[key] = {
      key,
      table,
      row: rowId,
      column,
      status: parsed.status,
      value: parsed.value,
      raw: parsed.raw,
      source: { kind: 'xlsx', sheet: '表', address: addressOf(row, col) },
    };
  };
  for (const section of t2Layout(version)) {
    for (const def of section.rows) {
      row++;
      section.columns.forEach((c, i) => add('t2', def.id, c.id, 2 + i));
    }
  }
  for (const def of t3Rows(version)) {
    row++;
    T3_COLUMNS.forEach((c, i) => add('t3', def.id, c.id, 4 + i));
  }
  row++;
  T4_BLOCKS.forEach((b, bi) => T4_OUTCOMES.forEach((o, oi) => add('t4', b.id, o.id, 1 + bi * 5 + oi)));
  return {
    format: 'xlsx',
    formatVersion: version,
    versionFrom: 'labels',
    tables: {
      t2: { anchor: { kind: 'xlsx', sheet: '表', address: 'A1' } },
      t3: { anchor: { kind: 'xlsx', sheet: '表', address: 'A20' } },
      t4: { anchor: { kind: 'xlsx', sheet: '表', address: 'A50' } },
    },
    cells,
    structure: [],
    ...extra,
  };
}
