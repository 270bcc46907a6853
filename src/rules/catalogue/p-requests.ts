import type { CheckRule } from '../rule.js';
import { CLAIM_COUNT, claimDrafts } from './shared/claim-drafts.js';

export const P_REQUESTS: CheckRule = {
  id: 'P_REQUESTS',
  severity: 'warning',
  tables: ['t3'],
  tags: ['prose', '表三'],
  needs: ['prose'],
  title: { zh: '正文所述收到的申请数与表三一致', en: 'Requests received, as the text states them, match Table 3' },
  description: {
    zh: '正文中“共受理/收到政府信息公开申请 N 件”应等于表三“本年新收”总计（或“本年新收 + 上年结转”，以句中自己的算式为准，如“受理 749 件，办结 718 件，结转 31 件”）；“含上年结转 N 件”应等于“上年结转”；“其中自然人 N 件、法人或其他组织 N 件”应等于相应列；“未收到申请”时“本年新收”应为 0。约数、往年、其他单位、按渠道的分项（信函申请、网络申请）和其他事项（网络问政、热线、信访、咨询）不核对。',
    en: 'A count of requests received in the text (共受理/收到政府信息公开申请 N 件) must equal Table 3’s new requests (or new plus carried over from last year, as the sentence’s own arithmetic says); 含上年结转 N 件 the carried over; a count by applicant the column; “none received” no new request. Approximations, other years, other bodies, counts by channel and other services are not compared.',
  },
  fix: { zh: '核对正文与表三，改正错误的一方。', en: 'Check the text against Table 3 and correct whichever is wrong.' },
  messages: {
    count: CLAIM_COUNT,
    eitherReading: {
      zh: '正文称「{claim}」，但{table}「本年新收」总计为 {received}，加上年结转 {carriedIn} 为 {withCarried}，都不是 {stated}',
      en: 'The text says “{claim}”, but {table} has {received} new requests, {withCarried} with the {carriedIn} carried over from last year; neither is {stated}',
    },
    none: {
      zh: '正文称「{claim}」，但{table}「本年新收」总计为 {tableValue}',
      en: 'The text says “{claim}”, but {table} records {tableValue} new requests',
    },
  },
  check: (report) => claimDrafts(report, 'P_REQUESTS', 't3'),
};
