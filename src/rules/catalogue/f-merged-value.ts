import { findingCell } from '../../model/cited.js';
import { cellNames } from '../../spec/names.js';
import type { CheckRule } from '../rule.js';
import { noteCell, notesOf } from './shared/structure-notes.js';

export const F_MERGED_VALUE: CheckRule = {
  id: 'F_MERGED_VALUE',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['structure'],
  title: { zh: '每个数值有自己的单元格，不在合并单元格内', en: 'Each value has its own cell, not inside a merge' },
  description: {
    zh: '应当填数的位置落在一个合并单元格里，它的值属于合并区域左上角的单元格，这里按空白核对。',
    en: 'A position that should hold a value lies inside a merged range whose value belongs to its top-left cell; it is checked as blank.',
  },
  fix: { zh: '取消该处的合并，每个数填在自己的单元格里。', en: 'Unmerge the cells and give each value its own cell.' },
  messages: {
    covered: {
      zh: '{table}「{row}」行「{column}」列（{cell}）在合并单元格 {master} 之内，按空白核对；请取消合并，把数填在自己的单元格里',
      en: '{table}, row “{row}”, column “{column}” ({cell}) lies inside the merged cell {master} and was checked as blank; unmerge it and give the value its own cell',
    },
  },
  check: (report) =>
    notesOf(report, ['VALUE_COVERED']).map((n) => {
      const cell = report.cells[n.key];
      return {
        table: n.table,
        messageId: 'covered',
        params: { master: n.coveredBy },
        ...(cell ? cellNames(cell, report.formatVersion) : {}),
        cells: [cell ? findingCell(cell) : noteCell(n.source, null)],
      };
    }),
};
