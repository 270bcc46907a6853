import type { Phrase, Reading, ReadingContext } from '../phrase.js';
import { t3GroupReading, t3Reading } from './readings.js';
import { REQ } from './words.js';

/** The reasons a sentence may name for a group's rows: 「因本机关不掌握相关信息无法提供9件」. */
const REASONS: Record<string, readonly [RegExp, string][]> = {
  denied: [
    [/国家秘密/, 'denied.stateSecret'],
    [/法律行政法规禁止|法律法规禁止/, 'denied.lawProhibited'],
    [/三安全一稳定|危及/, 'denied.threeSafety'],
    [/第三方/, 'denied.thirdParty'],
    [/内部事务/, 'denied.internalAffairs'],
    [/过程性/, 'denied.processInfo'],
    [/执法案卷/, 'denied.enforcementFile'],
    [/行政查询/, 'denied.queryMatter'],
  ],
  unavailable: [
    [/不掌握|不存在|没有相关|无相关/, 'unavailable.notHeld'],
    [/另行制作|没有现成|无现成/, 'unavailable.needsCreation'],
    [/不明确/, 'unavailable.unclear'],
  ],
  notProcessed: [
    [/信访|举报|投诉/, 'notProcessed.petition'],
    [/重复申请/, 'notProcessed.repeated'],
    [/公开出版物|出版物/, 'notProcessed.publication'],
    [/大量反复/, 'notProcessed.massRepeated'],
    [/确认|重新出具/, 'notProcessed.confirmation'],
  ],
  otherHandling: [
    [/不补正|未补正/, 'otherHandling.noCorrection'],
    [/缴纳费用|缴费/, 'otherHandling.feeUnpaid'],
  ],
};

/**
 * A group's total (「不予公开12件」), and, where the clause names reasons without 「等」, the rows of
 * those reasons too: either reading agrees.
 */
function groupReadings(group: string) {
  return ({ version, clause }: ReadingContext): Reading[] => {
    const readings = [t3GroupReading(group, version)];
    const named = (REASONS[group] ?? []).filter(([re]) => re.test(clause)).map(([, row]) => row);
    const rows = named.filter((row) => version === '2021' || !row.startsWith('otherHandling.'));
    if (rows.length > 0 && !/等/.test(clause)) readings.push(t3Reading(rows));
    return readings;
  };
}

const GRANTED = '(?:予以公开|同意公开|全部公开|准予公开|依法公开)';
const NOT_AFTER_GRANTED = '(?!及|和|与|或|、|以及|部分)';

/** Results of the year (表三 三、本年度办理结果), what was concluded, and what was carried over. */
export const RESULTS: readonly Phrase[] = [
  {
    id: 'results.grantedAndPartial',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    // 「予以公开及部分公开258件」「同意公开或部分公开共81件」
    before: new RegExp(`(?<![不未])(?:${GRANTED}|公开)(?:及|和|与|或|、|以及)(?:予以|同意)?部分公开(?:的)?(?:申请)?$`),
    test: 'equal',
    readings: () => [t3Reading(['granted', 'partial'])],
  },
  {
    id: 'results.granted',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    // 「予以公开10件」「予以公开答复966件」
    before: new RegExp(`(?<![不未])${GRANTED}(?:答复)?(?:的)?(?:申请)?$`),
    after: new RegExp(`^(?:的)?(?:申请)?(?:已)?(?<![不未])${GRANTED}${NOT_AFTER_GRANTED}`),
    test: 'equal',
    // 「予以公开12件（含部分公开）」 counts both, as it says.
    readings: ({ after }) => (/^[(]?(?:含|包括|包含)(?:同意)?部分公开/.test(after ?? '') ? [t3Reading(['granted']), t3Reading(['granted', 'partial'])] : [t3Reading(['granted'])]),
  },
  {
    id: 'results.partial',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    before: /(?<![不未])(?:同意|予以)?部分公开(?:答复)?(?:的)?(?:申请)?$/,
    after: /^(?:的)?(?:申请)?(?:同意|予以)?部分公开/,
    test: 'equal',
    readings: () => [t3Reading(['partial'])],
  },
  {
    id: 'results.denied',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    before: /不予公开(?:答复)?(?:的)?(?:申请)?$/,
    after: /^(?:的)?(?:申请)?(?:依法)?不予公开/,
    test: 'equal',
    readings: groupReadings('denied'),
  },
  {
    id: 'results.unavailable',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    before: /(?:无法提供|(?:本机关|本单位|我局)?不掌握(?:相关)?(?:政府)?信息|(?:政府)?信息不存在)(?:的)?(?:申请)?$/,
    after: /^(?:的)?(?:申请)?(?:因[^、]{0,20}?)?无法提供/,
    test: 'equal',
    readings: groupReadings('unavailable'),
  },
  {
    id: 'results.notProcessed',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    before: /不予处理(?:的)?(?:申请)?$/,
    after: /^(?:的)?(?:申请)?(?:依法)?不予处理/,
    test: 'equal',
    readings: groupReadings('notProcessed'),
  },
  {
    id: 'results.otherHandling',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    before: /其他(?:方式)?处理(?:的)?(?:申请)?$/,
    test: 'equal',
    readings: groupReadings('otherHandling'),
  },
  {
    id: 'results.concluded',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    explicit: true,
    // 「办结41件」「答复3050件」「答复政府信息公开申请34430件」: （七）总计.
    // Not 「予以公开答复」「部分公开答复」: a result's answer, not all of them.
    before: new RegExp(`(?<![未尚没不])(?<!公开|提供|处理)(?:办结|答复|办理完毕|办理完结|作出答复|予以答复|处理完毕|完成办理|办理完成|回复)(?:了)?(?:${REQ}|申请)?$`),
    after: /^(?:的)?(?:申请)?(?:已|均已|全部|均|都已)?(?:办结|办理完毕|答复完毕)/,
    test: 'equal',
    readings: () => [t3Reading(['resultTotal'])],
  },
  {
    id: 'results.carriedOver',
    rule: 'P_RESULTS',
    messageId: 'count',
    topics: ['requests'],
    explicit: true,
    // 「结转下年度1件」「顺延到下年度答复」「尚在办理中1件」
    before:
      /(?:(?:结转|顺延|转入|转至|延续|延期|转)(?:到|至|入)?(?:下一?(?:个)?年度?|次年|明年|\d{4}年度?)(?:继续)?(?:办理|答复|处理)?|^(?:另|尚|共)?结转|尚未办结|未办结|正在办理(?:中)?|尚在办理(?:中)?|仍在办理(?:中)?|在办|办理中)(?:的)?(?:申请)?$/,
    after: /^(?:的)?(?:申请)?(?:已|将|需|予以)?(?:(?:结转|顺延|转入|转至|延续|延期)(?:到|至|入)?(?:下一?(?:个)?年度?|次年|明年|\d{4}年)|尚未办结|正在办理|尚在办理|仍在办理)/,
    test: 'equal',
    readings: () => [t3Reading(['carriedOver'])],
  },
];
