import type { CheckRule } from '../rule.js';
import { COUNT_MESSAGES, countDrafts } from './shared/count-values.js';

export const T3_NONNEG_INT: CheckRule = {
  id: 'T3_NONNEG_INT',
  severity: 'error',
  tables: ['t3'],
  tags: ['表三', 'value'],
  title: { zh: '表三每个单元格是不小于 0 的整数', en: 'Every Table 3 cell is a whole number of 0 or more' },
  description: {
    zh: '表三统计的是申请件数：文字、负数和小数都不是件数。数字存为文本（如“19”）照常计算。',
    en: 'Table 3 counts requests: text, negative and fractional values are not counts. Numbers stored as text (“19”) count as numbers.',
  },
  fix: { zh: '在该单元格填写件数（整数）；没有就填 0。', en: 'Enter the count as a whole number; enter 0 when there is none.' },
  messages: COUNT_MESSAGES,
  check: (report) => countDrafts(report, 't3'),
};
