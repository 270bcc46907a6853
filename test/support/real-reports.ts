import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { T3_COLUMNS, T3_ROWS, T4_BLOCKS, T4_OUTCOMES } from '../../src/spec/tables.js';
import { ROOT } from './fixtures.js';
import { parseJson } from './json.js';

/**
 * The real published reports in ../shared/real-reports, with the numbers read by hand from each
 * (manifest.json). They are used where they lie, never copied into the repository; tests that need
 * them skip, saying why, where the folder is absent.
 */
export const REAL_REPORTS = join(ROOT, '..', 'shared', 'real-reports');
export const HAVE_REAL_REPORTS = existsSync(join(REAL_REPORTS, 'manifest.json'));
export const NO_REAL_REPORTS = `../shared/real-reports is not here: the tests on real published reports are skipped`;

export interface RealReport {
  file: string;
  agency: string;
  year: number;
  format_version: '2019' | '2021';
  table3: { rows: Record<string, (number | string | null)[]> };
  table4: { values: (number | string | null)[] };
  violations: { rule: string; lhs: number; rhs: number }[];
}

export function realReports(): RealReport[] {
  if (!HAVE_REAL_REPORTS) return [];
  return parseJson<{ files: RealReport[] }>(readFileSync(join(REAL_REPORTS, 'manifest.json'), 'utf8')).files;
}

export const realReport = (file: string): RealReport | undefined => realReports().find((r) => r.file === file);

/** The manifest's row names → the canonical row ids of 表三. */
const ROWS: Record<string, string> = {
  new: 'received',
  carried_over: 'carriedIn',
  granted: 'granted',
  partial: 'partial',
  other: 'otherHandling',
  other_1: 'otherHandling.noCorrection',
  other_2: 'otherHandling.feeUnpaid',
  other_3: 'otherHandling.misc',
  results_total: 'resultTotal',
  carried_forward: 'carriedOver',
};
const GROUPS: Record<string, string> = { denied: 'denied', unable: 'unavailable', declined: 'notProcessed' };

function rowId(name: string): string {
  if (ROWS[name]) return ROWS[name];
  const [group, n] = name.split('_') as [string, string];
  const members = T3_ROWS.filter((r) => r.group === GROUPS[group]);
  const row = members[Number(n) - 1];
  if (!row) throw new Error(`manifest row ${name} has no canonical row`);
  return row.id;
}

/** The hand-read numbers of 表三 and 表四 under their canonical keys: what the checker must read. */
export function manifestValues(report: RealReport): Record<string, number | string | null> {
  const values: Record<string, number | string | null> = {};
  for (const [name, list] of Object.entries(report.table3.rows)) {
    list.forEach((v, i) => (values[`t3.${rowId(name)}.${T3_COLUMNS[i]!.id}`] = v));
  }
  report.table4.values.forEach((v, i) => (values[`t4.${T4_BLOCKS[Math.floor(i / 5)]!.id}.${T4_OUTCOMES[i % 5]!.id}`] = v));
  return values;
}
