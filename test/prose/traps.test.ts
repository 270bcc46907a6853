import { describe, expect, it } from 'vitest';
import { brief, claimsOf, proseReport } from '../support/prose.js';

/**
 * Issue 13, §3: precision first. Each trap with a sentence that falls into it (skipped, and why)
 * beside the same sentence without it (read). 表三 here: 21 new, 10 disclosed, 1 carried over;
 * 表二: 3 normative documents made; the fee 12.5 (万元).
 */
const TABLE = { 't3.received.total': 21, 't3.granted.total': 10, 't3.resultTotal.total': 20, 't3.carriedOver.total': 1 };

const TRAPS: [trap: string, caught: string, reason: string, clean: string, phrase: string][] = [
  ['余', '全年受理政府信息公开申请20余件。', 'approximate', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['以上', '全年受理政府信息公开申请20件以上。', 'approximate', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['近', '全年受理政府信息公开申请近30件。', 'approximate', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['约', '全年受理政府信息公开申请约20件。', 'approximate', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['超', '全年受理政府信息公开申请超20件。', 'approximate', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['突破', '全年受理政府信息公开申请突破20件。', 'approximate', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['去年', '去年受理政府信息公开申请15件。', 'otherYear', '今年受理政府信息公开申请21件。', 'requests.received'],
  ['同比', '全年受理政府信息公开申请同比增加6件。', 'otherYear', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['较上年', '全年受理政府信息公开申请21件，较上年增加6件。', 'otherYear', '全年受理政府信息公开申请21件，办结20件。', 'results.concluded'],
  ['another year', '2022年受理政府信息公开申请15件。', 'otherYear', '2023年受理政府信息公开申请21件。', 'requests.received'],
  ['上半年', '上半年受理政府信息公开申请10件。', 'otherPeriod', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['条', '全年受理政府信息公开申请21条。', 'otherUnit', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['次', '全年受理政府信息公开申请21次。', 'otherUnit', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['人次', '全年受理政府信息公开申请21人次。', 'otherUnit', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['个', '全年受理政府信息公开申请21个。', 'otherUnit', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['信函申请', '全年受理政府信息公开申请21件，其中信函申请2件。', 'channel', '全年受理政府信息公开申请21件，其中予以公开10件。', 'results.granted'],
  ['网络申请', '全年受理政府信息公开申请21件，网络申请19件。', 'channel', '全年受理政府信息公开申请21件，予以公开10件。', 'results.granted'],
  ['其中…涉及', '全年受理政府信息公开申请21件，其中涉及征地拆迁的申请8件。', 'subCount', '全年受理政府信息公开申请21件，其中予以公开10件。', 'results.granted'],
  ['网络问政', '全年受理网络问政21件。', 'otherSubject', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['群众诉求', '全年受理群众诉求21件。', 'otherSubject', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['12345', '全年受理12345热线转办件21件。', 'otherSubject', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['12333 来电', '全年受理12333来电21件。', 'otherSubject', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['咨询', '全年受理政府信息公开咨询21件。', 'otherSubject', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['信访', '全年受理信访件21件。', 'otherSubject', '全年受理政府信息公开申请21件。', 'requests.received'],
  ['建议提案', '全年办理建议提案21件，办结20件。', 'otherSubject', '全年受理政府信息公开申请21件，办结20件。', 'results.concluded'],
  ['another body', '各县区共受理政府信息公开申请300件。', 'otherScope', '我局共受理政府信息公开申请21件。', 'requests.received'],
];

describe('the traps of issue 13: skip, never guess', () => {
  for (const [trap, caught, reason, clean, phrase] of TRAPS) {
    it(`${trap}: 「${caught}」 is skipped (${reason}); 「${clean}」 is read`, async () => {
      const report = await proseReport(TABLE);
      const skipped = claimsOf(report, '（二）依申请公开', caught);
      expect(
        skipped
          .filter((c) => c.verdict !== 'skipped')
          .map(brief)
          .filter((b) => !b.includes('requests.received 21')),
      ).toEqual([]);
      expect(skipped.at(-1)).toMatchObject({ verdict: 'skipped', reason });
      expect(claimsOf(report, '（二）依申请公开', clean).at(-1)).toMatchObject({ phrase, verdict: 'agrees' });
    });
  }

  it('another body’s numbers, or another year’s, frame the sentences that go on with 其中; a comparison does not', async () => {
    const report = await proseReport(TABLE);
    expect(claimsOf(report, '2023年，全区各职能部门、镇街共收到政府信息依申请公开1499件。其中，予以公开答复966件，占66.48%。').map(brief)).toEqual([
      '全区各职能部门、镇街共收到政府信息依申请公开1499件 skipped otherScope',
      '予以公开答复966件 skipped otherScope',
      '占66.48% skipped percentNoBase',
    ]);
    expect(claimsOf(report, '2022年，我局受理政府信息公开申请15件。其中予以公开6件。').map(brief)).toEqual(['我局受理政府信息公开申请15件 skipped otherYear', '其中予以公开6件 skipped otherYear']);
    expect(claimsOf(report, '2023年，我局受理政府信息公开申请21件，较上年增加6件；其中予以公开10件。').map(brief)).toEqual([
      '我局受理政府信息公开申请21件 agrees requests.received 21',
      '较上年增加6件 skipped otherYear',
      '其中予以公开10件 agrees results.granted 10',
    ]);
  });

  it('「办结」 said of other services is no claim that all requests were concluded', async () => {
    const report = await proseReport(TABLE);
    expect(claimsOf(report, '不断完善公共诉求服务相关工作，按时办结，全力做好政务舆情收集和回应管理。', '全年承办建议提案21件，均已办结。').map(brief)).toEqual([
      '全年承办建议提案21件 skipped otherSubject',
    ]);
    expect(claimsOf(report, '全年受理政府信息公开申请21件，均已办结。').map(brief)).toContain('均已办结 contradicts concluded.all 1');
  });

  it('条 counts of proactive disclosure are not 表二’s documents', async () => {
    const report = await proseReport();
    expect(claimsOf(report, '全年主动公开规范性文件3条，主动公开政府信息1200条。').map(brief)).toEqual(['全年主动公开规范性文件3条 skipped otherUnit', '主动公开政府信息1200条 skipped otherUnit']);
    expect(claimsOf(report, '全年印发规范性文件3件。').map(brief)).toEqual(['全年印发规范性文件3件 agrees t2.made 3']);
  });

  it('fees in 元 are never compared with 表二’s 行政事业性收费 (万元)', async () => {
    const report = await proseReport();
    expect(claimsOf(report, '全年收取政府信息公开信息处理费125000元。', '本年度收取行政事业性收费12.5万元。').map(brief)).toEqual([
      '全年收取政府信息公开信息处理费125000元 skipped fee',
      '本年度收取行政事业性收费12.5万元 skipped fee',
    ]);
  });

  it('a percentage without a denominator it can place is skipped; after a count of results it is checked', async () => {
    const report = await proseReport(TABLE);
    expect(claimsOf(report, '（二）依申请公开', '公开率100%，满意率98.5%，办结率100%，超八成申请予以公开。').map(brief)).toEqual([
      '公开率100% skipped percentNoBase',
      '满意率98.5% skipped percentNoBase',
      '办结率100% skipped percentNoBase',
    ]);
    expect(claimsOf(report, '（二）依申请公开', '予以公开10件，占50%。').map(brief)).toEqual(['予以公开10件 agrees results.granted 10', '占50% agrees results.granted 50']);
  });

  it('a sentence that cannot be placed is skipped, and silence is not a contradiction', async () => {
    const report = await proseReport(TABLE);
    expect(claimsOf(report, '全年共审核公文300件。', '配备专职工作人员3名。', '一是加强培训，二是完善制度。').map(brief)).toEqual(['全年共审核公文300件 skipped noSubject']);
  });
});
