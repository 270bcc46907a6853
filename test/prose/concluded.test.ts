import { describe, expect, it } from 'vitest';
import { brief, claimsOf, proseReport } from '../support/prose.js';

const CARRIED = { 't3.received.total': 21, 't3.resultTotal.total': 20, 't3.carriedOver.total': 1 };
const NONE_CARRIED = { 't3.received.total': 21, 't3.resultTotal.total': 21 };

async function read(values: Record<string, number>, ...paragraphs: string[]) {
  return claimsOf(await proseReport(values), ...paragraphs).map(brief);
}

describe('claims that every request was concluded (P_ALL_CONCLUDED)', () => {
  it('contradicts 「全部…办结」 when a request is carried over, and agrees when none is', async () => {
    const sentence = '全年受理政府信息公开申请21件，全部在规定时间内办结。';
    expect(await read(CARRIED, sentence)).toEqual(['全年受理政府信息公开申请21件 agrees requests.received 21', '全部在规定时间内办结 contradicts concluded.all 1']);
    expect(await read(NONE_CARRIED, sentence)).toEqual(['全年受理政府信息公开申请21件 agrees requests.received 21', '全部在规定时间内办结 agrees concluded.all 0']);
  });

  it('reads the ways it is said: 均已办结, 已全部办结, 均按时办结, 无结转', async () => {
    expect(await read(CARRIED, '（二）依申请公开', '全年共收到政府信息公开申请21件，均已办结。', '所有申请已全部办结。', '共受理政府信息公开申请21件，均按时办结，无结转下年度的申请。')).toEqual([
      '全年共收到政府信息公开申请21件 agrees requests.received 21',
      '均已办结 contradicts concluded.all 1',
      '所有申请已全部办结 contradicts concluded.all 1',
      '共受理政府信息公开申请21件 agrees requests.received 21',
      '均按时办结 contradicts concluded.all 1',
      '无结转下年度的申请 contradicts concluded.noCarryOver 1',
    ]);
  });

  it('does not read 「均在法定期限内予以答复」: answered on time is not contradicted by a request carried over', async () => {
    expect(await read(CARRIED, '2023年，全市共受理政府信息公开申请21件，均在法定期限内予以答复。', '共受理政府信息公开申请21件，均已按时答复。')).toEqual([
      '全市共受理政府信息公开申请21件 skipped otherScope',
      '共受理政府信息公开申请21件 agrees requests.received 21',
    ]);
  });

  it('reads what real pages say as they say it: 「都在法定期限内予以答复」 is no claim; a hotline 「已全部办结」 is not about requests', async () => {
    const report = await proseReport({ 't3.received.total': 3, 't3.resultTotal.total': 2, 't3.carriedOver.total': 1 });
    expect(
      claimsOf(
        report,
        '（二）依申请公开工作情况。我局由专人负责协调有关处室研究答复意见，在规定时限内答复申请人。本年度，共受理政府信息公开申请2件，都在法定期限内予以答复。',
        '三是及时回应社会关切。2023年，共办理政府12345热线47件，已全部办结，回复率和满意率均达100%。',
      ).map(brief),
    ).toEqual(['共受理政府信息公开申请2件 contradicts requests.received 3', '共办理政府12345热线47件 skipped otherSubject', '回复率和满意率均达100% skipped otherSubject']);
  });

  it('does not read less than all: 基本办结, 其余均已办结, 尚未全部办结, 大部分已办结', async () => {
    expect(await read(CARRIED, '共受理政府信息公开申请21件，除1件结转下年度外，其余均已办结。', '共受理政府信息公开申请21件，基本全部办结。', '共受理政府信息公开申请21件，尚未全部办结。')).toEqual([
      '共受理政府信息公开申请21件 agrees requests.received 21',
      '除1件结转下年度外 agrees results.carriedOver 1',
      '其余均已办结 skipped subCount',
      '共受理政府信息公开申请21件 agrees requests.received 21',
      '基本全部办结 skipped subCount',
      '共受理政府信息公开申请21件 agrees requests.received 21',
      '尚未全部办结 skipped subCount',
    ]);
  });

  it('does not read 「办结」 said of other services: proposals, hotlines, a part of the requests', async () => {
    expect(
      await read(
        CARRIED,
        '（二）依申请公开',
        '全年承办人大代表建议和政协提案15件，均已按时办结。',
        '12345热线受理群众诉求3000余件，全部办结。',
        '全年受理政府信息公开申请21件，其中涉及征地拆迁的申请5件，均已办结。',
        '按期办结率100%。',
      ),
    ).toEqual([
      '全年承办人大代表建议和政协提案15件 skipped otherSubject',
      '12345热线受理群众诉求3000余件 skipped approximate',
      '全年受理政府信息公开申请21件 agrees requests.received 21',
      '其中涉及征地拆迁的申请5件 skipped subCount',
      '均已办结 skipped subCount',
      '按期办结率100% skipped subCount',
    ]);
  });

  it('reads 「全部办结」 after a list of channels that adds up to the total (the seed’s 「包括信函申请2件、网络申请19件」)', async () => {
    expect(await read(CARRIED, '全年受理依申请信息公开21件，包括信函申请2件、网络申请19件，全部在规定时间内办结。')).toEqual([
      '全年受理依申请信息公开21件 agrees requests.received 21',
      '包括信函申请2件 skipped channel',
      '网络申请19件 skipped channel',
      '全部在规定时间内办结 contradicts concluded.all 1',
    ]);
    expect(await read(CARRIED, '全年受理依申请信息公开21件，其中网络申请19件，全部办结。')).toEqual([
      '全年受理依申请信息公开21件 agrees requests.received 21',
      '其中网络申请19件 skipped channel',
      '全部办结 skipped channel',
    ]);
  });
});
