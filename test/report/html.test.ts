import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check.js';
import { checkFile } from '../../src/node/check-file.js';
import type { ReportContext } from '../../src/report/context.js';
import { formatHtml } from '../../src/report/html/html.js';
import { html, trusted } from '../../src/report/html/markup.js';
import { renderMessage } from '../../src/report/message.js';
import { escapeXml } from '../../src/report/xml.js';
import type { FileResult } from '../../src/result.js';
import { table3Plan } from '../../src/template/layout.js';
import { placeReport } from '../../src/template/document.js';
import { writeWorkbook } from '../../src/template/write.js';
import { fixture } from '../support/fixtures.js';
import { expectedHighlights, type Highlight } from '../support/html.js';

const context = (lang: 'zh' | 'en' = 'zh'): ReportContext => ({ lang, tool: { name: 'xxgk-check', version: '0.0.0' }, chalk: new Chalk({ level: 0 }), uriOf: (p) => p });

const BATCH = [
  'seed-jining-2020.xlsx',
  'generated/rules/t3-result-sum.xlsx',
  'generated/rules/t4-sums.xlsx',
  'generated/rules/merged-value.xlsx',
  'generated/rules/missing-t4.xlsx',
  'generated/rules/formula-no-result.xlsx',
  'generated/rules/t3-blank.xlsx',
  'generated/rules/version-year.xlsx',
  'clean-2021.xlsx',
  'generated/bad/empty.xlsx',
];

async function batch(): Promise<FileResult[]> {
  return Promise.all(BATCH.map(async (path) => ({ ...(await checkFile(fixture(path), { withValues: true })), path })));
}

/** `<td …>` of the page by its class: the workbook cell (sheet!A1) each holds, per file section. */
function highlighted(page: string, severity: Highlight): string[] {
  const refs: string[] = [];
  for (const section of page.split('<section class="file" ').slice(1)) {
    const file = /^id="(file-\d+)"/.exec(section)![1];
    for (const match of section.matchAll(/<td id="[^"]*" class="([^"]*)" data-key="[^"]*" data-ref="([^"]*)"/g)) {
      if (match[1]!.split(' ').includes(severity)) refs.push(`${file} ${match[2]}`);
    }
  }
  return refs.sort();
}

describe('the HTML page', async () => {
  const results = await batch();
  const page = formatHtml(results, context());

  it('names every finding of every file, and every file', () => {
    for (const result of results) {
      expect(page).toContain(escapeXml(result.path));
      for (const finding of result.findings) expect(page).toContain(escapeXml(renderMessage(finding, 'zh')));
    }
    expect(page.match(/<li id="file-\d+-f\d+"/g)).toHaveLength(results.reduce((n, r) => n + r.findings.length, 0));
    expect(page).toContain('<p class="summary bad">共 10 个文件：');
    expect(page).toContain('是空文件（0 字节）');
  });

  it('highlights exactly the cells the findings name: the cells that decide them strongly (red for an error, yellow for a warning only), the parts of equations lightly', () => {
    for (const kind of ['error', 'warning', 'error-part', 'warning-part'] as const) expect(highlighted(page, kind), kind).toEqual(expectedHighlights(results, kind));
    // The seed's 自然人 column: its results total and carried-over cells decide, the received and carried-in cells are parts.
    expect(highlighted(page, 'error')).toEqual(expect.arrayContaining(['file-1 年度报告!D53', 'file-1 年度报告!D54']));
    expect(highlighted(page, 'error-part')).toEqual(expect.arrayContaining(['file-1 年度报告!D32', 'file-1 年度报告!D33']));
    expect(highlighted(page, 'error')).not.toContain('file-1 年度报告!D32');
    expect(highlighted(page, 'warning')).toContain('file-4 年度报告!E28');
  });

  it('draws 表三 and 表四 in the official layout whatever the workbook’s layout', async () => {
    const perSheet = { ...(await checkFile(fixture('generated/layout/reversed.xlsx'), { withValues: true })), path: 'reversed.xlsx' };
    const drawn = formatHtml([perSheet], context());
    expect(drawn).toContain('<td id="file-1-t3-received-natural" data-key="t3.received.natural" data-ref="表三!E7"');
    expect((drawn.match(/<table class="official t3"/g) ?? []).length).toBe(1);
    expect(/<table class="official t3"[\s\S]*?<\/table>/.exec(drawn)![0].match(/<tr>/g)).toHaveLength(table3Plan('2021').height);
    expect(drawn).toContain('<th class="header" colspan="7">申请人情况</th>');
  });

  it('keeps every value cell short: a formula saved without a result shows its function, long text is cut, the title holds all', () => {
    const formulas = page.split('<section class="file" id="file-6"')[1]!.split('<section class="file"')[0]!;
    expect(formulas).toContain('data-ref="年度报告!J24" title="年度报告!J24 =SUM(D24,E24,F24,G24,H24,I24)">=SUM(…)<sup>');
    const long = formatHtml(
      [
        {
          path: 'x.xlsx',
          formatVersion: '2021',
          findings: [],
          values: { 't3.received.natural': { status: 'text', value: null, raw: '约一万两千件以上（含网上申请）', source: { kind: 'xlsx', sheet: 'S', address: 'D5' } } },
        },
      ],
      context(),
    );
    expect(long).toContain('title="S!D5 约一万两千件以上（含网上申请）">约一万两千件以…</td>');
  });

  it('needs nothing from the network: no scripts, fonts, images or external links', () => {
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href="(?!#)/i);
  });

  it('is the same bytes for the same input', async () => {
    expect(formatHtml(await batch(), context())).toBe(page);
  });

  it('is in English with --lang en, the official tables keeping their Chinese labels', () => {
    const english = formatHtml(results, context('en'));
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<p class="summary bad">10 files: ');
    expect(english).toContain(
      escapeXml(
        renderMessage(
          results[0]!.findings.find((f) => f.rule === 'T3_BALANCE')!,
          'en',
        ),
      ),
    );
    expect(english).toContain('>申请人情况</th>');
  });
});

const PAGE_ELEMENTS = new Set('html head meta title style body header h1 h2 h3 p span nav ol li a main section div table colgroup col tbody tr th td sup details summary footer'.split(' '));

/** Every element and attribute name in a page; `unparsed` counts any “<” that is not part of a tag. */
function markupOf(page: string): { elements: Set<string>; attributes: Set<string>; unparsed: number } {
  const body = page.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!DOCTYPE html>/, '');
  const elements = new Set<string>();
  const attributes = new Set<string>();
  let tags = 0;
  for (const match of body.matchAll(/<\/?([a-z][a-z0-9]*)((?:\s+[\w-]+(?:="[^"<>]*")?)*)\s*>/g)) {
    tags++;
    elements.add(match[1]!);
    // Each match takes a whole attribute, its quoted value included, so text inside a value is never read as a name.
    for (const attribute of match[2]!.matchAll(/\s+([\w-]+)(?:="[^"]*")?/g)) attributes.add(attribute[1]!);
  }
  return { elements, attributes, unparsed: (body.match(/</g) ?? []).length - tags };
}

describe('a cross-year finding on the page', () => {
  it('marks and links only this file’s cells: last year’s cell, though it shares a key with a cell drawn here, marks nothing here', async () => {
    const result = await checkFile(fixture('generated/years/a-2022.xlsx'), { withValues: true });
    // Last year's 结转下年度 only, under the key this year's 表三 also draws.
    const lastYear = { file: 'a-2021.xlsx', key: 't3.carriedOver.total', value: 3, source: { kind: 'xlsx' as const, sheet: '年度报告', address: 'J40' } };
    const finding = { rule: 'XY_CARRY', severity: 'error' as const, messageId: 'x', params: {}, cells: [lastYear] };
    const page = formatHtml([{ ...result, findings: [finding] }], context());
    expect(page).toContain('data-key="t3.carriedOver.total"');
    expect(highlighted(page, 'error')).toEqual([]);
    expect(highlighted(page, 'error-part')).toEqual([]);
    expect(page).not.toContain('href="#file-1-t3-carriedOver-total"');
  });
});

describe('text from a workbook on the page', () => {
  it('is only ever text: a hostile agency name, cell value and sheet name inject nothing', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const sheet = placeReport({ version: '2021', title: `${evil}2021年政府信息公开工作年度报告`, values: { 't3.received.natural': `"><b onmouseover=alert(3)>${evil}` } });
    const bytes = await writeWorkbook({ sheets: [{ ...sheet, name: '<i>"表\'x' }] });
    const result = { ...(await checkBytes('x.xlsx', bytes, { withValues: true })), path: `<u>${evil}</u>.xlsx` };
    expect(result.findings.length).toBeGreaterThan(0);
    const page = formatHtml([result], context());
    const tags = markupOf(page);
    expect(tags.unparsed).toBe(0);
    expect([...tags.elements].filter((e) => !PAGE_ELEMENTS.has(e))).toEqual([]);
    expect([...tags.attributes].filter((a) => a.startsWith('on'))).toEqual([]);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('data-ref="&lt;i&gt;&quot;表&apos;x!D');
  });

  it('goes through one escaping template: values are escaped, markup made by it is not', () => {
    expect(html`<p title="${'"x"'}">${'<b>'}${html`<i>${'&'}</i>`}${['<', trusted('<br>')]}</p>`.markup).toBe('<p title="&quot;x&quot;">&lt;b&gt;<i>&amp;</i>&lt;<br></p>');
  });
});
