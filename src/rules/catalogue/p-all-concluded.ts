import type { CheckRule } from '../rule.js';
import { claimDrafts } from './shared/claim-drafts.js';

export const P_ALL_CONCLUDED: CheckRule = {
  id: 'P_ALL_CONCLUDED',
  severity: 'warning',
  tables: ['t3'],
  tags: ['prose', '表三'],
  needs: ['prose'],
  title: { zh: '正文称申请全部办结时，表三没有结转下年度的申请', en: 'When the text says every request was concluded, Table 3 carries none over' },
  description: {
    zh: '正文说“全部/均已…办结”“无结转”，而表三“结转下年度继续办理”总计大于 0：有申请没有办结。结转的申请可能仍在法定期限内，所以“均在法定期限内予以答复”（按时答复）并不矛盾，不核对；矛盾的是“全部办结”。',
    en: 'The text says all requests were concluded (全部/均…办结, 无结转) while Table 3 carries some over to next year. A request carried over may still be within its time limit, so “all answered on time” is not contradicted and not checked; “all concluded” is.',
  },
  fix: {
    zh: '改为如实表述（如“办结 N 件，结转下年度 M 件”），或核对表三的结转数。',
    en: 'Say what happened (concluded N, carried over M), or check Table 3’s carried-over count.',
  },
  messages: {
    allConcluded: {
      zh: '正文称「{claim}」，但{table}「结转下年度继续办理」总计为 {tableValue}：有 {tableValue} 件申请结转下年度，并未全部办结（结转的申请可能仍在法定期限内，不等于逾期）',
      en: 'The text says “{claim}”, but {table} carries {tableValue} request(s) over to next year: not all were concluded (a request carried over may still be within its time limit; it is not necessarily late)',
    },
    noCarryOver: {
      zh: '正文称「{claim}」，但{table}「结转下年度继续办理」总计为 {tableValue}',
      en: 'The text says “{claim}”, but {table} carries {tableValue} request(s) over to next year',
    },
  },
  check: (report) => claimDrafts(report, 'P_ALL_CONCLUDED', 't3'),
};
