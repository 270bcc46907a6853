import type { ModelCell, Report } from '../model/schema.js';
import type { FormatVersion } from '../spec/tables.js';

export interface TextCell {
  key: string;
  path: string;
  raw: string;
}

export type Summed = { ok: true; version: FormatVersion; sums: Record<string, number>; texts: TextCell[] } | { ok: false; versions: Record<FormatVersion, string[]> };

/**
 * Cell-wise sums over agencies' reports of one format: blanks and placeholders count 0; a cell
 * holding text (「10000件以上」) cannot be summed, is left out, and is listed so the caller can say so.
 */
export function sumReports(reports: readonly { path: string; report: Report }[]): Summed {
  const versions: Record<FormatVersion, string[]> = { '2019': [], '2021': [] };
  for (const { path, report } of reports) versions[report.formatVersion].push(path);
  if (versions['2019'].length > 0 && versions['2021'].length > 0) return { ok: false, versions };
  const version: FormatVersion = versions['2021'].length > 0 ? '2021' : '2019';
  const sums: Record<string, number> = {};
  const texts: TextCell[] = [];
  for (const { path, report } of reports) {
    for (const cell of Object.values(report.cells)) {
      const value = summable(cell);
      if (value === undefined) texts.push({ key: cell.key, path, raw: cell.raw });
      else sums[cell.key] = round((sums[cell.key] ?? 0) + value);
    }
  }
  return { ok: true, version, sums, texts };
}

function summable(cell: ModelCell): number | undefined {
  if (cell.status === 'number') return cell.value ?? 0;
  if (cell.status === 'blank' || cell.status === 'placeholder') return 0;
  return undefined;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
