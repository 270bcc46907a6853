import type { CheckRule } from '../rule.js';
import { CLAIM_COUNT, claimDrafts } from './shared/claim-drafts.js';

export const P_RESULTS: CheckRule = {
  id: 'P_RESULTS',
  severity: 'warning',
  tables: ['t3'],
  tags: ['prose', '表三'],
  needs: ['prose'],
  title: { zh: '正文所述办理结果与表三一致', en: 'Results, as the text states them, match Table 3' },
  description: {
    zh: '正文中“予以公开 N 件”“部分公开 N 件”“予以公开及部分公开 N 件”（两行之和）、“不予公开”“无法提供”“不予处理”“其他处理”（各组合计）、“办结/答复 N 件”（（七）总计）、“结转下年度 N 件”应与表三总计列一致；紧随其后的“占 x%”按（七）总计为分母、按所写的精度核对。',
    en: 'Counts of results in the text (予以公开, 部分公开, their sum, 不予公开, 无法提供, 不予处理, 其他处理 as group totals; 办结/答复 as (7) total; 结转下年度) must match Table 3’s total column; a percentage right after one is checked against (7) total as the denominator, to the precision written.',
  },
  fix: { zh: '核对正文与表三，改正错误的一方。', en: 'Check the text against Table 3 and correct whichever is wrong.' },
  messages: {
    count: CLAIM_COUNT,
    percent: {
      zh: '正文称「{claim}」，但按{table}{name} {value} ÷ 办理结果总计 {base} 计算为 {tableValue}%，相差 {difference} 个百分点',
      en: 'The text says “{claim}”, but {table} gives {name} {value} ÷ results total {base} = {tableValue}% (a difference of {difference} points)',
    },
  },
  check: (report) => claimDrafts(report, 'P_RESULTS', 't3'),
};
