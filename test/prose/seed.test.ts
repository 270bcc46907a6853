import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { renderMessage } from '../../src/report/message.js';
import { fixture } from '../support/fixtures.js';

/**
 * The project's example report (fixtures/src/seed-jining-2020.txt, the real page's text): its prose
 * says 「全年受理依申请信息公开21件……全部在规定时间内办结」 while its 表三 carries one request over.
 * Exactly one prose finding, worded as "all concluded" contradicted (not "late"); the other ten
 * statements agree; the channels, the hotline and the approximations give nothing.
 */
describe('the seed report’s prose against its tables', async () => {
  const result = await checkFile(fixture('src/seed-jining-2020.txt'), { explain: true });
  const prose = result.findings.filter((f) => f.rule.startsWith('P_'));

  it('gives exactly one prose finding: 「全部在规定时间内办结」 against 结转下年度 总计 = 1', () => {
    expect(prose.map((f) => f.rule)).toEqual(['P_ALL_CONCLUDED']);
    const [finding] = prose;
    expect(finding).toMatchObject({ severity: 'warning', table: 't3', messageId: 'allConcluded', expected: 1 });
    expect(finding!.cells.map((c) => [c.key, c.value, c.source])).toEqual([['t3.carriedOver.total', 1, { kind: 'text', line: 59, col: 8 }]]);
    expect(finding!.sentence).toEqual({
      text: '全年受理依申请信息公开21件,包括信函申请2件、网络申请19件,全部在规定时间内办结。',
      source: { kind: 'text', line: 9 },
      start: 32,
      end: 42,
    });
  });

  it('says "not all concluded", not "late"', () => {
    const zh = renderMessage(prose[0]!, 'zh');
    expect(zh).toBe('正文称「全部在规定时间内办结」，但表三「结转下年度继续办理」总计为 1：有 1 件申请结转下年度，并未全部办结（结转的申请可能仍在法定期限内，不等于逾期）');
    expect(renderMessage(prose[0]!, 'en')).toContain('not all were concluded (a request carried over may still be within its time limit; it is not necessarily late)');
    expect(zh).not.toMatch(/逾期办理|超期|未按时/);
  });

  it('agrees with its other ten statements', () => {
    const judged = result.claims!.filter((c) => c.verdict !== 'skipped');
    expect(judged.map((c) => [c.text, c.verdict, c.expected])).toEqual([
      ['印发规范性文件1件', 'agrees', 1],
      ['公开并解读1件', 'agrees', 1],
      ['全年受理依申请信息公开21件', 'agrees', 21],
      ['全部在规定时间内办结', 'contradicts', 1],
      ['其中予以公开10件', 'agrees', 10],
      ['部分公开2件', 'agrees', 2],
      ['全年共收到行政复议1件', 'agrees', 1],
      ['维持结果1件', 'agrees', 1],
      ['尚未办结0件', 'agrees', 0],
      ['未经复议直接诉讼0件', 'agrees', 0],
      ['复议后诉讼0件', 'agrees', 0],
    ]);
  });

  it('reads nothing from the channels, the hotline, the approximations and the proposals', () => {
    const skipped = result.claims!.filter((c) => c.verdict === 'skipped').map((c) => [c.text, c.reason]);
    expect(skipped).toEqual([
      ['公开率和解读率100%', 'percentNoBase'],
      ['公开局长办公会议12次', 'otherUnit'],
      ['及时宣传解读了30余件最新人力资源社会保障政策', 'approximate'],
      ['包括信函申请2件', 'channel'],
      ['网络申请19件', 'channel'],
      ['我单位共承办市级人大代表建议5件', 'otherSubject'],
      ['政协提案16件', 'otherSubject'],
      ['落实率和满意率都实现了100%', 'otherSubject'],
    ]);
    for (const text of ['12333回应公众关切40000余次', '1200余条']) expect(result.claims!.some((c) => c.verdict !== 'skipped' && c.text.includes(text))).toBe(false);
  });

  it('gives the same one finding from the page pasted into a workbook, as LibreOffice pastes it', async () => {
    for (const file of ['real/libreoffice/pasted-jining-renshe-2020.xlsx', 'generated/layout/web-paste-2020.xlsx']) {
      const pasted = await checkFile(fixture(file));
      expect(pasted.findings.filter((f) => f.rule.startsWith('P_')).map((f) => [f.rule, f.sentence?.text.slice(f.sentence.start, f.sentence.end)])).toEqual([
        ['P_ALL_CONCLUDED', '全部在规定时间内办结'],
      ]);
    }
  });
});
