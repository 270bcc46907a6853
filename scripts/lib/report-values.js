// A report of fixtures/src/reports.json as values under canonical keys: its tables are listed row by
// row, each row's values in the official column order; a 表二 value not listed is 0.
import { T3_COLUMNS, T4_OUTCOMES, t2Layout } from '../../dist/spec/tables.js';

/** @param {{ version: '2019' | '2021', t2?: Record<string, unknown[]>, t3?: Record<string, unknown[]>, t4?: Record<string, unknown[]> }} report */
export function valuesOf(report) {
  const values = {};
  for (const [row, list] of Object.entries(report.t3 ?? {})) list.forEach((v, i) => (values[`t3.${row}.${T3_COLUMNS[i].id}`] = v));
  for (const [block, list] of Object.entries(report.t4 ?? {})) list.forEach((v, i) => (values[`t4.${block}.${T4_OUTCOMES[i].id}`] = v));
  for (const section of t2Layout(report.version)) {
    for (const row of section.rows) {
      const list = report.t2?.[row.id] ?? [];
      section.columns.forEach((c, i) => (values[`t2.${row.id}.${c.id}`] = list[i] ?? 0));
    }
  }
  return values;
}
