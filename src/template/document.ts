import { addressOf } from '../spec/a1.js';
import type { FormatVersion } from '../spec/tables.js';
import { HEADINGS, tablePlans, type PlanMerge, type PlanRole, type TablePlan } from './layout.js';

/** A workbook to write, as plain data: sheets of positioned cells. */
export type CellInput = number | string | null | { formula: string; result?: number | string } | { richText: { text: string; font?: { bold?: boolean; color?: { argb: string } } }[] };

export interface DocCell {
  row: number;
  col: number;
  value: CellInput;
  role: PlanRole;
  /** The canonical key of a value cell. */
  key?: string;
}

export interface DocSheet {
  name: string;
  cells: DocCell[];
  merges: PlanMerge[];
  columnWidths?: number[];
  hidden?: boolean;
  /** Rows hidden in the sheet (1-based), as agencies hide rows they think empty. */
  hiddenRows?: number[];
}

export interface WorkbookDoc {
  sheets: DocSheet[];
  /** Restrict value cells to whole numbers ≥ 0 (decimals for amounts) in Excel's own input check. */
  validations?: boolean;
  /** Data validations over whole columns (A1:A1048576), as supervisors' templates carry. */
  columnValidations?: string[];
  /** The workbook's keywords (its document properties): where `sum` marks the summaries it writes. */
  keywords?: string;
}

export interface PlaceOptions {
  version: FormatVersion;
  values?: Record<string, CellInput>;
  title?: string;
  /** Totals as SUM formulas with their cached results (what Excel saves). */
  formulas?: boolean;
}

/**
 * The report on one sheet in the official order: title, then each table under its section heading,
 * a blank row between. Values absent from `values` are written as 0.
 */
export function placeReport(options: PlaceOptions): DocSheet {
  const cells: DocCell[] = [];
  const merges: PlanMerge[] = [];
  let row = 1;
  if (options.title) {
    cells.push({ row, col: 1, value: options.title, role: 'title' });
    merges.push({ top: row, left: 1, bottom: row, right: 15 });
    row += 2;
  }
  for (const plan of tablePlans(options.version)) {
    cells.push({ row, col: 1, value: HEADINGS[plan.table], role: 'heading' });
    row++;
    const placed = placeTable(plan, row, 1, options);
    cells.push(...placed.cells);
    merges.push(...placed.merges);
    row += plan.height + 1;
  }
  return { name: '年度报告', cells, merges, columnWidths: [22, 16, 30, 10, 10, 10, 12, 12, 10, 10, 10, 10, 10, 10, 10] };
}

/** One table at a given corner, values filled in, totals optionally as formulas. */
export function placeTable(plan: TablePlan, top: number, left: number, options: PlaceOptions): { cells: DocCell[]; merges: PlanMerge[] } {
  const values = options.values ?? {};
  const addressByKey = new Map<string, string>();
  for (const c of plan.cells) if (c.key) addressByKey.set(c.key, addressOf(top + c.row - 1, left + c.col - 1));
  const valueOf = (key: string): CellInput => (key in values ? values[key]! : 0);
  const cells = plan.cells.map((c): DocCell => {
    const at = { row: top + c.row - 1, col: left + c.col - 1, role: c.role };
    if (c.fixed !== undefined) return { ...at, value: c.fixed };
    if (!c.key && c.sumOf) {
      // A total outside the official layout (an agency's own 合计 column): the sum of its parts.
      const sum = c.sumOf.reduce((n, k) => n + (typeof valueOf(k) === 'number' ? (valueOf(k) as number) : 0), 0);
      return { ...at, value: options.formulas ? { formula: `SUM(${c.sumOf.map((k) => addressByKey.get(k)).join(',')})`, result: sum } : sum };
    }
    if (!c.key) return { ...at, value: c.text ?? null };
    const value = valueOf(c.key);
    if (options.formulas && c.sumOf && (typeof value === 'number' || !(c.key in values))) {
      const formula = `SUM(${c.sumOf.map((k) => addressByKey.get(k)).join(',')})`;
      return { ...at, key: c.key, value: { formula, result: typeof value === 'number' ? value : 0 } };
    }
    return { ...at, key: c.key, value };
  });
  const merges = plan.merges.map((m) => ({ top: top + m.top - 1, left: left + m.left - 1, bottom: top + m.bottom - 1, right: left + m.right - 1 }));
  return { cells, merges };
}
