import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { fixture } from '../support/fixtures.js';

/**
 * One report with prose (fixtures/src/reports.json, prose-2021) written as a page copied as text,
 * a Word document, a web page and that page pasted into a workbook: the same claims, the same
 * verdicts, the same four findings, each naming its sentence where it stands in that file.
 */
const FILES = {
  'generated/prose/prose-2021.txt': 'text',
  'generated/prose/prose-2021.docx': 'docx',
  'generated/prose/prose-2021.html': 'html',
  'generated/prose/pasted-2021.xlsx': 'xlsx',
} as const;

describe('prose read the same from every format that carries it', async () => {
  const results = await Promise.all(Object.keys(FILES).map((file) => checkFile(fixture(file), { explain: true })));

  it('gives the same claims and verdicts', () => {
    const judged = results.map((r) => r.claims!.filter((c) => c.verdict !== 'skipped').map((c) => `${c.text} ${c.verdict}`));
    for (const other of judged.slice(1)) expect(other).toEqual(judged[0]);
    expect(judged[0]).toEqual([
      '印发行政规范性文件4件 contradicts',
      '现行有效行政规范性文件12件 agrees',
      '我局共收到政府信息公开申请26件 agrees',
      '其中自然人21件 contradicts',
      '法人或其他组织6件 agrees',
      '全年办结26件 agrees',
      '全部在法定期限内办结 agrees',
      '无结转下年度的申请 agrees',
      '其中予以公开及部分公开20件 contradicts',
      '不予公开1件 agrees',
      '因本机关不掌握相关政府信息无法提供5件 agrees',
      '因政府信息公开被申请行政复议2件 agrees',
      '均获维持 contradicts',
      '被提起行政诉讼1件 agrees',
      '尚未审结1件 agrees',
    ]);
  });

  it('skips the traps beside them: items (条), another year, other services, a share of a wrong count, a fee', () => {
    const skipped = results[0]!.claims!.filter((c) => c.verdict === 'skipped').map((c) => `${c.text} ${c.reason}`);
    expect(skipped).toEqual([
      '我局在门户网站主动公开政府信息860余条 otherUnit',
      '较上年增加5件 otherYear',
      '占76.9% followsCount',
      '全年受理网络问政120件 otherSubject',
      '12345热线转办事项35件 otherSubject',
      '本年度收取政府信息公开信息处理费0元 fee',
    ]);
  });

  it('names each sentence where it stands: a line, a paragraph, a cell of the sheet', () => {
    results.forEach((result, i) => {
      const kind = Object.values(FILES)[i]!;
      const prose = result.findings.filter((f) => f.rule.startsWith('P_'));
      expect(prose.map((f) => f.rule).sort()).toEqual(['P_RESULTS', 'P_REQUESTS', 'P_REVIEW', 'P_T2'].sort());
      for (const f of prose) expect(f.sentence!.source.kind).toBe(kind);
    });
  });
});
