import { describe, expect, it } from 'vitest';
import { brief, claimsOf, proseReport } from '../support/prose.js';

/** clean-2021's 表四: review 2 upheld, 1 corrected, 1 pending (4); direct suits 1 upheld, 1 pending (2); after review 1 other (1). */
const TABLE = {
  't4.review.upheld': 2,
  't4.review.corrected': 1,
  't4.review.pending': 1,
  't4.review.total': 4,
  't4.suitDirect.upheld': 1,
  't4.suitDirect.pending': 1,
  't4.suitDirect.total': 2,
  't4.suitAfterReview.other': 1,
  't4.suitAfterReview.total': 1,
};

async function read(...paragraphs: string[]) {
  return claimsOf(await proseReport(TABLE), ...paragraphs).map(brief);
}

describe('review and litigation (P_REVIEW)', () => {
  it('reads review and its outcomes, litigation as both blocks, and each block by its name', async () => {
    expect(
      await read(
        '因政府信息公开被申请行政复议4件，其中维持2件，纠正1件，尚未审结1件；被提起行政诉讼3件，其中结果维持1件，其他结果1件，尚未审结1件。',
        '涉及政府信息公开的行政诉讼中，未经复议直接起诉2件，复议后起诉1件。',
        '政府信息公开行政复议4起，行政诉讼3起。',
      ),
    ).toEqual([
      '因政府信息公开被申请行政复议4件 agrees review.total 4',
      '其中维持2件 agrees review.upheld 2',
      '纠正1件 agrees review.corrected 1',
      '尚未审结1件 agrees review.pending 1',
      '被提起行政诉讼3件 agrees review.suit 3',
      '其中结果维持1件 agrees review.upheld 1',
      '其他结果1件 agrees review.other 1',
      '尚未审结1件 agrees review.pending 1',
      '未经复议直接起诉2件 agrees review.suitDirect 2',
      '复议后起诉1件 agrees review.suitAfterReview 1',
      '政府信息公开行政复议4起 agrees review.total 4',
      '行政诉讼3起 agrees review.suit 3',
    ]);
  });

  it('contradicts a count of review or litigation the tables do not hold', async () => {
    expect(await read('全年收到政府信息公开行政复议申请3件，被提起政府信息公开行政诉讼2件。')).toEqual([
      '全年收到政府信息公开行政复议申请3件 contradicts review.total 4',
      '被提起政府信息公开行政诉讼2件 contradicts review.suit 3',
    ]);
  });

  it('contradicts 「未发生…行政复议、行政诉讼」 while 表四 holds cases, one claim each', async () => {
    expect(await read('全年未发生因政府信息公开引起的行政复议、行政诉讼。')).toEqual([
      '全年未发生因政府信息公开引起的行政复议、行政诉讼 contradicts review.none 4',
      '全年未发生因政府信息公开引起的行政复议、行政诉讼 contradicts review.none 3',
    ]);
    const none = claimsOf(await proseReport({}), '全年未发生因政府信息公开引起的行政复议、行政诉讼案件。').map(brief);
    expect(none).toEqual(['全年未发生因政府信息公开引起的行政复议、行政诉讼案件 agrees review.none 0', '全年未发生因政府信息公开引起的行政复议、行政诉讼案件 agrees review.none 0']);
  });

  it('reads 「均获维持」 and 「未被纠错」 against 结果纠正, and 「败诉」 as a correction, not as no case', async () => {
    expect(await read('全年收到政府信息公开行政复议申请4件，均获维持。', '因政府信息公开引起的行政诉讼3件，无一被纠错。', '未发生政府信息公开行政复议、行政诉讼败诉案件。')).toEqual([
      '全年收到政府信息公开行政复议申请4件 agrees review.total 4',
      '均获维持 contradicts review.allUpheld 1',
      '因政府信息公开引起的行政诉讼3件 agrees review.suit 3',
      '无一被纠错 agrees review.noneCorrected 0',
      '未发生政府信息公开行政复议、行政诉讼败诉案件 contradicts review.noneLost 1',
      '未发生政府信息公开行政复议、行政诉讼败诉案件 agrees review.noneLost 0',
    ]);
  });

  it('does not read one number said of review and litigation together', async () => {
    expect(await read('（二）依申请公开', '政府信息公开行政复议和行政诉讼案件3件，行政复议、行政诉讼各1件。', '本年度行政复议、行政诉讼情况均为零。')).toEqual([
      '政府信息公开行政复议和行政诉讼案件3件 skipped ambiguous',
      '行政复议、行政诉讼各1件 skipped ambiguous',
      '本年度行政复议、行政诉讼情况均为零 contradicts review.none 4',
      '本年度行政复议、行政诉讼情况均为零 contradicts review.none 3',
    ]);
  });

  it('does not read review the agency handled as the reviewing body, or review not said to be about 政府信息公开', async () => {
    expect(await read('一、总体情况', '全年共办理行政复议案件300件，其中维持200件。', '全年办理政府信息公开类行政复议案件25件。', '被提起行政诉讼3件。')).toEqual([
      '全年共办理行政复议案件300件 skipped notOpenGov',
      '其中维持200件 skipped notOpenGov',
      '全年办理政府信息公开类行政复议案件25件 skipped reviewOrgan',
      '被提起行政诉讼3件 skipped notOpenGov',
    ]);
  });

  it('reads a review or suit in a section about requests as about them (the seed: 「全年共收到行政复议1件，维持结果1件，尚未办结0件」)', async () => {
    expect(await read('（二）依申请公开', '全年共收到行政复议4件，维持结果2件，尚未办结1件；未经复议直接诉讼2件，复议后诉讼1件。')).toEqual([
      '全年共收到行政复议4件 agrees review.total 4',
      '维持结果2件 agrees review.upheld 2',
      '尚未办结1件 agrees review.pending 1',
      '未经复议直接诉讼2件 agrees review.suitDirect 2',
      '复议后诉讼1件 agrees review.suitAfterReview 1',
    ]);
  });

  it('does not read cases said of another year (a review this year of a request made last year)', async () => {
    const report = await proseReport({ 't4.review.total': 1, 't4.review.upheld': 1, 't4.suitDirect.total': 2, 't4.suitDirect.upheld': 2 }, { year: 2024 });
    expect(claimsOf(report, '2024年，我局未收到政府信息公开申请。办理因2023年度政府信息公开申请引发行政复议1件、引发行政诉讼2件，均维持结果。').map(brief)).toEqual([
      '我局未收到政府信息公开申请 agrees requests.none 0',
      '办理因2023年度政府信息公开申请引发行政复议1件 skipped otherYear',
      '引发行政诉讼2件 skipped otherYear',
      '均维持结果 skipped otherYear',
    ]);
  });
});
