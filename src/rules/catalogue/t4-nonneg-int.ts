import type { CheckRule } from '../rule.js';
import { COUNT_MESSAGES, countDrafts } from './shared/count-values.js';

export const T4_NONNEG_INT: CheckRule = {
  id: 'T4_NONNEG_INT',
  severity: 'error',
  tables: ['t4'],
  tags: ['表四', 'value'],
  title: { zh: '表四 15 个数都是不小于 0 的整数', en: 'All 15 Table 4 values are whole numbers of 0 or more' },
  description: {
    zh: '表四统计的是行政复议、行政诉讼的案件数，必须是整数。',
    en: 'Table 4 counts review and litigation cases; each is a whole number.',
  },
  fix: { zh: '在该单元格填写件数（整数）；没有就填 0。', en: 'Enter the count as a whole number; enter 0 when there is none.' },
  messages: COUNT_MESSAGES,
  check: (report) => countDrafts(report, 't4'),
};
