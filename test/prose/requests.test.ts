import { describe, expect, it } from 'vitest';
import { brief, claimsOf, proseReport } from '../support/prose.js';

/** clean-2021's 表三, as a report would state it: 39 new (30 natural persons, 9 organisations), 3 carried in, 41 concluded, 1 carried over. */
const TABLE = {
  't3.received.natural': 30,
  't3.received.commercial': 5,
  't3.received.research': 1,
  't3.received.legalService': 2,
  't3.received.otherOrg': 1,
  't3.received.total': 39,
  't3.carriedIn.total': 3,
  't3.resultTotal.total': 41,
  't3.carriedOver.total': 1,
};

async function read(...paragraphs: string[]) {
  return claimsOf(await proseReport(TABLE), ...paragraphs).map(brief);
}

describe('requests received (P_REQUESTS)', () => {
  it('reads 收到/受理/接收/新收 … 政府信息公开申请 N 件, in every order the words come', async () => {
    expect(
      await read(
        '全年共收到政府信息公开申请39件。',
        '2023年，我局共受理依申请公开政府信息39件。',
        '政府信息公开申请共受理39件。',
        '全年接收各类政府信息公开申请39件。',
        '全年受理39件政府信息公开申请。',
        '受理政府信息公开申请三十九件。',
      ),
    ).toEqual([
      '全年共收到政府信息公开申请39件 agrees requests.received 39',
      '我局共受理依申请公开政府信息39件 agrees requests.received 39',
      '政府信息公开申请共受理39件 agrees requests.received 39',
      '全年接收各类政府信息公开申请39件 agrees requests.received 39',
      '全年受理39件政府信息公开申请 agrees requests.received 39',
      '受理政府信息公开申请三十九件 agrees requests.received 39',
    ]);
  });

  it('reads a count with last year’s as 新收 + 上年结转, and says so when it is given as such', async () => {
    expect(await read('全年共收到政府信息公开申请42件。', '共受理政府信息公开申请42件（含上年结转3件）。')).toEqual([
      '全年共收到政府信息公开申请42件 agrees requests.received 42',
      '共受理政府信息公开申请42件 agrees requests.received 42',
      '含上年结转3件 agrees requests.carriedIn 3',
    ]);
  });

  it('holds 「含上年结转」 and 「新收」 to the reading they name', async () => {
    expect(await read('共受理政府信息公开申请39件（含上年结转3件）。', '本年新收政府信息公开申请42件。')).toEqual([
      '共受理政府信息公开申请39件 contradicts requests.received 42',
      '含上年结转3件 agrees requests.carriedIn 3',
      '本年新收政府信息公开申请42件 contradicts requests.received 39',
    ]);
  });

  it('contradicts a count that is neither reading, naming both', async () => {
    const [claim] = claimsOf(await proseReport(TABLE), '全年受理政府信息公开申请800件。');
    expect(claim).toMatchObject({ verdict: 'contradicts', messageId: 'eitherReading', stated: 800, expected: 39 });
    expect(claim!.cells.map((c) => [c.key, c.value])).toEqual([
      ['t3.received.total', 39],
      ['t3.carriedIn.total', 3],
    ]);
  });

  it('chooses the reading the sentence’s own arithmetic supports: 受理 N = 办结 M + 结转 K counts last year’s', async () => {
    const report = await proseReport({ 't3.received.total': 740, 't3.carriedIn.total': 9, 't3.resultTotal.total': 718, 't3.carriedOver.total': 31 });
    expect(claimsOf(report, '（二）依申请公开情况', '全年共受理政府信息公开申请749件，办结718件，结转31件。').map(brief)).toEqual([
      '全年共受理政府信息公开申请749件 agrees requests.received 749',
      '办结718件 agrees results.concluded 718',
      '结转31件 agrees results.carriedOver 31',
    ]);
    const wrong = claimsOf(
      await proseReport({ 't3.received.total': 700, 't3.carriedIn.total': 9, 't3.resultTotal.total': 678, 't3.carriedOver.total': 31 }),
      '全年共受理政府信息公开申请749件，办结718件，结转31件。',
    );
    // 749 = 718 + 31: the sentence counts last year's, so 749 is compared with 700 + 9 (and 办结 718 with 678).
    expect(wrong[0]).toMatchObject({ verdict: 'contradicts', messageId: 'count', expected: 709 });
    expect(wrong[0]!.cells.map((c) => c.key)).toEqual(['t3.received.total', 't3.carriedIn.total']);
  });

  it('reads the count by applicant after a count of requests: 其中自然人 N 件、法人或其他组织 N 件', async () => {
    expect(await read('全年受理政府信息公开申请39件，其中自然人30件、法人或其他组织9件。', '全年受理政府信息公开申请39件，其中自然人29件。')).toEqual([
      '全年受理政府信息公开申请39件 agrees requests.received 39',
      '其中自然人30件 agrees requests.byApplicant 30',
      '法人或其他组织9件 agrees requests.byApplicant 9',
      '全年受理政府信息公开申请39件 agrees requests.received 39',
      '其中自然人29件 contradicts requests.byApplicant 30',
    ]);
  });

  it('reads 「上年结转 N 件」 as 表三 二、上年结转', async () => {
    expect(await read('全年收到政府信息公开申请39件，上年结转3件，办结41件，结转下年度1件。')).toEqual([
      '全年收到政府信息公开申请39件 agrees requests.received 39',
      '上年结转3件 agrees requests.carriedIn 3',
      '办结41件 agrees results.concluded 41',
      '结转下年度1件 agrees results.carriedOver 1',
    ]);
  });

  it('reads 「未收到政府信息公开申请」 as none received', async () => {
    expect(await read('本年度未收到政府信息公开申请。')).toEqual(['本年度未收到政府信息公开申请 contradicts requests.none 39']);
    expect(claimsOf(await proseReport({}), '2023年，我局未收到政府信息公开申请。', '2023年，未收到依申请公开事项。').map(brief)).toEqual([
      '我局未收到政府信息公开申请 agrees requests.none 0',
      '未收到依申请公开事项 agrees requests.none 0',
    ]);
  });

  it('reads who made the requests between the verb and the requests, and a count before 「申请中」', async () => {
    expect(await read('受理公民、法人和其他组织政府信息公开申请39件。', '全年接到群众政府信息公开申请39件。', '（二）依申请公开', '收到的39件申请中，办结41件。')).toEqual([
      '受理公民、法人和其他组织政府信息公开申请39件 agrees requests.received 39',
      '全年接到群众政府信息公开申请39件 agrees requests.received 39',
      '收到的39件申请中 agrees requests.receivedBare 39',
      '办结41件 agrees results.concluded 41',
    ]);
  });

  it('reads nothing more of a sentence once it counts something the catalogue cannot place', async () => {
    expect(await read('（二）依申请公开', '严格审查公文属性，全年发文150件，予以公开120件。')).toEqual(['全年发文150件 skipped noSubject', '予以公开120件 skipped noSubject']);
  });

  it('does not read 申请 alone outside a sentence or section about requests for information', async () => {
    expect(await read('全年共受理申请39件。', '共收到行政许可申请300件。')).toEqual(['全年共受理申请39件 skipped noSubject', '共收到行政许可申请300件 skipped otherSubject']);
    expect(await read('（二）依申请公开', '全年共受理申请39件，办结41件。')).toEqual(['全年共受理申请39件 agrees requests.receivedBare 39', '办结41件 agrees results.concluded 41']);
  });
});
