import { describe, expect, it } from 'vitest';
import { brief, claimsOf, proseReport } from '../support/prose.js';

/** clean-2021's results: 17 disclosed, 5 partly, 3 withheld, 9 unavailable, 4 not processed, 3 other, 41 in all; 1 carried over. */
const TABLE = {
  't3.received.total': 39,
  't3.carriedIn.total': 3,
  't3.granted.total': 17,
  't3.partial.total': 5,
  't3.denied.thirdParty.total': 2,
  't3.denied.processInfo.total': 1,
  't3.unavailable.notHeld.total': 9,
  't3.notProcessed.petition.total': 3,
  't3.notProcessed.repeated.total': 1,
  't3.otherHandling.noCorrection.total': 2,
  't3.otherHandling.misc.total': 1,
  't3.resultTotal.total': 41,
  't3.carriedOver.total': 1,
};

async function read(...paragraphs: string[]) {
  return claimsOf(await proseReport(TABLE), '（二）依申请公开情况', ...paragraphs).map(brief);
}

describe('results (P_RESULTS)', () => {
  it('reads each group of results against its total: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理', async () => {
    expect(await read('其中予以公开17件，部分公开5件，不予公开3件，无法提供9件，不予处理4件，其他处理3件。')).toEqual([
      '其中予以公开17件 agrees results.granted 17',
      '部分公开5件 agrees results.partial 5',
      '不予公开3件 agrees results.denied 3',
      '无法提供9件 agrees results.unavailable 9',
      '不予处理4件 agrees results.notProcessed 4',
      '其他处理3件 agrees results.otherHandling 3',
    ]);
  });

  it('reads 予以公开及部分公开 as the sum of the two rows (the spec’s S5: 258 against 272 + 3)', async () => {
    expect(await read('予以公开及部分公开22件，同意公开或部分公开共22件。')).toEqual([
      '予以公开及部分公开22件 agrees results.grantedAndPartial 22',
      '同意公开或部分公开共22件 agrees results.grantedAndPartial 22',
    ]);
    const s5 = await proseReport({ 't3.granted.total': 272, 't3.partial.total': 3 });
    const [claim] = claimsOf(s5, '（二）依申请公开', '予以公开及部分公开258件。');
    expect(claim).toMatchObject({ verdict: 'contradicts', stated: 258, expected: 275, difference: -17 });
    expect(claim!.cells.map((c) => [c.key, c.value])).toEqual([
      ['t3.granted.total', 272],
      ['t3.partial.total', 3],
    ]);
  });

  it('reads 「予以公开答复 N 件」 as 予以公开, not as every answer; 「无法提供的」「不予处理的」 as their groups', async () => {
    expect(await read('共收到政府信息公开申请39件，答复41件。其中，予以公开答复17件，部分公开答复5件，无法提供的9件，不予处理的4件。')).toEqual([
      '共收到政府信息公开申请39件 agrees requests.received 39',
      '答复41件 agrees results.concluded 41',
      '予以公开答复17件 agrees results.granted 17',
      '部分公开答复5件 agrees results.partial 5',
      '无法提供的9件 agrees results.unavailable 9',
      '不予处理的4件 agrees results.notProcessed 4',
    ]);
  });

  it('reads 「予以公开 N 件（含部分公开）」 as both, as it says', async () => {
    expect(await read('其中予以公开22件（含部分公开），不予公开3件。', '其中予以公开22件，不予公开3件。')).toEqual([
      '其中予以公开22件 agrees results.granted 22',
      '不予公开3件 agrees results.denied 3',
      '其中予以公开22件 contradicts results.granted 17',
      '不予公开3件 agrees results.denied 3',
    ]);
  });

  it('reads a group named by its reasons as the group, or as those reasons’ rows', async () => {
    expect(await read('因本机关不掌握相关政府信息无法提供9件，属于信访举报投诉类申请不予处理3件，因涉及第三方合法权益等原因不予公开3件。')).toEqual([
      '因本机关不掌握相关政府信息无法提供9件 agrees results.unavailable 9',
      '属于信访举报投诉类申请不予处理3件 agrees results.notProcessed 3',
      '因涉及第三方合法权益等原因不予公开3件 agrees results.denied 3',
    ]);
    expect(await read('属于信访举报投诉类申请不予处理2件。')).toEqual(['属于信访举报投诉类申请不予处理2件 contradicts results.notProcessed 4']);
  });

  it('reads 办结/答复 N 件 as （七）总计 and 结转下年度/顺延到下年度 N 件 as 四、结转下年度', async () => {
    expect(await read('共受理政府信息公开申请39件，答复41件（含上年度结转申请3件，另有1件顺延到下年度答复）。', '共受理政府信息公开申请39件，办结40件，尚在办理中1件。')).toEqual([
      '共受理政府信息公开申请39件 agrees requests.received 39',
      '答复41件 agrees results.concluded 41',
      '含上年度结转申请3件 agrees requests.carriedIn 3',
      '另有1件顺延到下年度答复 agrees results.carriedOver 1',
      '共受理政府信息公开申请39件 agrees requests.received 39',
      '办结40件 contradicts results.concluded 41',
      '尚在办理中1件 agrees results.carriedOver 1',
    ]);
    const next = claimsOf(await proseReport(TABLE, { year: 2023 }), '全年受理政府信息公开申请39件，结转至2024年1件，结转至2025年1件。').map(brief);
    expect(next).toEqual(['全年受理政府信息公开申请39件 agrees requests.received 39', '结转至2024年1件 agrees results.carriedOver 1', '结转至2025年1件 skipped otherYear']);
  });

  it('checks a percentage after a count against （七）总计, to the precision written', async () => {
    expect(await read('其中予以公开17件，占41.5%；部分公开5件（12%）；不予公开3件，占比7.3%；予以公开及部分公开22件，占53.66%。')).toEqual([
      '其中予以公开17件 agrees results.granted 17',
      '占41.5% agrees results.granted 41.463',
      '部分公开5件 agrees results.partial 5',
      '12% agrees results.partial 12.2',
      '不予公开3件 agrees results.denied 3',
      '占比7.3% agrees results.denied 7.317',
      '予以公开及部分公开22件 agrees results.grantedAndPartial 22',
      '占53.66% agrees results.grantedAndPartial 53.6585',
    ]);
    expect(await read('其中予以公开17件，占45%。', '其中予以公开17件，占41.4%。')).toEqual([
      '其中予以公开17件 agrees results.granted 17',
      '占45% contradicts results.granted 41.46',
      '其中予以公开17件 agrees results.granted 17',
      '占41.4% agrees results.granted 41.463',
    ]);
  });

  it('does not read a percentage whose denominator it cannot place', async () => {
    expect(await read('依申请公开答复率100%，公开率为53.7%。', '按期办结率100%。')).toEqual([
      '依申请公开答复率100% skipped percentNoBase',
      '公开率为53.7% skipped percentNoBase',
      '按期办结率100% skipped subCount',
    ]);
  });

  it('does not read 予以公开 where the words say the opposite or something else', async () => {
    expect(await read('不予以公开2件。', '按时办结40件，平均答复时间10个工作日。')).toEqual(['不予以公开2件 skipped noSubject', '按时办结40件 skipped subCount']);
  });

  it('reads 其他处理 in the 2019 format as its one row', async () => {
    const report = await proseReport({ 't3.otherHandling.total': 3, 't3.resultTotal.total': 3 }, { version: '2019' });
    expect(claimsOf(report, '（二）依申请公开', '其他处理3件。').map(brief)).toEqual(['其他处理3件 agrees results.otherHandling 3']);
  });
});
