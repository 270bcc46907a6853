import type { Text } from '../spec/text.js';
import type { SkipReason } from './claim-schema.js';

export type { Claim, SkipReason, Verdict } from './claim-schema.js';

/** --explain's words for each reason. */
export const SKIP_REASONS: Record<SkipReason, Text> = {
  approximate: { zh: '约数（余、以上、近、约、超……），不核对', en: 'an approximation (余, 以上, 近, 约, 超 …), not checked' },
  otherYear: { zh: '说的是别的年份或与往年比较', en: 'about another year, or a comparison with one' },
  otherPeriod: { zh: '说的是年度中的一段时间或累计数', en: 'about part of the year, or a running total' },
  otherUnit: { zh: '单位不是“件”，不是表中的申请或案件数', en: 'not counted in 件: not a number of requests or cases' },
  fee: { zh: '金额（元），不与表二的收费（万元）比较', en: 'an amount in yuan, never compared with Table 2’s fees (10,000 yuan)' },
  channel: { zh: '申请渠道的分项，不是表中的数', en: 'a count by channel, which the tables do not hold' },
  subCount: { zh: '某一部分的数，表中没有对应的格', en: 'a part the tables hold no cell for' },
  otherSubject: { zh: '说的是其他事项（网络问政、热线、信访、建议提案、咨询……）', en: 'about something else (online enquiries, hotlines, petitions, proposals, consultations …)' },
  otherScope: { zh: '说的是其他单位或下级单位的数', en: 'about other or subordinate bodies' },
  notOpenGov: { zh: '没有说明是因政府信息公开引起的复议或诉讼', en: 'not said to be review or litigation over open-government information' },
  reviewOrgan: { zh: '本机关作为复议机关办理的复议，不是表四的数', en: 'reviews the agency handled as the reviewing body, not Table 4’s cases' },
  noSubject: { zh: '无法确定这个数说的是什么', en: 'what the number counts could not be placed' },
  percentNoBase: { zh: '百分比没有可以确定的分母', en: 'a percentage without a denominator that can be placed' },
  ambiguous: { zh: '有多种读法，无法确定', en: 'open to more than one reading' },
  negated: { zh: '否定的说法，不核对', en: 'a negated phrase, not checked' },
  noColumn: { zh: '本格式的表中没有这一列', en: 'the tables of this format have no such column' },
  noCell: { zh: '文件中没有对应的表或行', en: 'the table or row is not in the file' },
  followsCount: {
    zh: '百分比按正文所写的件数计算，件数本身已与表格核对',
    en: 'a share of the count as the text states it, which is compared itself',
  },
  cellNotNumber: {
    zh: '表中对应的格不是数字（文字、合计留空，或该行的数没有读准）',
    en: 'the cell compared is not a number (text, a blank total, or a row whose numbers could not all be placed)',
  },
};
