import type { TableId } from '../../model/schema.js';
import type { Claim } from '../../prose/claim.js';
import type { Draft, Text } from '../finding.js';
import type { CheckRule } from '../rule.js';

/**
 * The prose rules: the report's sentences must agree with its tables. Each reads the claims the
 * prose stage found (src/prose/) and reports those that contradict the cells they name, quoting
 * the sentence. Warnings by default: the prose and the tables are both the agency's, and either
 * may be the one that is wrong.
 */

const COUNT: Text = {
  zh: '正文称「{claim}」，但{table}{name}为 {tableValue}，相差 {difference}',
  en: 'The text says “{claim}”, but {table} gives {name} = {tableValue} (difference {difference})',
};

function drafts(report: { claims?: Claim[] }, rule: string, table: TableId): Draft[] {
  return (report.claims ?? []).filter((c) => c.rule === rule && c.verdict === 'contradicts').map((c) => draftOf(c, table));
}

function draftOf(claim: Claim, table: TableId): Draft {
  const values = claim.cells.map((c) => (typeof c.value === 'number' ? c.value : 0));
  const params: Draft['params'] = {
    claim: claim.text,
    name: claim.name ?? { zh: '', en: '' },
    stated: claim.stated ?? 0,
    tableValue: claim.kind === 'percent' || values.length < 2 ? formatNumber(claim.expected) : `${values.map((v) => formatNumber(v)).join(' + ')} = ${formatNumber(claim.expected)}`,
  };
  if (claim.messageId === 'eitherReading') {
    params.received = values[0] ?? 0;
    params.carriedIn = values[1] ?? 0;
    params.withCarried = (values[0] ?? 0) + (values[1] ?? 0);
  }
  if (claim.kind === 'percent') {
    params.value = values[0] ?? 0;
    params.base = claim.base ?? 0;
  }
  return {
    table,
    messageId: claim.messageId ?? 'count',
    params,
    ...(claim.expected !== undefined ? { expected: claim.expected } : {}),
    ...(claim.stated !== undefined ? { actual: claim.stated } : {}),
    ...(claim.difference !== undefined && claim.kind !== 'whole' ? { difference: claim.difference } : {}),
    cells: claim.cells.map((c) => ({ ...c, side: 'expected' as const })),
    sentence: claim.sentence,
  };
}

/** A number as messages write it (report/message.ts's rule, kept here to import no formatter into the catalogue). */
const formatNumber = (value: number | undefined) => (value === undefined ? '' : Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6));

const tags = (...more: string[]) => ['prose', ...more];

export const P_REQUESTS: CheckRule = {
  id: 'P_REQUESTS',
  severity: 'warning',
  tables: ['t3'],
  tags: tags('表三'),
  needs: ['prose'],
  title: { zh: '正文所述收到的申请数与表三一致', en: 'Requests received, as the text states them, match Table 3' },
  description: {
    zh: '正文中“共受理/收到政府信息公开申请 N 件”应等于表三“本年新收”总计（或“本年新收 + 上年结转”，以句中自己的算式为准，如“受理 749 件，办结 718 件，结转 31 件”）；“含上年结转 N 件”应等于“上年结转”；“其中自然人 N 件、法人或其他组织 N 件”应等于相应列；“未收到申请”时“本年新收”应为 0。约数、往年、其他单位、按渠道的分项（信函申请、网络申请）和其他事项（网络问政、热线、信访、咨询）不核对。',
    en: 'A count of requests received in the text (共受理/收到政府信息公开申请 N 件) must equal Table 3’s new requests (or new plus carried over from last year, as the sentence’s own arithmetic says); 含上年结转 N 件 the carried over; a count by applicant the column; “none received” no new request. Approximations, other years, other bodies, counts by channel and other services are not compared.',
  },
  fix: { zh: '核对正文与表三，改正错误的一方。', en: 'Check the text against Table 3 and correct whichever is wrong.' },
  messages: {
    count: COUNT,
    eitherReading: {
      zh: '正文称「{claim}」，但{table}「本年新收」总计为 {received}，加上年结转 {carriedIn} 为 {withCarried}，都不是 {stated}',
      en: 'The text says “{claim}”, but {table} has {received} new requests, {withCarried} with the {carriedIn} carried over from last year; neither is {stated}',
    },
    none: {
      zh: '正文称「{claim}」，但{table}「本年新收」总计为 {tableValue}',
      en: 'The text says “{claim}”, but {table} records {tableValue} new requests',
    },
  },
  check: (report) => drafts(report, 'P_REQUESTS', 't3'),
};

export const P_RESULTS: CheckRule = {
  id: 'P_RESULTS',
  severity: 'warning',
  tables: ['t3'],
  tags: tags('表三'),
  needs: ['prose'],
  title: { zh: '正文所述办理结果与表三一致', en: 'Results, as the text states them, match Table 3' },
  description: {
    zh: '正文中“予以公开 N 件”“部分公开 N 件”“予以公开及部分公开 N 件”（两行之和）、“不予公开”“无法提供”“不予处理”“其他处理”（各组合计）、“办结/答复 N 件”（（七）总计）、“结转下年度 N 件”应与表三总计列一致；紧随其后的“占 x%”按（七）总计为分母、按所写的精度核对。',
    en: 'Counts of results in the text (予以公开, 部分公开, their sum, 不予公开, 无法提供, 不予处理, 其他处理 as group totals; 办结/答复 as (7) total; 结转下年度) must match Table 3’s total column; a percentage right after one is checked against (7) total as the denominator, to the precision written.',
  },
  fix: { zh: '核对正文与表三，改正错误的一方。', en: 'Check the text against Table 3 and correct whichever is wrong.' },
  messages: {
    count: COUNT,
    percent: {
      zh: '正文称「{claim}」，但按{table}{name} {value} ÷ 办理结果总计 {base} 计算为 {tableValue}%，相差 {difference} 个百分点',
      en: 'The text says “{claim}”, but {table} gives {name} {value} ÷ results total {base} = {tableValue}% (a difference of {difference} points)',
    },
  },
  check: (report) => drafts(report, 'P_RESULTS', 't3'),
};

export const P_ALL_CONCLUDED: CheckRule = {
  id: 'P_ALL_CONCLUDED',
  severity: 'warning',
  tables: ['t3'],
  tags: tags('表三'),
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
  check: (report) => drafts(report, 'P_ALL_CONCLUDED', 't3'),
};

export const P_REVIEW: CheckRule = {
  id: 'P_REVIEW',
  severity: 'warning',
  tables: ['t4'],
  tags: tags('表四'),
  needs: ['prose'],
  title: { zh: '正文所述行政复议、行政诉讼与表四一致', en: 'Review and litigation, as the text states them, match Table 4' },
  description: {
    zh: '正文中因政府信息公开引起的“行政复议 N 件/起”应等于表四行政复议总计，“行政诉讼 N 件”等于未经复议直接起诉与复议后起诉的总计之和（“直接起诉”“复议后起诉”各自对应）；同一分句中的“维持/纠正/其他结果/尚未审结 N 件”对应相应结果；“未发生行政复议、行政诉讼”时表四应为 0，“均获维持”时不应有“结果纠正”。本机关作为复议机关办理的复议不核对。',
    en: 'Review over open-government information in the text (行政复议 N 件/起) must equal Table 4’s review total, litigation (行政诉讼 N 件) the two litigation totals together (直接起诉, 复议后起诉 each its own); outcomes in the same clause their cells; “none” no case; “all upheld” nothing corrected. Reviews the agency handled as the reviewing body are not compared.',
  },
  fix: { zh: '核对正文与表四，改正错误的一方。', en: 'Check the text against Table 4 and correct whichever is wrong.' },
  messages: {
    count: COUNT,
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
  check: (report) => drafts(report, 'P_REVIEW', 't4'),
};

export const P_T2: CheckRule = {
  id: 'P_T2',
  severity: 'warning',
  tables: ['t2'],
  tags: tags('表二'),
  needs: ['prose'],
  title: { zh: '正文所述规章、规范性文件件数与表二一致', en: 'Rules and normative documents, as the text states them, match Table 2' },
  description: {
    zh: '正文中“印发/制发（行政）规范性文件 N 件”“制定规章 N 件”应等于表二“本年新制作数量”（2019 格式）或“本年制发件数”（2021 格式）；“现行有效 N 件”“废止 N 件”（2021 格式）对应相应列。主动公开信息的条数、解读、清理、备案的件数和以元计的收费不与表二比较。',
    en: 'Rules and normative documents issued in the text (印发/制发规范性文件 N 件, 制定规章 N 件) must equal Table 2’s newly made (2019) or issued this year (2021); currently valid and repealed (2021) their columns. Items of proactive disclosure (条), documents interpreted, reviewed or filed, and fees in yuan are not compared with Table 2.',
  },
  fix: { zh: '核对正文与表二，改正错误的一方。', en: 'Check the text against Table 2 and correct whichever is wrong.' },
  messages: { count: COUNT },
  check: (report) => drafts(report, 'P_T2', 't2'),
};

export const PROSE_RULES = [P_REQUESTS, P_RESULTS, P_ALL_CONCLUDED, P_REVIEW, P_T2] as const;
