import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check.js';
import { checkFile } from '../../src/node/check-file.js';
import type { ReportContext } from '../../src/report/context.js';
import { formatHtml } from '../../src/report/html/html.js';
import { fixture } from '../support/fixtures.js';

const context = (lang: 'zh' | 'en' = 'zh'): ReportContext => ({ lang, tool: { name: 'xxgk-check', version: '0.0.0' }, chalk: new Chalk({ level: 0 }), uriOf: (p) => p });

describe('the HTML page: the sentence beside the tables', async () => {
  const seed = { ...(await checkFile(fixture('src/seed-jining-2020.txt'), { withValues: true, explain: true })), path: 'seed.txt' };
  const page = formatHtml([seed], context());
  const t3 = page.slice(page.indexOf('id="file-1-t3"'), page.indexOf('id="file-1-t4"'));

  it('quotes the sentence under 表三, with its place and the claim marked, beside the cell it contradicts', () => {
    expect(t3).toContain(
      '<blockquote class="sentence"><span class="where">原文（第 9 行）</span>全年受理依申请信息公开21件,包括信函申请2件、网络申请19件,<mark>全部在规定时间内办结</mark>。</blockquote>',
    );
    // 结转下年度 总计 is highlighted (red: T3_BALANCE's error names it too) and linked to the findings.
    expect(t3).toMatch(/<td id="file-1-t3-carriedOver-total" class="error"[^>]*>1<sup>/);
  });

  it('lists every claim with --explain: verdict, place, words, what it was compared with', () => {
    const claims = page.slice(page.indexOf('id="file-1-claims"'));
    expect(claims).toContain('<h3>正文中的数字</h3>');
    expect(claims).toContain('<tr class="contradicts"><td>矛盾</td><td>第 9 行</td><td class="said">全部在规定时间内办结</td><td class="said">表三「结转下年度」（总计）</td><td>1</td></tr>');
    expect(claims).toContain('<tr class="skipped"><td>未核对</td><td>第 9 行</td><td class="said">包括信函申请2件</td><td class="said">申请渠道的分项，不是表中的数</td><td></td></tr>');
    expect(formatHtml([{ ...seed, claims: undefined }], context())).not.toContain('正文中的数字');
  });

  it('escapes the prose it quotes', async () => {
    const text = readFileSync(fixture('src/seed-jining-2020.txt'), 'utf8').replace('全部在规定时间内办结', '全部在规定时间内办结<script>alert(1)</script>');
    const result = { ...(await checkBytes('x.txt', new TextEncoder().encode(text), { withValues: true })), path: 'x.txt' };
    const html = formatHtml([result], context());
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert');
    expect(html).toContain('&lt;/script&gt;');
  });

  it('shows a 表二 prose finding with its sentence among the other findings, in English too', async () => {
    const result = { ...(await checkFile(fixture('generated/prose/prose-2021.docx'), { withValues: true })), path: 'prose.docx' };
    const en = formatHtml([result], context('en'));
    const other = en.slice(en.indexOf('id="file-1-other"'));
    expect(other).toContain('P_T2');
    expect(other).toContain(
      '<blockquote class="sentence"><span class="where">Text (paragraph 4)</span>2023年，我局在门户网站主动公开政府信息860余条，<mark>印发行政规范性文件4件</mark>，现行有效行政规范性文件12件。</blockquote>',
    );
  });
});
