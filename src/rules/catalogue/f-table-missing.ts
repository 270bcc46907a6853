import { TABLE_FULL_NAMES } from '../../spec/names.js';
import type { CheckRule } from '../rule.js';
import { notesOf } from './shared/structure-notes.js';
import { TABLE_ANCHORS } from './shared/table-anchors.js';

export const F_TABLE_MISSING: CheckRule = {
  id: 'F_TABLE_MISSING',
  severity: 'error',
  tables: ['t2', 't4'],
  tags: ['structure'],
  title: { zh: '报告包含表二和表四', en: 'The report holds Tables 2 and 4' },
  description: {
    zh: '年报必须包含表二、表三、表四。表格按官方表头文字查找（可以在任何工作表、任何位置）；表格做成图片或改了表头时找不到。没有表三的文件无法检查。',
    en: 'A report has Tables 2, 3 and 4. They are found by their official labels, on any sheet and at any position; a table pasted as a picture or relabelled is not found. A file without Table 3 cannot be checked at all.',
  },
  fix: { zh: '按官方格式补上该表，保留官方表头文字。', en: 'Add the table in the official layout, keeping its official labels.' },
  messages: {
    missing: {
      zh: '没有找到{tableFull}（按表头“{anchor}”查找）；请按官方格式补上该表',
      en: 'No {tableFull} was found (looked for the label “{anchor}”); add it in the official layout',
    },
  },
  check: (report) =>
    notesOf(report, ['TABLE_MISSING']).map((n) => ({
      table: n.table,
      messageId: 'missing',
      params: { tableFull: TABLE_FULL_NAMES[n.table], anchor: TABLE_ANCHORS[n.table] },
      cells: [],
    })),
};
