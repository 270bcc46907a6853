import { z } from 'zod';
import { Text } from '../spec/text.js';
import { FindingCell, Sentence } from './cited.js';

/**
 * Why a number in the prose was not compared with the tables. Skipping is never a finding: a
 * sentence that cannot be placed says nothing about the tables.
 */
export const SkipReason = z.enum([
  'approximate', // 余, 以上, 近, 约, 超, 突破, 八成
  'otherYear', // 去年, 同比, 较上年, another year's number
  'otherPeriod', // 上半年, a month, 截至目前, 累计
  'otherUnit', // 条, 次, 人次, 个 …: not a count of requests or cases
  'fee', // an amount in 元: never compared with 表二's fees in 万元
  'channel', // 信函申请, 网络申请: parts of a total, not cells
  'subCount', // 其中 … 涉及, 类, a part the tables do not hold
  'otherSubject', // 网络问政, 12345, 信访, 建议提案, 咨询 …
  'otherScope', // 各县区, 本级, 市直部门: another body's numbers
  'notOpenGov', // 行政复议 not said to be about 政府信息公开
  'reviewOrgan', // 办理/审理行政复议: the agency as the reviewing body
  'noSubject', // a count whose subject the catalogue does not know
  'percentNoBase', // a percentage without a denominator to place
  'ambiguous', // more than one number, or words that could be read two ways
  'negated', // 不予以公开 read as 予以公开 would be wrong
  'noColumn', // the report's format has no such column (现行有效 in 2019)
  'noCell', // the table or row is not in the file
  'cellNotNumber', // the cell holds text, or a blank total
  'followsCount', // a percentage of the count as written, which is itself compared
]);
export type SkipReason = z.infer<typeof SkipReason>;

export const Verdict = z.enum(['agrees', 'contradicts', 'skipped']);
export type Verdict = z.infer<typeof Verdict>;

/**
 * A statement of the prose about a value of the tables, and what comparing it gave: the cells it
 * was compared with (with their values), or why it was not compared. `--explain` lists them all.
 */
export const Claim = z.object({
  /** The prose rule that judges it; absent for a number no phrasing placed. */
  rule: z.string().optional(),
  /** The phrasing of the catalogue that read it (`results.granted`). */
  phrase: z.string().optional(),
  messageId: z.string().optional(),
  kind: z.enum(['count', 'percent', 'whole']),
  /** The claim's words as written: 「予以公开及部分公开258件」. */
  text: z.string(),
  sentence: Sentence,
  /** The number stated: a count, or a percentage for `percent`. */
  stated: z.number().optional(),
  verdict: Verdict,
  reason: SkipReason.optional(),
  /** What the claim was compared with, in words: 「予以公开」+「部分公开」（总计）. */
  name: Text.optional(),
  /** The cells compared, with their values. */
  cells: z.array(FindingCell),
  /** The tables' value: the cells' sum, or the percentage they give. */
  expected: z.number().optional(),
  /** stated − expected. */
  difference: z.number().optional(),
  /** For a percentage: the denominator used. */
  base: z.number().optional(),
});
export type Claim = z.infer<typeof Claim>;

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
