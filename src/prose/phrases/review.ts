import type { Phrase, ReadingContext, Topic } from '../phrase.js';
import { t4Blocks, t4Reading } from './readings.js';

/** 「未发生…行政复议、行政诉讼」: none of either, as the clause names them. */
export const NONE_CASES =
  /(?:未发生|未收到|没有发生|没有收到|没有|未出现|未产生|未被提起|未被申请|未被|未有|无|零)[^、]{0,24}?(?:行政复议|行政诉讼|复议|诉讼)|(?:行政复议|行政诉讼)(?:案件|情况)?(?:数量|数)?(?:均|都)?(?:为)?(?:0|零|无)$/;

/** Qualifiers that make 「未发生行政复议…」 about cases lost, not cases at all. */
export const LOST = /败诉|纠错|纠正|撤销|确认违法|被改变|不利/;

const outcome =
  (id: string) =>
  ({ topic }: ReadingContext) => {
    const blocks = t4Blocks(topic);
    return blocks.length > 0 ? [t4Reading(blocks, id)] : ('noSubject' as const);
  };

/**
 * 表四: administrative review and litigation over the agency's handling of requests. 「行政诉讼」
 * is both blocks of litigation (未经复议直接起诉 + 复议后起诉); an outcome after 「行政复议3件」 is
 * review's, after 「行政诉讼2件」 litigation's, summed over both blocks.
 */
export const REVIEW: readonly Phrase[] = [
  {
    id: 'review.total',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['review'],
    // 「收到行政复议1件」「政府信息公开行政复议351件」「被申请行政复议2起」
    before: /行政复议(?:案件|申请)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: () => [t4Reading(['review'], 'total')],
  },
  {
    id: 'review.suitDirect',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['suitDirect'],
    // 「未经复议直接诉讼0件」「直接提起行政诉讼1件」
    before: /(?:未经(?:行政)?复议)?直接(?:向法院)?(?:提起|被提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?$|未经(?:行政)?复议(?:提起|被提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: () => [t4Reading(['suitDirect'], 'total')],
  },
  {
    id: 'review.suitAfterReview',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['suitAfterReview'],
    // 「复议后诉讼0件」「经复议后提起行政诉讼1件」
    before: /(?:经)?(?:行政)?复议后(?:向法院)?(?:提起|被提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: () => [t4Reading(['suitAfterReview'], 'total')],
  },
  {
    id: 'review.suit',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['suit'],
    // 「政府信息公开行政诉讼46件」「被提起行政诉讼2起」「应诉3件」
    before: /(?:行政诉讼|被起诉|被诉|应诉|提起(?:行政)?诉讼)(?:案件)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: () => [t4Reading(['suitDirect', 'suitAfterReview'], 'total')],
  },
  {
    id: 'review.upheld',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    before: /^(?:其中)?(?:结果维持|维持结果|(?:予以|被|获)?维持(?:原(?:具体)?行政行为)?(?:原判)?)(?:的)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: outcome('upheld'),
  },
  {
    id: 'review.corrected',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    before: /^(?:其中)?(?:结果纠正|纠正结果|(?:被)?纠正|(?:被)?纠错|败诉)(?:的)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: outcome('corrected'),
  },
  {
    id: 'review.other',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    before: /^(?:其中)?(?:其他结果|其他)(?:的)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: outcome('other'),
  },
  {
    id: 'review.pending',
    rule: 'P_REVIEW',
    messageId: 'count',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    before: /^(?:其中)?(?:尚未审结|尚未办结|未审结|尚在审理(?:中)?|正在审理(?:中)?|审理中|在审)(?:的)?$/,
    units: ['件', '起', '宗'],
    test: 'equal',
    readings: outcome('pending'),
  },
  {
    id: 'review.allUpheld',
    rule: 'P_REVIEW',
    messageId: 'allUpheld',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    // 「均获维持」「全部被维持」: nothing corrected.
    whole: /(?:均|全部|都|全都|一律)(?:已)?(?:被|获|得到|予以|依法)?(?:法院|复议机关)?(?:判决|决定)?维持/,
    test: 'zero',
    readings: ({ cases, topic }) => [t4Reading(blocksOf(cases.length > 0 ? cases : [topic]), 'corrected')],
  },
  {
    id: 'review.noneCorrected',
    rule: 'P_REVIEW',
    messageId: 'noneCorrected',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    // 「无一被纠错」「未被纠正」「未发生败诉」
    whole: /(?:无一|均未|都未|没有|未|无)(?:发生|出现)?(?:被)?(?:纠错|纠正|撤销|败诉)/,
    unless: NONE_CASES,
    test: 'zero',
    readings: ({ cases, topic }) => [t4Reading(blocksOf(cases.length > 0 ? cases : [topic]), 'corrected')],
  },
  {
    id: 'review.noneLost',
    rule: 'P_REVIEW',
    messageId: 'noneCorrected',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    // 「未发生行政复议、行政诉讼败诉案件」: nothing corrected, in the blocks the clause names.
    whole: NONE_CASES,
    also: LOST,
    test: 'zero',
    readings: ({ clause, topic }) => namedBlocks(clause, topic).map((blocks) => t4Reading(blocks, 'corrected')),
  },
  {
    id: 'review.none',
    rule: 'P_REVIEW',
    messageId: 'none',
    topics: ['review', 'suit', 'suitDirect', 'suitAfterReview'],
    // 「未发生因政府信息公开引起的行政复议、行政诉讼」: no case in the blocks the clause names, each a claim.
    whole: NONE_CASES,
    unless: LOST,
    test: 'zero',
    readings: ({ clause, topic }) => namedBlocks(clause, topic).map((blocks) => t4Reading(blocks, 'total')),
  },
];

/** 表四's blocks of the topics named. */
function blocksOf(topics: readonly Topic[]): string[] {
  const blocks = new Set(topics.flatMap((t) => t4Blocks(t)));
  const ordered = ['review', 'suitDirect', 'suitAfterReview'].filter((b) => blocks.has(b));
  return ordered.length > 0 ? ordered : ['review'];
}

/** The blocks a clause names, one reading each: review; litigation (both blocks, or the one named). */
function namedBlocks(clause: string, topic: Topic): string[][] {
  const out: string[][] = [];
  if (/复议/.test(clause.replace(/未经(?:行政)?复议|(?:行政)?复议后/g, ''))) out.push(['review']);
  if (/诉讼|起诉/.test(clause)) out.push(topic === 'suitDirect' ? ['suitDirect'] : topic === 'suitAfterReview' ? ['suitAfterReview'] : ['suitDirect', 'suitAfterReview']);
  return out;
}
