import { z } from 'zod';
import { Text } from '../spec/text-schema.js';
import { FindingCell, Sentence } from './cited-schema.js';

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
