import type { CheckRule } from '../rule.js';
import { statusDrafts } from './shared/status-drafts.js';

export const F_PLACEHOLDER: CheckRule = {
  id: 'F_PLACEHOLDER',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['value'],
  title: { zh: '填数字，而不是“/”“-”“—”“无”等符号', en: 'Numbers, not “/”, “-”, “—” or “无”' },
  description: {
    zh: '这些符号按 0 参与核对并逐一列出，而不是悄悄当作 0。表二“规章”一行填“/”表示本机关无规章制定权，不提示。',
    en: 'These marks are checked as 0 and listed, never silently taken for 0. “/” on Table 2’s 规章 row means the agency makes no rules and is accepted.',
  },
  fix: { zh: '填写数字，没有就填 0。', en: 'Enter a number, 0 when there is none.' },
  messages: {
    placeholder: {
      zh: '{table}「{row}」行 {cells} 填的是「{raws}」，已按 0 核对；请填写数字，没有就填 0',
      en: '{table}, row “{row}”: {cells} hold “{raws}”, checked as 0; enter a number, 0 when there is none',
    },
    placeholderCells: {
      zh: '{table}有 {count} 个单元格填的是「{raws}」（{cells}），已按 0 核对；请填写数字，没有就填 0',
      en: '{table} has {count} cells holding “{raws}” ({cells}), checked as 0; enter a number, 0 when there is none',
    },
  },
  check: (report) => statusDrafts(report, 'placeholder', (c) => c.table === 't2' && c.row === 'guizhang'),
};
