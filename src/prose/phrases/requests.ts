import type { Phrase } from '../phrase.js';
import { ORGANISATION_COLUMNS, t3Reading } from './readings.js';
import { NEUTRAL, QUALIFIER, RECEIVE, REQ } from './words.js';

/**
 * Requests received (表三 一、本年新收, 二、上年结转, by applicant). A count of requests received is
 * read as 本年新收 or as 本年新收 + 上年结转, whichever the sentence's own arithmetic supports
 * (src/prose/judge.ts); 「含上年结转」 after it settles it.
 */
export const REQUESTS: readonly Phrase[] = [
  {
    id: 'requests.received',
    rule: 'P_REQUESTS',
    messageId: 'count',
    topics: ['requests'],
    // 「受理依申请信息公开21件」「共收到政府信息公开申请3119件」「政府信息公开申请共受理21件」
    before: new RegExp(`(?:${RECEIVE}${QUALIFIER}${REQ}|${REQ}(?:共|共计|合计)?${RECEIVE}|^${NEUTRAL}*${REQ}(?:量|数量|总量|总数)?)$`),
    // 「受理21件政府信息公开申请」
    around: [new RegExp(`${RECEIVE}$`), new RegExp(`^(?:的)?${REQ}`)],
    test: 'equal',
    readings: () => [t3Reading(['received']), t3Reading(['received', 'carriedIn'])],
  },
  {
    id: 'requests.receivedBare',
    rule: 'P_REQUESTS',
    messageId: 'count',
    topics: ['requests'],
    explicit: true,
    // In a sentence about requests: 「……共受理21件」「收到申请21件」
    before: new RegExp(`^${NEUTRAL}*${RECEIVE}(?:申请)?$`),
    test: 'equal',
    readings: () => [t3Reading(['received']), t3Reading(['received', 'carriedIn'])],
  },
  {
    id: 'requests.handled',
    rule: 'P_REQUESTS',
    messageId: 'count',
    topics: ['requests'],
    // 「办理政府信息公开申请26件」: received, received with last year's, or concluded.
    before: new RegExp(`(?:(?:办理|处理)(?:了)?${QUALIFIER}${REQ}|${REQ}(?:共|共计|合计)?(?:办理|处理))$`),
    test: 'equal',
    readings: () => [t3Reading(['received']), t3Reading(['received', 'carriedIn']), t3Reading(['resultTotal'])],
  },
  {
    id: 'requests.carriedIn',
    rule: 'P_REQUESTS',
    messageId: 'count',
    topics: ['requests'],
    // 「上年结转3件」「含上年度结转申请34件」
    before: /(?:上年度?|上一年度?|去年)(?:转结|结转)(?:至|到)?(?:本年度?)?(?:的|而来的)?(?:政府信息公开)?(?:申请)?$/,
    test: 'equal',
    readings: () => [t3Reading(['carriedIn'])],
    includesCarriedIn: true,
  },
  {
    id: 'requests.byApplicant',
    rule: 'P_REQUESTS',
    messageId: 'count',
    topics: ['requests'],
    // 「其中自然人19件、法人或其他组织2件」: the previous count in another column.
    before: /^(?:其中)?(?:来自)?(?:自然人|法人(?:或者|或|和|及)其他组织|商业企业|科研机构|社会公益组织|法律服务机构)(?:提出|申请|提出的申请|的申请)?(?:的)?$/,
    test: 'equal',
    readings: () => [],
    column: (clause) => {
      if (/自然人/.test(clause)) return ['natural'];
      if (/法人(?:或者|或|和|及)其他组织/.test(clause)) return [...ORGANISATION_COLUMNS];
      if (/商业企业/.test(clause)) return ['commercial'];
      if (/科研机构/.test(clause)) return ['research'];
      if (/社会公益组织/.test(clause)) return ['publicInterest'];
      if (/法律服务机构/.test(clause)) return ['legalService'];
      return undefined;
    },
  },
  {
    id: 'requests.none',
    rule: 'P_REQUESTS',
    messageId: 'none',
    topics: ['requests', 'none', 'proactive'],
    // 「本年度未收到政府信息公开申请」「无依申请公开事项」
    whole: new RegExp(`(?:^|[^\\u4e00-\\u9fff]|[年度局委办位关门])(?:未|没有|无)(?:收到|受理|接到|发生|接收|新收|产生)?(?:过)?(?:任何)?${REQ}(?:的)?(?:情况)?$`),
    test: 'zero',
    readings: () => [t3Reading(['received'])],
  },
];
