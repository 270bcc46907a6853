import type { CheckRule } from '../rule.js';
import { statusDrafts } from './shared/status-drafts.js';

export const F_BLANK_CELL: CheckRule = {
  id: 'F_BLANK_CELL',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['value'],
  title: { zh: '表格没有空白单元格', en: 'No table cell is left blank' },
  description: {
    zh: '空白单元格按 0 参与核对，但公开的年报应当写明 0，以免读者以为漏填。',
    en: 'Blank cells count as 0 in the checks, but a published report should say 0 so that readers do not think it was left out.',
  },
  fix: { zh: '没有数据的单元格填 0。', en: 'Enter 0 where there is nothing to count.' },
  messages: {
    blank: {
      zh: '{table}「{row}」行有 {count} 个空白单元格（{cells}），已按 0 核对；没有数据请填 0',
      en: '{table}, row “{row}” has {count} blank cell(s) ({cells}), checked as 0; enter 0 where there is nothing',
    },
    blankCells: {
      zh: '{table}有 {count} 个空白单元格（{cells}），已按 0 核对；没有数据请填 0',
      en: '{table} has {count} blank cells ({cells}), checked as 0; enter 0 where there is nothing',
    },
  },
  // A blank total whose parts are not 0 is F_TOTAL_BLANK's: the table lacks its total, not a 0.
  check: (report, context) => statusDrafts(report, 'blank', (c) => context.unfilledTotals.has(c.key)),
};
