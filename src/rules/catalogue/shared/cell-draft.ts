import type { ModelCell } from '../../../model/schema.js';
import type { FormatVersion } from '../../../spec/tables.js';
import { findingCell } from '../../../model/cited.js';
import type { Draft } from '../../finding.js';
import { cellNames } from '../../../spec/names.js';

/** Drafts for one cell of a table, named by its row and column. */
export function cellDraft(cell: ModelCell, messageId: string, version?: FormatVersion): Draft {
  const { row, column } = cellNames(cell, version);
  return { table: cell.table, messageId, params: { raw: cell.raw }, row, column, cells: [findingCell(cell)] };
}
