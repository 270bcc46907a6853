import { cellKey } from '../../../spec/keys.js';
import type { ModelCell, Report } from '../../../model/schema.js';
import { findingCell } from '../../../model/cited.js';
import type { Draft } from '../../finding.js';
import { cellNames, rowName } from '../../../spec/names.js';

/** A soft inequality between two cells of one 表二 row: `smaller` should not exceed `larger`. */
export function notGreater(report: Report, row: string, smaller: string, larger: string, messageId: string): Draft[] {
  const a = report.cells[cellKey('t2', row, smaller)];
  const b = report.cells[cellKey('t2', row, larger)];
  if (!a || !b || a.status !== 'number' || b.status !== 'number' || a.value === null || b.value === null) return [];
  if (a.value <= b.value) return [];
  const names = (c: ModelCell) => cellNames(c, report.formatVersion).column;
  return [
    {
      table: 't2',
      messageId,
      params: {},
      row: rowName('t2', row),
      expected: a.value,
      actual: b.value,
      difference: b.value - a.value,
      cells: [findingCell(a, names(a), 'expected'), findingCell(b, names(b), 'actual')],
    },
  ];
}
