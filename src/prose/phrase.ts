import type { FormatVersion } from '../spec/tables.js';
import type { Text } from '../spec/text.js';
import type { SkipReason } from '../model/claim.js';

/**
 * What a clause is about, as the sentence has said so far: requests for information (this
 * agency's, this year's), administrative review or litigation over them, 表二's documents, or
 * something else that shares the words (a hotline, proposals, proactive disclosure).
 */
export type Topic = 'none' | 'requests' | 'review' | 'suit' | 'suitDirect' | 'suitAfterReview' | 't2normative' | 't2guizhang' | 'proactive' | 'other';

/** What a reading may depend on besides the phrase. */
export interface ReadingContext {
  version: FormatVersion;
  topic: Topic;
  /** The clause as normalized (for the reasons a clause names: 「属于国家秘密不予公开2件」). */
  clause: string;
  /** 表四's topics the sentence has named so far (「行政复议1件、行政诉讼2件，均获维持」). */
  cases: readonly Topic[];
  /** The rest of the sentence after the clause (「予以公开12件（含部分公开）」). */
  after?: string;
}

/** One way to read a claim: the sum of these cells, named for the message. */
export interface Reading {
  keys: readonly string[];
  name: Text;
}

/**
 * One phrasing of the catalogue: the words that name a table's value, where they are read, and
 * what the number (or the claim without one) is compared with. Kept as data, as the rules are;
 * src/prose/extract.ts is the one matcher for all of them.
 */
export interface Phrase {
  /** Stable id, shown by --explain: `results.granted`. */
  id: string;
  rule: 'P_REQUESTS' | 'P_RESULTS' | 'P_ALL_CONCLUDED' | 'P_REVIEW' | 'P_T2';
  /** The rule's message for a contradiction. */
  messageId: string;
  /** The topics the phrase is read in. */
  topics: readonly Topic[];
  /**
   * The topic must have been named in the sentence itself (「受理政府信息公开申请21件，办结20件」),
   * not only by the section's heading: for words many services share (办结, 答复, 结转).
   */
  explicit?: boolean;
  /** The words before the number, ending where the number starts (after filler such as 共, 为, 了). */
  before?: RegExp;
  /** The words after the number's unit, starting right after it: 「103件顺延到下年度答复」. */
  after?: RegExp;
  /** A verb before the number and its object after the unit: 「印发3件规范性文件」. */
  around?: readonly [RegExp, RegExp];
  /** A claim without a number: the clause holds these words. */
  whole?: RegExp;
  /** …and these too. */
  also?: RegExp;
  /** …but not these (「未发生行政复议败诉」 is not 「未发生行政复议」). */
  unless?: RegExp;
  /** …nor the sentence up to here these (「除1件外，其余均已办结」). */
  unlessBefore?: RegExp;
  /** The units the number may carry (default 件). */
  units?: readonly string[];
  /** `equal`: the number is the cells' sum; `zero`: the cells' sum is 0 (「未发生行政复议」「全部办结」). */
  test: 'equal' | 'zero';
  /**
   * What the claim is compared with; a reason when the report's format has no such cell. For
   * `equal`, readings are alternatives (any agrees); for `zero`, each must be 0 and is a claim of
   * its own (「未发生行政复议、行政诉讼」 is two).
   */
  readings: (context: ReadingContext) => readonly Reading[] | SkipReason;
  /** A count of the previous claim's rows in another column: 「其中自然人19件」. */
  column?: (clause: string) => readonly string[] | undefined;
  /** This claim says the previous received count included the carried over: 「（含上年结转3件）」. */
  includesCarriedIn?: boolean;
}
