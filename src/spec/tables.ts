/**
 * The official tables as data: every row and column of 表二, 表三 and 表四 in both formats, with the
 * label printed in the official format, a short name for messages, an English name, and the
 * identifier from which the model's canonical keys are made. Source: report-format.md §3.3–§4.6.
 * The reader looks labels up here, the model names keys from it, the template writer lays it out.
 */
import type { FormatVersion } from './tables-schema.js';

export type { FormatVersion, TableId } from './tables-schema.js';

/** The official format a report's tables follow: the 2019 trial format or the 2021 one. */
export const FORMAT_VERSIONS = ['2019', '2021'] as const;

/** The three tables the checker reads: 表二, 表三, 表四. */
export const TABLE_IDS = ['t2', 't3', 't4'] as const;

export interface Label {
  id: string;
  /** Label as printed in the official table (full-width punctuation). */
  label: string;
  /** Short Chinese name used in messages. */
  zh: string;
  en: string;
  /** Other spellings seen in real reports (truncated headers, old names). */
  alternates?: readonly string[];
  versions?: readonly FormatVersion[];
}

export interface RowDef extends Label {
  /** Code used in report-format.md (R1, R3.3.2, …). */
  code: string;
  /** The merged group label this row sits under, if any. */
  group?: string;
}

// ---------------------------------------------------------------- 表三

export const T3_COLUMNS: readonly Label[] = [
  { id: 'natural', label: '自然人', zh: '自然人', en: 'natural persons' },
  { id: 'commercial', label: '商业企业', zh: '商业企业', en: 'commercial enterprises' },
  { id: 'research', label: '科研机构', zh: '科研机构', en: 'research institutions' },
  { id: 'publicInterest', label: '社会公益组织', zh: '社会公益组织', en: 'public-interest organisations' },
  { id: 'legalService', label: '法律服务机构', zh: '法律服务机构', en: 'legal service institutions' },
  { id: 'otherOrg', label: '其他', zh: '其他', en: 'other organisations' },
  { id: 'total', label: '总计', zh: '总计', en: 'total' },
];

export const T3_GROUPS: readonly Label[] = [
  { id: 'results', label: '三、本年度办理结果', zh: '本年度办理结果', en: 'results this year' },
  { id: 'denied', label: '（三）不予公开', zh: '不予公开', en: 'withheld' },
  { id: 'unavailable', label: '（四）无法提供', zh: '无法提供', en: 'cannot be provided' },
  { id: 'notProcessed', label: '（五）不予处理', zh: '不予处理', en: 'not processed' },
  { id: 'otherHandling', label: '（六）其他处理', zh: '其他处理', en: 'other handling' },
];

export const T3_ROWS: readonly RowDef[] = [
  { id: 'received', code: 'R1', label: '一、本年新收政府信息公开申请数量', zh: '本年新收', en: 'new requests this year' },
  { id: 'carriedIn', code: 'R2', label: '二、上年结转政府信息公开申请数量', zh: '上年结转', en: 'carried over from last year' },
  { id: 'granted', code: 'R3.1', group: 'results', label: '（一）予以公开', zh: '予以公开', en: 'disclosed' },
  {
    id: 'partial',
    code: 'R3.2',
    group: 'results',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    zh: '部分公开',
    en: 'partly disclosed',
  },
  { id: 'denied.stateSecret', code: 'R3.3.1', group: 'denied', label: '1.属于国家秘密', zh: '不予公开·属于国家秘密', en: 'withheld: state secret' },
  { id: 'denied.lawProhibited', code: 'R3.3.2', group: 'denied', label: '2.其他法律行政法规禁止公开', zh: '不予公开·其他法律行政法规禁止公开', en: 'withheld: prohibited by other laws' },
  { id: 'denied.threeSafety', code: 'R3.3.3', group: 'denied', label: '3.危及“三安全一稳定”', zh: '不予公开·危及“三安全一稳定”', en: 'withheld: endangers the “three safeties and one stability”' },
  { id: 'denied.thirdParty', code: 'R3.3.4', group: 'denied', label: '4.保护第三方合法权益', zh: '不予公开·保护第三方合法权益', en: 'withheld: third-party rights' },
  { id: 'denied.internalAffairs', code: 'R3.3.5', group: 'denied', label: '5.属于三类内部事务信息', zh: '不予公开·属于三类内部事务信息', en: 'withheld: internal affairs' },
  { id: 'denied.processInfo', code: 'R3.3.6', group: 'denied', label: '6.属于四类过程性信息', zh: '不予公开·属于四类过程性信息', en: 'withheld: process information' },
  { id: 'denied.enforcementFile', code: 'R3.3.7', group: 'denied', label: '7.属于行政执法案卷', zh: '不予公开·属于行政执法案卷', en: 'withheld: enforcement case file' },
  { id: 'denied.queryMatter', code: 'R3.3.8', group: 'denied', label: '8.属于行政查询事项', zh: '不予公开·属于行政查询事项', en: 'withheld: administrative query matter' },
  { id: 'unavailable.notHeld', code: 'R3.4.1', group: 'unavailable', label: '1.本机关不掌握相关政府信息', zh: '无法提供·本机关不掌握相关政府信息', en: 'unavailable: not held' },
  { id: 'unavailable.needsCreation', code: 'R3.4.2', group: 'unavailable', label: '2.没有现成信息需要另行制作', zh: '无法提供·没有现成信息需要另行制作', en: 'unavailable: would need to be created' },
  { id: 'unavailable.unclear', code: 'R3.4.3', group: 'unavailable', label: '3.补正后申请内容仍不明确', zh: '无法提供·补正后申请内容仍不明确', en: 'unavailable: still unclear after correction' },
  { id: 'notProcessed.petition', code: 'R3.5.1', group: 'notProcessed', label: '1.信访举报投诉类申请', zh: '不予处理·信访举报投诉类申请', en: 'not processed: petitions and complaints' },
  { id: 'notProcessed.repeated', code: 'R3.5.2', group: 'notProcessed', label: '2.重复申请', zh: '不予处理·重复申请', en: 'not processed: repeated request' },
  { id: 'notProcessed.publication', code: 'R3.5.3', group: 'notProcessed', label: '3.要求提供公开出版物', zh: '不予处理·要求提供公开出版物', en: 'not processed: published material' },
  { id: 'notProcessed.massRepeated', code: 'R3.5.4', group: 'notProcessed', label: '4.无正当理由大量反复申请', zh: '不予处理·无正当理由大量反复申请', en: 'not processed: mass repeated requests' },
  {
    id: 'notProcessed.confirmation',
    code: 'R3.5.5',
    group: 'notProcessed',
    label: '5.要求行政机关确认或重新出具已获取信息',
    zh: '不予处理·要求确认或重新出具已获取信息',
    en: 'not processed: confirm or reissue information',
  },
  { id: 'otherHandling', code: 'R3.6', group: 'results', label: '（六）其他处理', zh: '其他处理', en: 'other handling', versions: ['2019'] },
  {
    id: 'otherHandling.noCorrection',
    code: 'R3.6.1',
    group: 'otherHandling',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    zh: '其他处理·逾期不补正',
    en: 'other: no correction in time',
    versions: ['2021'],
  },
  {
    id: 'otherHandling.feeUnpaid',
    code: 'R3.6.2',
    group: 'otherHandling',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    zh: '其他处理·逾期未缴费',
    en: 'other: fee not paid in time',
    versions: ['2021'],
  },
  { id: 'otherHandling.misc', code: 'R3.6.3', group: 'otherHandling', label: '3.其他', zh: '其他处理·其他', en: 'other: other', versions: ['2021'] },
  { id: 'resultTotal', code: 'R3.7', group: 'results', label: '（七）总计', zh: '办理结果总计', en: 'results total' },
  { id: 'carriedOver', code: 'R4', label: '四、结转下年度继续办理', zh: '结转下年度', en: 'carried over to next year' },
];

/** The result rows that add up to （七）总计, per format. */
export function t3ResultRows(version: FormatVersion): readonly RowDef[] {
  return T3_ROWS.filter((r) => r.code.startsWith('R3.') && r.id !== 'resultTotal' && (r.versions === undefined || r.versions.includes(version)));
}

export function t3Rows(version: FormatVersion): readonly RowDef[] {
  return T3_ROWS.filter((r) => r.versions === undefined || r.versions.includes(version));
}

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

// ---------------------------------------------------------------- 表四

export const T4_BLOCKS: readonly Label[] = [
  { id: 'review', label: '行政复议', zh: '行政复议', en: 'administrative review' },
  { id: 'suitDirect', label: '未经复议直接起诉', zh: '行政诉讼·未经复议直接起诉', en: 'litigation without prior review' },
  { id: 'suitAfterReview', label: '复议后起诉', zh: '行政诉讼·复议后起诉', en: 'litigation after review' },
];

export const T4_OUTCOMES: readonly Label[] = [
  { id: 'upheld', label: '结果维持', zh: '结果维持', en: 'upheld' },
  { id: 'corrected', label: '结果纠正', zh: '结果纠正', en: 'corrected' },
  { id: 'other', label: '其他结果', zh: '其他结果', en: 'other outcome' },
  { id: 'pending', label: '尚未审结', zh: '尚未审结', en: 'pending' },
  { id: 'total', label: '总计', zh: '总计', en: 'total' },
];

// ---------------------------------------------------------------- 表二

export interface T2Section {
  /** The article item: 第二十条第（一）项 → '一'. */
  item: string;
  rows: readonly RowDef[];
  columns: readonly Label[];
}

const made2019: Label[] = [
  { id: 'newMade', label: '本年新制作数量', zh: '本年新制作数量', en: 'newly made this year', versions: ['2019'] },
  { id: 'newPublished', label: '本年新公开数量', zh: '本年新公开数量', en: 'newly published this year', versions: ['2019'] },
  { id: 'totalPublished', label: '对外公开总数量', zh: '对外公开总数量', en: 'total published', versions: ['2019'] },
];
const made2021: Label[] = [
  { id: 'made', label: '本年制发件数', zh: '本年制发件数', en: 'issued this year', versions: ['2021'] },
  { id: 'repealed', label: '本年废止件数', zh: '本年废止件数', en: 'repealed this year', versions: ['2021'] },
  { id: 'valid', label: '现行有效件数', zh: '现行有效件数', en: 'currently valid', versions: ['2021'] },
];
const items2019: Label[] = [
  { id: 'prevItems', label: '上一年项目数量', zh: '上一年项目数量', en: 'items last year', versions: ['2019'] },
  { id: 'change', label: '本年增/减', zh: '本年增/减', en: 'change this year', versions: ['2019'] },
  { id: 'decisions', label: '处理决定数量', zh: '处理决定数量', en: 'decisions', versions: ['2019'] },
];
const decisions2021: Label = {
  id: 'decisions',
  label: '本年处理决定数量',
  zh: '本年处理决定数量',
  en: 'decisions this year',
  versions: ['2021'],
};

export const T2_SECTIONS: readonly T2Section[] = [
  {
    item: '一',
    columns: [...made2019, ...made2021],
    rows: [
      { id: 'guizhang', code: 'T2.1.1', label: '规章', zh: '规章', en: 'government rules' },
      { id: 'normative', code: 'T2.1.2', label: '行政规范性文件', zh: '规范性文件', en: 'normative documents', alternates: ['规范性文件'] },
    ],
  },
  {
    item: '五',
    columns: [...items2019, decisions2021],
    rows: [
      { id: 'licensing', code: 'T2.5.1', label: '行政许可', zh: '行政许可', en: 'administrative licensing' },
      {
        id: 'otherServices',
        code: 'T2.5.2',
        label: '其他对外管理服务事项',
        zh: '其他对外管理服务事项',
        en: 'other external management services',
        versions: ['2019'],
      },
    ],
  },
  {
    item: '六',
    columns: [...items2019, decisions2021],
    rows: [
      { id: 'penalty', code: 'T2.6.1', label: '行政处罚', zh: '行政处罚', en: 'administrative penalties' },
      { id: 'enforcement', code: 'T2.6.2', label: '行政强制', zh: '行政强制', en: 'administrative coercion' },
    ],
  },
  {
    item: '八',
    columns: [
      { id: 'prevItems', label: '上一年项目数量', zh: '上一年项目数量', en: 'items last year', versions: ['2019'] },
      { id: 'change', label: '本年增/减', zh: '本年增/减', en: 'change this year', versions: ['2019'] },
      { id: 'feeAmount', label: '本年收费金额（单位：万元）', zh: '本年收费金额（万元）', en: 'fees this year (10,000 yuan)', versions: ['2021'] },
    ],
    rows: [{ id: 'fees', code: 'T2.8.1', label: '行政事业性收费', zh: '行政事业性收费', en: 'administrative fees' }],
  },
  {
    item: '九',
    columns: [
      { id: 'items', label: '采购项目数量', zh: '采购项目数量', en: 'procurement items', versions: ['2019'] },
      { id: 'amount', label: '采购总金额', zh: '采购总金额', en: 'procurement amount', versions: ['2019'] },
    ],
    rows: [{ id: 'procurement', code: 'T2.9.1', label: '政府集中采购', zh: '政府集中采购', en: 'centralised procurement', versions: ['2019'] }],
  },
];

/** Sections, rows and columns of 表二 that a given format has. */
export function t2Layout(version: FormatVersion): T2Section[] {
  const inVersion = (l: Label) => l.versions === undefined || l.versions.includes(version);
  return T2_SECTIONS.map((s) => ({ item: s.item, rows: s.rows.filter(inVersion), columns: s.columns.filter(inVersion) })).filter((s) => s.rows.length > 0 && s.columns.length > 0);
}

export const TABLE_TITLES = {
  t2: { zh: '表二 主动公开政府信息情况', en: 'Table 2, proactive disclosure', heading: '二、主动公开政府信息情况' },
  t3: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3, requests received and handled', heading: '三、收到和处理政府信息公开申请情况' },
  t4: { zh: '表四 政府信息公开行政复议、行政诉讼情况', en: 'Table 4, administrative review and litigation', heading: '四、政府信息公开行政复议、行政诉讼情况' },
} as const;
