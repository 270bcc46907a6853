import type { CheckRule } from '../rule.js';
import { cellDraft } from './shared/cell-draft.js';
import { FEE_KEY, isFeeInYuan } from './shared/t2-fee.js';

/** 100 亿元, in 万元: more than any agency collects, so the figure was written in 元. */
const FEE_PLAUSIBLE_MAX = 1_000_000;

export const T2_FEE_UNIT: CheckRule = {
  id: 'T2_FEE_UNIT',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', 'value', '2021'],
  title: { zh: '表二行政事业性收费金额以万元为单位', en: 'Table 2 fees are in units of 10,000 yuan' },
  description: {
    zh: '2021 格式的表头印明“本年收费金额（单位：万元）”。填“元”或过大的数，多半是单位写错了。',
    en: 'The 2021 header says the fee is in 万元 (10,000 yuan). A figure in 元, or one implausibly large, was probably written in the wrong unit.',
  },
  fix: { zh: '换算成万元填写，只填数字（如 12.5）。', en: 'Convert to 万元 and enter the number alone (e.g. 12.5).' },
  messages: {
    yuan: {
      zh: '{table}「行政事业性收费」（{cell}）填的是「{raw}」，单位应为万元，请换算后只填数字',
      en: '{table}, administrative fees ({cell}) holds “{raw}”; the unit is 10,000 yuan: convert and enter the number alone',
    },
    large: {
      zh: '{table}「行政事业性收费」（{cell}）为 {raw} 万元，金额过大，请确认是否按“元”填写了',
      en: '{table}, administrative fees ({cell}) is {raw} × 10,000 yuan, which is implausibly large: was it entered in yuan?',
    },
  },
  check: (report) => {
    const cell = report.cells[FEE_KEY];
    if (!cell || report.formatVersion !== '2021') return [];
    if (isFeeInYuan(cell)) return [cellDraft(cell, 'yuan', report.formatVersion)];
    if (cell.status === 'number' && (cell.value ?? 0) > FEE_PLAUSIBLE_MAX) return [cellDraft(cell, 'large', report.formatVersion)];
    return [];
  },
};
