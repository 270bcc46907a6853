import type { ModelCell, Report, ValueStatus } from '../../../model/schema.js';
import { findingCell } from '../../../model/cited.js';
import { cellList } from '../../../model/cell-list.js';
import type { Draft } from '../../finding.js';
import { rowName } from '../../../spec/names.js';

/**
 * Cells of one status grouped by table, so that a row left empty, or a column a page leaves blank
 * from top to bottom, is one finding, not seven or a hundred; a group within one row names the row.
 */
export function statusDrafts(report: Report, status: ValueStatus, skip: (c: ModelCell) => boolean = () => false): Draft[] {
  const groups = new Map<string, ModelCell[]>();
  for (const cell of cellList(report)) {
    if (cell.status !== status || skip(cell)) continue;
    const group = groups.get(cell.table);
    if (group) group.push(cell);
    else groups.set(cell.table, [cell]);
  }
  return [...groups.values()].map((cells) => {
    const oneRow = cells.every((c) => c.row === cells[0]!.row);
    return {
      table: cells[0]!.table,
      messageId: oneRow ? status : `${status}Cells`,
      params: { count: cells.length, raws: [...new Set(cells.map((c) => c.raw.trim()))].join('」「') },
      ...(oneRow ? { row: rowName(cells[0]!.table, cells[0]!.row) } : {}),
      cells: cells.map((c) => findingCell(c)),
    };
  });
}
