import type { Draft } from '../finding.js';
import { TABLE_FULL_NAMES } from '../../spec/names.js';
import type { CheckRule } from '../rule.js';
import { noteCell, notesOf } from './shared/structure-notes.js';

export const F_LABELS: CheckRule = {
  id: 'F_LABELS',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['structure', 'labels'],
  title: { zh: '表头文字与官方格式一致', en: 'Labels use the official wording' },
  description: {
    zh: '全角半角、空格换行、引号样式的差别不提示；截短的表头（如“本年新”）按位置识别，表头缺失时按顺序取数，都会提示以便核对。',
    en: 'Full- or half-width punctuation, spaces, line breaks and quote styles are not reported. A truncated header (such as 本年新) is read by position, and a table without headers by order; both are reported so that they can be checked.',
  },
  fix: { zh: '改用官方表头文字。', en: 'Use the official wording.' },
  messages: {
    deviation: {
      zh: '{table}表头“{found}”（{cell}）与官方文字“{official}”不同，已按“{official}”识别',
      en: '{table}: the label “{found}” ({cell}) differs from the official “{official}”; it was read as “{official}”',
    },
    byPosition: {
      zh: '{table}的列表头缺失或与数字对不齐（如从网页粘贴），已按每行从左到右的顺序取数；请核对列的顺序',
      en: '{table} has column headers missing or not above the values (as when pasted from a web page); each row’s values were taken left to right, so check the column order',
    },
    numberInLabel: {
      zh: '{table}“{found}”把数 {number} 和行名写在同一个单元格（{cell}），已按该行第一个数读取；请把数填在自己的单元格里',
      en: '{table}: “{found}” holds the number {number} in the label’s cell ({cell}); it was read as the row’s first value; give it a cell of its own',
    },
    numberInLabelUnread: {
      zh: '{table}“{found}”的行名单元格（{cell}）里还有数 {number}，但该行各列已填满，无法确定它属于哪一列，未读取；请核对该行',
      en: '{table}: the label cell of “{found}” ({cell}) also holds the number {number}, but every column of the row is filled, so it could not be placed and was not read; check the row',
    },
    labelAbove: {
      zh: '{table}“{found}”的行名单独占一行（{cell}），已把紧接其下、没有行名的一行数读作该行；请核对',
      en: '{table}: the label “{found}” stands on a line of its own ({cell}); the unlabelled values just below it were read as its row; check them',
    },
  },
  check: (report) =>
    notesOf(report, ['LABEL_DEVIATION', 'COLUMNS_BY_POSITION', 'VALUE_IN_LABEL', 'NUMBER_IN_LABEL_UNREAD', 'LABEL_ABOVE']).map((n): Draft => {
      switch (n.code) {
        case 'COLUMNS_BY_POSITION':
          return { table: n.table, messageId: 'byPosition', params: {}, cells: [noteCell(n.source, null)] };
        case 'VALUE_IN_LABEL':
        case 'NUMBER_IN_LABEL_UNREAD':
          return {
            table: n.table,
            messageId: n.code === 'VALUE_IN_LABEL' ? 'numberInLabel' : 'numberInLabelUnread',
            params: { found: n.label, number: n.number },
            cells: [noteCell(n.source, n.number)],
          };
        case 'LABEL_ABOVE':
          return { table: n.table, messageId: 'labelAbove', params: { found: n.label }, cells: [noteCell(n.source, n.label)] };
        case 'LABEL_DEVIATION':
          return {
            table: n.table,
            messageId: 'deviation',
            params: { tableFull: TABLE_FULL_NAMES[n.table], found: n.found, official: n.official },
            cells: [noteCell(n.source, n.found)],
          };
      }
    }),
};
