import type { CheckRule } from '../rule.js';
import { CLAIM_COUNT, claimDrafts } from './shared/claim-drafts.js';

export const P_REVIEW: CheckRule = {
  id: 'P_REVIEW',
  severity: 'warning',
  tables: ['t4'],
  tags: ['prose', '表四'],
  needs: ['prose'],
  title: { zh: '正文所述行政复议、行政诉讼与表四一致', en: 'Review and litigation, as the text states them, match Table 4' },
  description: {
    zh: '正文中因政府信息公开引起的“行政复议 N 件/起”应等于表四行政复议总计，“行政诉讼 N 件”等于未经复议直接起诉与复议后起诉的总计之和（“直接起诉”“复议后起诉”各自对应）；同一分句中的“维持/纠正/其他结果/尚未审结 N 件”对应相应结果；“未发生行政复议、行政诉讼”时表四应为 0，“均获维持”时不应有“结果纠正”。本机关作为复议机关办理的复议不核对。',
    en: 'Review over open-government information in the text (行政复议 N 件/起) must equal Table 4’s review total, litigation (行政诉讼 N 件) the two litigation totals together (直接起诉, 复议后起诉 each its own); outcomes in the same clause their cells; “none” no case; “all upheld” nothing corrected. Reviews the agency handled as the reviewing body are not compared.',
  },
  fix: { zh: '核对正文与表四，改正错误的一方。', en: 'Check the text against Table 4 and correct whichever is wrong.' },
  messages: {
    count: CLAIM_COUNT,
    none: {
      zh: '正文称「{claim}」，但{table}{name}为 {tableValue}',
      en: 'The text says “{claim}”, but {table} gives {name} = {tableValue}',
    },
    noneCorrected: {
      zh: '正文称「{claim}」，但{table}{name}为 {tableValue}',
      en: 'The text says “{claim}”, but {table} gives {name} = {tableValue}',
    },
    allUpheld: {
      zh: '正文称「{claim}」，但{table}{name}为 {tableValue}：有案件被纠正',
      en: 'The text says “{claim}”, but {table} gives {name} = {tableValue}: some were corrected',
    },
  },
  check: (report) => claimDrafts(report, 'P_REVIEW', 't4'),
};
