import { TABLE_FULL_NAMES } from '../../spec/names.js';
import type { CheckRule } from '../rule.js';
import { noteCell, notesOf } from './shared/structure-notes.js';

export const F_DUPLICATE_TABLE: CheckRule = {
  id: 'F_DUPLICATE_TABLE',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['structure'],
  title: { zh: '每张表只出现一次', en: 'Each table appears once in the report' },
  description: {
    zh: '例如把上一年度的表三放在本年度旁边对照。只核对一张：默认第一张（可见工作表优先，自上而下、自左而右），用 --table N 选第 N 张。',
    en: 'For example last year’s Table 3 kept beside this year’s. Only one is checked: the first by default (visible sheets first, top to bottom, left to right), or the Nth with --table N.',
  },
  fix: { zh: '删去多余的表，或把对照用的表移到另一个文件。', en: 'Remove the extra copy or move it to another file.' },
  messages: {
    copies: {
      zh: '文件中有 {count} 张{tableFull}，只核对了 {cell} 处的第 {which} 张；要核对另一张，请用 --table 指定',
      en: 'The file holds {count} copies of {tableFull}; only copy {which}, at {cell}, was checked; choose another with --table',
    },
  },
  check: (report) =>
    notesOf(report, ['TABLE_COPIES']).map((n) => ({
      table: n.table,
      messageId: 'copies',
      params: { count: n.copies, which: n.copy, tableFull: TABLE_FULL_NAMES[n.table] },
      cells: [noteCell(n.source, null)],
    })),
};
