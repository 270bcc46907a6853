import type { CheckRule } from '../rule.js';
import { notGreater } from './shared/t2-not-greater.js';

export const T2_PUB_LE_TOTAL: CheckRule = {
  id: 'T2_PUB_LE_TOTAL',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', '2019'],
  title: { zh: '表二本年新公开数量不大于对外公开总数量', en: 'Table 2: newly published ≤ total published' },
  description: {
    zh: '2019 格式：对外公开总数量包含本年新公开的文件，不应小于本年新公开数量。',
    en: '2019 format: the total published includes this year’s, so it cannot be smaller.',
  },
  fix: { zh: '核对两个数的口径。', en: 'Check how the two figures were counted.' },
  messages: {
    publishedMore: {
      zh: '{table}「{row}」：本年新公开数量 {expected} 大于对外公开总数量 {actual}',
      en: '{table}, “{row}”: newly published ({expected}) exceeds total published ({actual})',
    },
  },
  check: (report) => (report.formatVersion === '2019' ? ['guizhang', 'normative'].flatMap((row) => notGreater(report, row, 'newPublished', 'totalPublished', 'publishedMore')) : []),
};
