import { cellsOf, type CheckRule } from '../rule.js';
import { cellDraft } from './shared/cell-draft.js';
import { isFeeInYuan } from './shared/t2-fee.js';

export const T2_APPROX: CheckRule = {
  id: 'T2_APPROX',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', 'value'],
  title: { zh: '表二填确切的数字而不是文字', en: 'Table 2 holds exact numbers, not words' },
  description: {
    zh: '如“10000件以上”“2108000元”：带单位或约数的文字不能参与核对，原文保留在报告中。',
    en: 'Such as “10000件以上” or “2108000元”: text with a unit or an approximation cannot be checked; the text is kept as written.',
  },
  fix: {
    zh: '只填数字（单位已印在表头里），如 10000；确实无法统计的，在正文中说明。',
    en: 'Enter the number alone (the unit is in the header), e.g. 10000; explain in the text if it cannot be counted.',
  },
  messages: {
    approx: {
      zh: '{table}「{row}」「{column}」（{cell}）填的是「{raw}」，不是确切数字，未参与核对',
      en: '{table}, “{row}”, “{column}” ({cell}) holds “{raw}”, not an exact number; it was not checked',
    },
  },
  check: (report) =>
    cellsOf(report, 't2')
      .filter((c) => c.status === 'text' && !isFeeInYuan(c))
      .map((c) => cellDraft(c, 'approx', report.formatVersion)),
};
