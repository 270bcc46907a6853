import type { CheckRule } from '../rule.js';
import { notGreater } from './shared/t2-not-greater.js';

export const T2_VALID_GE_MADE: CheckRule = {
  id: 'T2_VALID_GE_MADE',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', '2021'],
  title: { zh: '表二现行有效件数不小于本年制发件数', en: 'Table 2: currently valid ≥ issued this year' },
  description: {
    zh: '本年制发的文件一般仍然有效，所以现行有效件数通常不小于本年制发件数；只有当年制发又当年废止时才会相反。',
    en: 'Documents issued this year are normally still valid, so the valid count is at least the issued count, unless some were repealed in the same year.',
  },
  fix: { zh: '核对现行有效件数是否包含了本年制发的文件。', en: 'Check that the valid count includes this year’s documents.' },
  messages: {
    validLess: {
      zh: '{table}「{row}」：现行有效件数 {actual} 小于本年制发件数 {expected}，请核对（当年制发又废止的除外）',
      en: '{table}, “{row}”: currently valid ({actual}) is less than issued this year ({expected}); check it unless some were repealed the same year',
    },
  },
  check: (report) => (report.formatVersion === '2021' ? ['guizhang', 'normative'].flatMap((row) => notGreater(report, row, 'made', 'valid', 'validLess')) : []),
};
