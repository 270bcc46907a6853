import type { Report } from '../../../model/schema.js';

/** A cell of the report that holds a number, with the number; a blank, a placeholder or text has none. */
export const numberAt = (report: Report, key: string) => {
  const cell = report.cells[key];
  return cell && cell.status === 'number' && cell.value !== null ? { cell, value: cell.value } : undefined;
};
