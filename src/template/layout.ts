import { cellKey } from '../spec/keys.js';
import { T3_COLUMNS, T3_GROUPS, T3_NOTE, T4_BLOCKS, T4_OUTCOMES, TABLE_TITLES, t2Layout, t3Rows, type FormatVersion } from '../spec/tables.js';

/**
 * The official tables as positioned cells and merges, relative to a table's top-left corner.
 * Used to write the blank template and, by scripts/, to build test fixtures.
 */
export type PlanRole = 'title' | 'heading' | 'header' | 'label' | 'note' | 'value';

export interface PlanCell {
  row: number;
  col: number;
  text?: string;
  role: PlanRole;
  /** Canonical key of a value cell. */
  key?: string;
  /** For total cells: the keys that add up to it, so a writer may put a SUM formula there. */
  sumOf?: string[];
  /** A value cell outside the official layout (an agency's extra row), with its value. */
  fixed?: number | string | null;
}

export interface PlanMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TablePlan {
  table: 't2' | 't3' | 't4';
  width: number;
  height: number;
  cells: PlanCell[];
  merges: PlanMerge[];
}

/** A row an agency added to 表三 (a subtotal, a note row): written, never part of the official layout. */
export interface ExtraRow {
  /** Inserted before this official row. */
  before: string;
  label: string;
  values: (number | string | null)[];
}

export interface Table3Options {
  /** Official rows to leave out (to test a table that lacks one). */
  omit?: readonly string[];
  extra?: readonly ExtraRow[];
  /** An agency's own 合计 column for 法人或其他组织, between 其他 and 总计 (not in the official table). */
  orgSubtotal?: boolean;
}

export function table3Plan(version: FormatVersion, options: Table3Options = {}): TablePlan {
  const cells: PlanCell[] = [];
  const merges: PlanMerge[] = [];
  const put = (row: number, col: number, text: string, role: PlanRole, span?: [number, number]) => {
    cells.push({ row, col, text, role });
    if (span && (span[0] > 1 || span[1] > 1)) merges.push({ top: row, left: col, bottom: row + span[0] - 1, right: col + span[1] - 1 });
  };
  const extraCol = options.orgSubtotal ? 1 : 0;
  const colOf = (i: number) => 4 + i + (i === 6 ? extraCol : 0);
  put(1, 1, T3_NOTE, 'note', [3, 3]);
  put(1, 4, '申请人情况', 'header', [1, 7 + extraCol]);
  put(2, 4, '自然人', 'header', [2, 1]);
  put(2, 5, '法人或其他组织', 'header', [1, 5 + extraCol]);
  put(2, colOf(6), '总计', 'header', [2, 1]);
  T3_COLUMNS.slice(1, 6).forEach((c, i) => put(3, 5 + i, c.label, 'header'));
  if (extraCol) put(3, 10, '合计', 'header');

  const rows = t3Rows(version).filter((r) => !options.omit?.includes(r.id));
  const first = 4;
  const resultRows = rows.filter((r) => r.code.startsWith('R3'));
  let row = first - 1;
  const extraRows = options.extra ?? [];
  for (const def of rows) {
    row++;
    for (const extra of extraRows.filter((e) => e.before === def.id)) {
      put(row, 2, extra.label, 'label', [1, 2]);
      extra.values.forEach((v, c) => cells.push({ row, col: colOf(c), role: 'value', fixed: v }));
      row++;
    }
    if (def.code === 'R1' || def.code === 'R2' || def.code === 'R4') put(row, 1, def.label, 'label', [1, 3]);
    else if (def.group === 'results') put(row, 2, def.label, 'label', [1, 2]);
    else {
      const members = rows.filter((r) => r.group === def.group);
      if (members[0] === def) put(row, 2, T3_GROUPS.find((g) => g.id === def.group)!.label, 'label', [members.length, 1]);
      put(row, 3, def.label, 'label');
    }
    if (def === resultRows[0]) {
      const extrasInside = extraRows.filter((e) => resultRows.some((r) => r.id === e.before) && e.before !== resultRows[0]!.id).length;
      put(row, 1, T3_GROUPS[0]!.label, 'label', [resultRows.length + extrasInside, 1]);
    }
    T3_COLUMNS.forEach((column, c) => {
      const key = cellKey('t3', def.id, column.id);
      const sumOf =
        column.id === 'total'
          ? T3_COLUMNS.slice(0, 6).map((p) => cellKey('t3', def.id, p.id))
          : def.id === 'resultTotal'
            ? resultRows.filter((r) => r.id !== 'resultTotal').map((r) => cellKey('t3', r.id, column.id))
            : undefined;
      cells.push({ row, col: colOf(c), role: 'value', key, ...(sumOf ? { sumOf } : {}) });
    });
    if (extraCol) cells.push({ row, col: 10, role: 'value', sumOf: T3_COLUMNS.slice(1, 6).map((p) => cellKey('t3', def.id, p.id)) });
  }
  return { table: 't3', width: 10 + extraCol, height: row, cells, merges };
}

export function table4Plan(): TablePlan {
  const cells: PlanCell[] = [];
  const merges: PlanMerge[] = [];
  const put = (row: number, col: number, text: string, span?: [number, number]) => {
    cells.push({ row, col, text, role: 'header' });
    if (span) merges.push({ top: row, left: col, bottom: row + span[0] - 1, right: col + span[1] - 1 });
  };
  put(1, 1, '行政复议', [1, 5]);
  put(1, 6, '行政诉讼', [1, 10]);
  T4_OUTCOMES.forEach((o, i) => put(2, 1 + i, o.label, [2, 1]));
  put(2, 6, T4_BLOCKS[1]!.label, [1, 5]);
  put(2, 11, T4_BLOCKS[2]!.label, [1, 5]);
  T4_OUTCOMES.forEach((o, i) => {
    put(3, 6 + i, o.label);
    put(3, 11 + i, o.label);
  });
  T4_BLOCKS.forEach((block, b) =>
    T4_OUTCOMES.forEach((outcome, i) => {
      const sumOf = outcome.id === 'total' ? T4_OUTCOMES.slice(0, 4).map((o) => cellKey('t4', block.id, o.id)) : undefined;
      cells.push({ row: 4, col: 1 + b * 5 + i, role: 'value', key: cellKey('t4', block.id, outcome.id), ...(sumOf ? { sumOf } : {}) });
    }),
  );
  return { table: 't4', width: 15, height: 4, cells, merges };
}

export interface Table2Options {
  /** Rows a province added (e.g. 其他主动公开文件), each after an official row. */
  extra?: readonly { after: string; label: string; values: (number | string | null)[] }[];
}

export function table2Plan(version: FormatVersion, options: Table2Options = {}): TablePlan {
  const cells: PlanCell[] = [];
  const merges: PlanMerge[] = [];
  let row = 1;
  for (const section of t2Layout(version)) {
    cells.push({ row, col: 1, text: `第二十条第（${section.item}）项`, role: 'header' });
    merges.push({ top: row, left: 1, bottom: row, right: 4 });
    row++;
    cells.push({ row, col: 1, text: '信息内容', role: 'header' });
    const single = section.columns.length === 1;
    section.columns.forEach((c, i) => cells.push({ row, col: 2 + i, text: c.label, role: 'header' }));
    if (single) merges.push({ top: row, left: 2, bottom: row, right: 4 });
    row++;
    for (const def of section.rows) {
      cells.push({ row, col: 1, text: version === '2019' && def.alternates ? def.alternates[0]! : def.label, role: 'label' });
      section.columns.forEach((c, i) => cells.push({ row, col: 2 + i, role: 'value', key: cellKey('t2', def.id, c.id) }));
      if (single) merges.push({ top: row, left: 2, bottom: row, right: 4 });
      row++;
      for (const extra of options.extra?.filter((e) => e.after === def.id) ?? []) {
        cells.push({ row, col: 1, text: extra.label, role: 'label' });
        extra.values.forEach((v, i) => cells.push({ row, col: 2 + i, role: 'value', fixed: v }));
        row++;
      }
    }
  }
  return { table: 't2', width: 4, height: row - 1, cells, merges };
}

export function tablePlans(version: FormatVersion): TablePlan[] {
  return [table2Plan(version), table3Plan(version), table4Plan()];
}

export const HEADINGS = {
  t2: TABLE_TITLES.t2.heading,
  t3: TABLE_TITLES.t3.heading,
  t4: TABLE_TITLES.t4.heading,
} as const;
