import type { Draft } from '../finding.js';
import { cellsOf, type CheckRule } from '../rule.js';
import { cellDraft } from './shared/cell-draft.js';

/** Columns of 表二 that hold amounts of money (decimals allowed) or signed changes (negatives allowed). */
const AMOUNT_COLUMNS = new Set(['feeAmount', 'amount']);
const SIGNED_COLUMNS = new Set(['change']);

export const T2_NONNEG: CheckRule = {
  id: 'T2_NONNEG',
  severity: 'error',
  tables: ['t2'],
  tags: ['表二', 'value'],
  title: { zh: '表二件数是不小于 0 的整数', en: 'Table 2 counts are whole numbers of 0 or more' },
  description: {
    zh: '表二的件数、项目数、决定数是整数且不小于 0；“本年增/减”可以为负，金额可以有小数。',
    en: 'Counts of documents, items and decisions are whole numbers of 0 or more; “change this year” may be negative and amounts may have decimals.',
  },
  fix: { zh: '填写整数件数。', en: 'Enter a whole number.' },
  messages: {
    negative: {
      zh: '{table}「{row}」「{column}」（{cell}）填的是 {raw}，不能为负数',
      en: '{table}, “{row}”, “{column}” ({cell}) is {raw}; it cannot be negative',
    },
    fraction: {
      zh: '{table}「{row}」「{column}」（{cell}）填的是 {raw}，件数必须是整数',
      en: '{table}, “{row}”, “{column}” ({cell}) is {raw}; a count must be a whole number',
    },
  },
  check: (report) =>
    cellsOf(report, 't2').flatMap((cell): Draft[] => {
      if (cell.status !== 'number' || cell.value === null) return [];
      if (cell.value < 0 && !SIGNED_COLUMNS.has(cell.column)) return [cellDraft(cell, 'negative', report.formatVersion)];
      if (!Number.isInteger(cell.value) && !AMOUNT_COLUMNS.has(cell.column)) return [cellDraft(cell, 'fraction', report.formatVersion)];
      return [];
    }),
};
