import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import { cli } from '../support/cli.js';
import { fixture, ROOT } from '../support/fixtures.js';
import { expectedHighlights } from '../support/html.js';
import { tempDir } from '../support/temp.js';

/**
 * The HTML page as a person sees it: opened from a file:// URL in headless Chromium (Debian's
 * `chromium`, driven by playwright-core), with no network. Skipped, saying why, where Chromium is
 * not installed; `.ci/run` installs it, so CI runs it.
 */
const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.log(`html-chromium: skipped, ${CHROMIUM} is not installed (apt-get install chromium)`);

const FILES = ['seed-jining-2020.xlsx', 'generated/rules/t3-result-sum.xlsx', 'generated/rules/t4-sums.xlsx', 'generated/rules/merged-value.xlsx', 'generated/bad/empty.xlsx'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!present)('the HTML page in headless Chromium', () => {
  it('shows the tables with exactly the named cells highlighted, fetches nothing, and renders to a picture', { timeout: 90_000 }, async () => {
    const dir = tempDir('html');
    const page = join(dir, 'report.html');
    // The fixtures are variants of one agency's report for one year: B_DUPLICATE would warn of each on each.
    const run = await cli(['--format', 'html', '--rule', 'B_DUPLICATE=off', '--output', page, ...FILES.map((f) => join('fixtures', f))], { cwd: ROOT });
    expect(run.code).toBe(2);
    const results = await Promise.all(FILES.map((f) => checkFile(fixture(f), { withValues: true })));

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launchPersistentContext(tempDir('chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1300, height: 900 },
    });
    try {
      const tab = await browser.newPage();
      const requests: string[] = [];
      tab.on('request', (request) => void requests.push(request.url()));
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
      expect(requests).toEqual([pathToFileURL(page).href]);

      const marked = (severity: string) => tab.$$eval(`section.file td.${severity}`, (cells) => cells.map((td) => `${td.closest('section.file')!.id} ${td.getAttribute('data-ref')}`).sort());
      for (const kind of ['error', 'warning', 'error-part', 'warning-part'] as const) expect(await marked(kind), kind).toEqual(expectedHighlights(results, kind));

      // The highlight is what the eye sees: the cell's own background, red or yellow.
      expect(await tab.$eval('td[data-ref="年度报告!D53"]', (td) => td.ownerDocument.defaultView!.getComputedStyle(td).backgroundColor)).toBe('rgb(255, 199, 206)');
      expect(await tab.$eval('#file-4 td.warning', (td) => td.ownerDocument.defaultView!.getComputedStyle(td).backgroundColor)).toBe('rgb(255, 235, 156)');
      // A part of the equation is paler: the cell that is wrong stands out.
      expect(await tab.$eval('td[data-ref="年度报告!D32"]', (td) => td.ownerDocument.defaultView!.getComputedStyle(td).backgroundColor)).toBe('rgb(253, 238, 240)');
      expect(await tab.$$eval('li[id^="file-"]', (items) => items.length)).toBe(results.reduce((n, r) => n + r.findings.length, 0));

      // Merged header cells span what they should, and every value cell of 表三 lies inside its table.
      const header = await tab.$eval('#file-1 table.t3 th.header', (th) => ({ text: th.textContent, colSpan: Number(th.getAttribute('colspan')) }));
      expect(header).toEqual({ text: '申请人情况', colSpan: 7 });
      const outside = await tab.$eval('#file-1 table.t3', (table) => {
        const box = table.getBoundingClientRect();
        return [...table.querySelectorAll('td')].filter((td) => {
          const r = td.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1 || r.width < 20;
        }).length;
      });
      expect(outside).toBe(0);

      const picture = join(dir, 'report.png');
      await tab.screenshot({ path: picture, fullPage: true });
      expect(readFileSync(picture).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(picture).size).toBeGreaterThan(50_000);
      console.log(`html-chromium: screenshot at ${picture}`);
    } finally {
      await browser.close();
    }
  });
});
