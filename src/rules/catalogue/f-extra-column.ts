import type { CheckRule } from '../rule.js';
import { noteCell, notesOf } from './shared/structure-notes.js';

export const F_EXTRA_COLUMN: CheckRule = {
  id: 'F_EXTRA_COLUMN',
  severity: 'warning',
  tables: ['t3'],
  tags: ['structure'],
  title: { zh: '表中只有官方格式的列', en: 'Tables hold only the official columns' },
  description: {
    zh: '单位自加的列（如“法人或其他组织”的“合计”列）：能识别，其中的数不计入核对，只提示。',
    en: 'A column an agency added (such as a 合计 for legal persons and other organisations): recognised, its values left out of every sum, and reported.',
  },
  fix: { zh: '按官方格式删去该列。', en: 'Remove the column to keep the official layout.' },
  messages: {
    unknown: {
      zh: '{table}的“{label}”列（{cell}）不是官方格式中的列，其中的数未计入核对',
      en: '{table}: the column “{label}” ({cell}) is not a column of the official format; its values were left out of the checks',
    },
  },
  check: (report) =>
    notesOf(report, ['COLUMN_UNKNOWN']).map((n) => ({
      table: n.table,
      messageId: 'unknown',
      params: { label: n.label },
      cells: [noteCell(n.source, n.label)],
    })),
};
