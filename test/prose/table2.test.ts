import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/schema.js';
import { brief, claimsOf, proseReport } from '../support/prose.js';

/** clean-2021's 表二: 规章 1 made, 0 repealed, 5 valid; 规范性文件 3 made, 1 repealed, 20 valid. */
async function read2021(...paragraphs: string[]) {
  return claimsOf(await proseReport(), ...paragraphs).map(brief);
}

/** clean-2019's 表二: 规范性文件 2 newly made, 2 newly published, 15 published in all. */
async function read2019(...paragraphs: string[]) {
  return claimsOf(await proseReport({}, { version: '2019', year: 2020 }), ...paragraphs).map(brief);
}

describe('Table 2’s documents (P_T2)', () => {
  it('reads 印发/制发/制定 (行政)规范性文件 and 规章 as 本年制发件数 (2021), 现行有效 and 废止 as their columns', async () => {
    expect(await read2021('（一）主动公开', '全年印发行政规范性文件3件，现行有效规范性文件20件，废止规范性文件1件。', '制定市政府规章1件，新增公开规章1件；制发规范性文件4件。')).toEqual([
      '全年印发行政规范性文件3件 agrees t2.made 3',
      '现行有效规范性文件20件 agrees t2.valid 20',
      '废止规范性文件1件 agrees t2.repealed 1',
      '制定市政府规章1件 agrees t2.made 1',
      '新增公开规章1件 agrees t2.issued 1',
      '制发规范性文件4件 contradicts t2.made 3',
    ]);
  });

  it('takes the object of the clause before for a verb alone: 「印发规范性文件1件，公开并解读1件」 (2019: 本年新公开数量)', async () => {
    expect(await read2019('印发规范性文件2件，公开并解读2件，公开率和解读率100%。')).toEqual([
      '印发规范性文件2件 agrees t2.made 2',
      '公开并解读2件 agrees t2.published 2',
      '公开率和解读率100% skipped percentNoBase',
    ]);
    expect(await read2021('印发规范性文件3件，现行有效20件。')).toEqual(['印发规范性文件3件 agrees t2.made 3', '现行有效20件 agrees t2.valid 20']);
  });

  it('says a column the format does not have is not compared: 现行有效 in 2019, 公开 in 2021', async () => {
    expect(await read2019('现行有效规范性文件15件。')).toEqual(['现行有效规范性文件15件 skipped noColumn']);
    expect(await read2021('主动公开行政规范性文件42件。')).toEqual(['主动公开行政规范性文件42件 skipped noColumn']);
  });

  it('does not read documents interpreted, reviewed, filed or cleaned up, 规章制度, 政策性文件, or a count of items (条)', async () => {
    expect(
      await read2021('解读规范性文件3件，清理规范性文件30件，对12件规范性文件进行合法性审查。', '制定规章制度5件，印发政策性文件11件，主动公开政府信息1200条。', '申请公开规范性文件的申请2件。'),
    ).toEqual([
      '解读规范性文件3件 skipped noSubject',
      '清理规范性文件30件 skipped noSubject',
      '对12件规范性文件进行合法性审查 skipped noSubject',
      '制定规章制度5件 skipped noSubject',
      '印发政策性文件11件 skipped noSubject',
      '主动公开政府信息1200条 skipped otherUnit',
      '申请公开规范性文件的申请2件 skipped ambiguous',
    ]);
  });

  it('skips a claim whose cell is not a number', async () => {
    const report: Report = await proseReport();
    report.cells['t2.normative.made'] = { ...report.cells['t2.normative.made']!, status: 'text', value: null, raw: '三' };
    expect(claimsOf(report, '印发规范性文件3件。').map(brief)).toEqual(['印发规范性文件3件 skipped cellNotNumber']);
  });
});
