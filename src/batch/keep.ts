import type { Checked } from '../check.js';

/** Which cells of a report a batch still needs once the file's own rules have run. */
export type Keep = 'all' | readonly string[];

/** The outcome with only the kept cells of its model, so thousands of reports fit in memory. */
export function keepCells(checked: Checked, keep: Keep): Checked {
  if (keep === 'all' || !checked.report) return checked;
  const cells = Object.fromEntries(keep.flatMap((key) => (checked.report!.cells[key] ? [[key, checked.report!.cells[key]]] : [])));
  const { claims: _claims, ...report } = checked.report;
  return { ...checked, report: { ...report, cells, structure: [] } };
}
