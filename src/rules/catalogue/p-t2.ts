import type { CheckRule } from '../rule.js';
import { CLAIM_COUNT, claimDrafts } from './shared/claim-drafts.js';

export const P_T2: CheckRule = {
  id: 'P_T2',
  severity: 'warning',
  tables: ['t2'],
  tags: ['prose', '表二'],
  needs: ['prose'],
  title: { zh: '正文所述规章、规范性文件件数与表二一致', en: 'Rules and normative documents, as the text states them, match Table 2' },
  description: {
    zh: '正文中“印发/制发（行政）规范性文件 N 件”“制定规章 N 件”应等于表二“本年新制作数量”（2019 格式）或“本年制发件数”（2021 格式）；“现行有效 N 件”“废止 N 件”（2021 格式）对应相应列。主动公开信息的条数、解读、清理、备案的件数和以元计的收费不与表二比较。',
    en: 'Rules and normative documents issued in the text (印发/制发规范性文件 N 件, 制定规章 N 件) must equal Table 2’s newly made (2019) or issued this year (2021); currently valid and repealed (2021) their columns. Items of proactive disclosure (条), documents interpreted, reviewed or filed, and fees in yuan are not compared with Table 2.',
  },
  fix: { zh: '核对正文与表二，改正错误的一方。', en: 'Check the text against Table 2 and correct whichever is wrong.' },
  messages: { count: CLAIM_COUNT },
  check: (report) => claimDrafts(report, 'P_T2', 't2'),
};
