import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BrowserContext, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verdict } from '../../src/app/words.js';
import { renderProblem } from '../../src/report/problems.js';
import type { FileResult } from '../../src/result.js';
import { APP_URL, download, dropFiles, launch, missing, networkRequests, openApp, pageErrors, recordRequests, shownFindings, waitDone, type BrowserName } from '../support/browser.js';
import { cli } from '../support/cli.js';
import { BATCHES, CASES, fixture } from '../support/fixtures.js';
import { expectedHighlights } from '../support/html.js';
import { cidFontPdf, T3_FIRST_ROWS } from '../support/pdf.js';
import { REAL_REPORTS } from '../support/real-reports.js';
import { tempDir } from '../support/temp.js';
import { parseJson, parseReport } from '../support/json.js';

/**
 * The offline page as the clerk uses it: opened from file:// in a real headless browser, files
 * dropped or chosen with the keyboard, results read off the page and downloads saved, each compared
 * with what the command line gives for the same files. Every request the browser makes is recorded;
 * none may leave the computer. `full` runs everything; otherwise the core of it (one report, the
 * downloads, a hostile file, the network, PDFs, every fixture without opening each file's view), for
 * a second browser.
 */
export function appSuite(browser: BrowserName, full: boolean): void {
  const why = missing(browser);
  if (why) console.log(`app-${browser}: skipped, ${why}`);

  describe.skipIf(why !== undefined)(`the offline page in headless ${browser}, from file://`, () => {
    let context: BrowserContext;
    let requests: string[];
    beforeAll(async () => {
      context = await launch(browser);
      requests = recordRequests(context);
    }, 60_000);
    afterAll(async () => {
      await context?.close();
    });

    /** Every test ends here: nothing asked of the network, no error in the page or its workers. */
    async function finish(page: Page): Promise<void> {
      expect(networkRequests(requests)).toEqual([]);
      expect(pageErrors.get(page)).toEqual([]);
      await page.close();
    }

    /** A CLI run's JSON for these files (one of them the region's summary), named as the page names dropped files (their last part). */
    async function cliJson(files: readonly string[], options: { lang?: 'zh' | 'en'; summary?: string } = {}): Promise<{ files: (FileResult & { error?: { message: string } })[] } & { text: string }> {
      // Files of one folder are read where they lie (a real report is never copied); others are copied into one.
      const dir = files.every((f) => dirname(f) === dirname(files[0]!)) ? dirname(files[0]!) : flatCopies(files);
      const names = files.filter((f) => f !== options.summary).map((f) => basename(f));
      const run = await cli(['--format', 'json', '--lang', options.lang ?? 'zh', ...(options.summary ? ['--summary', basename(options.summary)] : []), ...names], { cwd: dir });
      return { ...parseJson<{ files: (FileResult & { error?: { message: string } })[] }>(run.stdout), text: run.stdout };
    }

    it('one report: the verdict, the findings in the command line’s words, the flagged cells, and downloads of the command line’s bytes', { timeout: 120_000 }, async () => {
      const page = await openApp(context);
      const file = fixture('seed-jining-2020.xlsx');
      const ms = await dropFiles(page, [file]);
      console.log(`app-${browser}: one report checked ${ms} ms after the drop`);
      expect(ms).toBeLessThan(10_000);
      const json = await cliJson([file]);
      const result = json.files[0]!;
      await expectFileShown(page, result, 1);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('verdict');

      const dir = tempDir('app-cli');
      const run = await cli(['--annotate', dir, '--annotate-all', '--format', 'html', '--output', join(dir, 'r.html'), '--summary-xlsx', join(dir, 's.xlsx'), basename(file)], { cwd: dirname(file) });
      expect(run.code).toBe(1);
      const copy = await download(page, '[data-download="annotated"]');
      expect(copy.name).toBe('seed-jining-2020.校验.xlsx');
      expect(copy.bytes.equals(readFileSync(join(dir, copy.name)))).toBe(true);
      const html = await download(page, '[data-download="html"]');
      expect(html.name).toBe('seed-jining-2020.校验.html');
      expect(html.bytes.equals(readFileSync(join(dir, 'r.html')))).toBe(true);
      const summary = await download(page, '[data-download="summary"]');
      expect(summary.name).toBe('检查结果.xlsx');
      expect(summary.bytes.equals(readFileSync(join(dir, 's.xlsx')))).toBe(true);
      const report = await download(page, '[data-download="json"]');
      expect(report.bytes.toString('utf8')).toBe(json.text);
      await finish(page);
    });

    it('the page’s policy forbids connections: a request tried from the page or from a worker never leaves', { timeout: 60_000 }, async () => {
      const page = await openApp(context);
      const tried = await page.evaluate(async () => {
        const attempt = (code: string) =>
          new Promise<string>((resolve) => {
            const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
            worker.onmessage = (event) => resolve(String(event.data));
          });
        const fromPage = await fetch('http://127.0.0.1:9/x').then(
          () => 'fetched',
          () => 'refused',
        );
        const fromWorker = await attempt("fetch('http://127.0.0.1:9/y').then(() => postMessage('fetched'), () => postMessage('refused'))");
        return { fromPage, fromWorker };
      });
      expect(tried).toEqual({ fromPage: 'refused', fromWorker: 'refused' });
      expect(networkRequests(requests).filter((url) => /127\.0\.0\.1:9/.test(url))).toEqual([]);
      await page.close();
    });

    it('a hostile file is refused with the command line’s sentence, and the page goes on working', { timeout: 120_000 }, async () => {
      const page = await openApp(context);
      const bomb = fixture('generated/bad/zip-bomb.xlsx');
      await dropFiles(page, [bomb]);
      const sentence = (await cliJson([bomb])).files[0]!.error!.message;
      expect(await page.textContent('#verdict')).toBe('无法检查');
      expect(await page.textContent('#file-view p.problem')).toBe(sentence);
      // Still usable: the next file is checked as if nothing had happened.
      await dropFiles(page, [fixture('clean-2021.xlsx')]);
      expect(await page.textContent('#verdict')).toBe('通过');
      await finish(page);
    });

    it('the language switch: the page, the verdict and the findings in English, in the command line’s English words', { timeout: 60_000 }, async () => {
      const page = await openApp(context);
      const file = fixture('generated/rules/t3-balance.xlsx');
      await dropFiles(page, [file]);
      await page.click('#languages button[data-lang="en"]');
      await page.waitForSelector('#file-view[data-lang="en"]');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('#choose-files')).toBe('Choose files…');
      await expectFileShown(page, (await cliJson([file], { lang: 'en' })).files[0]!, 1, 'en');
      await page.click('#languages button[data-lang="zh"]');
      await page.waitForSelector('#file-view[data-lang="zh"]');
      await expectFileShown(page, (await cliJson([file])).files[0]!, 1, 'zh');
      await finish(page);
    });

    for (const file of [fixture('real/libreoffice/seed-jining-2020.pdf'), ...(existsSync(HONGZE) ? [HONGZE] : [])]) {
      it(`a PDF, ${basename(file)}: the command line’s findings, each at its place on its page, and the command line’s reports`, { timeout: 120_000 }, async () => {
        const page = await openApp(context);
        const ms = await dropFiles(page, [file]);
        console.log(`app-${browser}: ${basename(file)} checked ${ms} ms after the drop, PDF.js loaded for it`);
        const dir = tempDir('app-cli');
        const run = await cli(['--format', 'html', '--output', join(dir, 'r.html'), basename(file)], { cwd: dirname(file) });
        expect(run.code).toBe(1);
        const result = (await cliJson([file])).files[0]!;
        expect(result.format).toBe('pdf');
        await expectFileShown(page, result, 1);
        // The places as the page shows them are the command line's: 「位置（第 4 页）：上起 162 毫米、左起 33 毫米处 = 10，…」.
        const places = await page.$$eval('#file-view ol.findings li .cells', (spans) => spans.map((s) => s.textContent));
        const cliPlaces = await page.evaluate(
          (report) => [...new DOMParser().parseFromString(report, 'text/html').querySelectorAll('ol.findings li .cells')].map((s) => s.textContent),
          readFileSync(join(dir, 'r.html'), 'utf8'),
        );
        expect(places).toEqual(cliPlaces);
        expect(places.join('\n')).toMatch(/第 \d+ 页\S*上起 \d+ 毫米、左起 \d+ 毫米处/);
        expect((await download(page, '[data-download="html"]')).bytes.equals(readFileSync(join(dir, 'r.html')))).toBe(true);
        await finish(page);
      });
    }

    it('a PDF whose Chinese font is not embedded (STSong-Light in UniGB-UCS2-H): read through the character maps the page carries', { timeout: 60_000 }, async () => {
      const page = await openApp(context);
      const file = join(tempDir('app-pdf'), 'stsong.pdf');
      writeFileSync(file, cidFontPdf(['某某市某某局2022年政府信息公开工作年度报告', '一、总体情况', ...T3_FIRST_ROWS]));
      await dropFiles(page, [file]);
      const json = await cliJson([file]);
      expect(json.files[0]!.agency).toBe('某某市某某局');
      expect(await page.textContent('#file-view')).toContain('某某市某某局 · 2022 年度');
      expect((await download(page, '[data-download="json"]')).bytes.toString('utf8')).toBe(json.text);
      await finish(page);
    });

    it('in a browser too old for PDF.js (no structuredClone in its workers), a PDF says so and what to do; workbooks are checked as ever', { timeout: 60_000 }, async () => {
      const page = await context.newPage();
      // Every worker's code is made to start by taking structuredClone away, as an old browser lacks it.
      await page.addInitScript(() => {
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) =>
          create(blob instanceof Blob && blob.type === 'text/javascript' ? new Blob(["Object.defineProperty(self, 'structuredClone', { value: undefined });\n", blob], { type: blob.type }) : blob);
      });
      await page.goto(APP_URL);
      await page.waitForSelector('body[data-state="ready"]');
      const pdf = fixture('real/libreoffice/seed-jining-2020.pdf');
      await dropFiles(page, [pdf, fixture('clean-2021.xlsx')]);
      await page.click('#files-table button[data-file="0"]');
      await page.waitForSelector('#file-view[data-file="0"]');
      expect(await page.textContent('#file-view p.problem')).toBe(renderProblem(basename(pdf), { code: 'FILE_PDF_NO_READER', detail: 'browser' }, 'zh'));
      expect(await page.$$eval('#files-table tbody tr', (rows: HTMLElement[]) => rows.map((r) => r.className))).toEqual(['status-unreadable', 'status-ok']);
      await page.close();
    });

    it(
      `every fixture cases.json lists, PDFs included, dropped at once: the JSON, the closing line${full ? ', each file’s verdict, findings and flagged cells' : ''} are the command line’s`,
      { timeout: 300_000 },
      async () => {
        const page = await openApp(context);
        const files = CASES.map((c) => fixture(c.file));
        const ms = await dropFiles(page, files);
        console.log(`app-${browser}: ${files.length} fixtures checked in ${ms} ms`);
        const json = await cliJson(files);
        const text = await cli(
          files.map((f) => basename(f)),
          { cwd: flatCopies(files) },
        );
        expect(await page.textContent('#batch-summary')).toBe(text.stdout.trimEnd().split('\n').at(-1));
        expect((await download(page, '[data-download="json"]')).bytes.toString('utf8')).toBe(json.text);
        expect(await page.$$eval('#files-table tbody tr', (rows) => rows.map((r) => r.getAttribute('data-path')))).toEqual(files.map((f) => basename(f)));
        // Each file's view in turn: for the first browser (a hundred files, half a minute).
        if (full)
          for (const [i, result] of json.files.entries()) {
            await page.click(`#files-table button[data-file="${i}"]`);
            await page.waitForSelector(`#file-view[data-file="${i}"]`);
            await expectFileShown(page, result, i + 1);
          }
        await finish(page);
      },
    );

    if (!full) return;

    it('the PDFs LibreOffice wrote (fixtures/real/libreoffice), dropped at once: the command line’s JSON, every value and its place', { timeout: 120_000 }, async () => {
      const page = await openApp(context);
      const dir = fixture('real/libreoffice');
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.pdf'))
        .map((name) => join(dir, name));
      const ms = await dropFiles(page, files);
      console.log(`app-${browser}: ${files.length} PDFs checked in ${ms} ms`);
      expect((await download(page, '[data-download="json"]')).bytes.toString('utf8')).toBe((await cliJson(files)).text);
      await finish(page);
    });

    for (const batch of BATCHES) {
      it(
        `the batch ${batch.files.map((f) => basename(f)).join(' + ')}${batch.summary ? `, ${basename(batch.summary)} chosen as the region’s summary` : ''}: the command line’s findings across files`,
        { timeout: 120_000 },
        async () => {
          const page = await openApp(context);
          const files = [...batch.files, ...(batch.summary ? [batch.summary] : [])].map((f) => fixture(f));
          await dropFiles(page, files);
          if (batch.summary) {
            await page.selectOption('#region', String(files.length - 1));
            await waitDone(page);
          }
          const json = await cliJson(files, batch.summary ? { summary: files.at(-1)! } : {});
          expect((await download(page, '[data-download="json"]')).bytes.toString('utf8')).toBe(json.text);
          await finish(page);
        },
      );
    }

    it('keyboard only: Tab reaches the file button and Enter opens it; a folder is taken as the command line takes one; the table sorts', { timeout: 120_000 }, async () => {
      const page = await openApp(context);
      // Listening before any key is pressed, so that the chooser is caught, not opened.
      const choosers: FileChooser[] = [];
      page.on('filechooser', (chooser) => void choosers.push(chooser));
      const chooser = async () => {
        await expect.poll(() => choosers.length, { timeout: 10_000 }).toBe(1);
        return choosers.pop()!;
      };
      let tabs = 0;
      while ((await page.evaluate(() => document.activeElement?.id)) !== 'choose-files' && tabs++ < 10) await page.keyboard.press('Tab');
      expect(tabs).toBeLessThan(10);
      await page.keyboard.press('Enter');
      await (await chooser()).setFiles(fixture('generated/rules/t4-sums.xlsx'));
      await waitDone(page);
      expect(await page.textContent('#verdict')).toMatch(/^有 \d+ 处错误/);

      await page.focus('#choose-files');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('choose-folder');
      await page.keyboard.press('Enter');
      // The years' reports, and a README that proves to be no report: passed over with a word by both.
      const root = tempDir('app-folder');
      const years = join(root, 'years');
      copyFolder(fixture('generated/years'), years);
      writeFileSync(join(years, 'README.md'), '# 各单位年报\n');
      await (await chooser()).setFiles(years);
      await waitDone(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-title');
      const run = await cli(['--format', 'json', 'years'], { cwd: root });
      expect(parseReport(run.stdout).summary.skipped).toEqual(['years/README.md']);
      expect((await download(page, '[data-download="json"]')).bytes.toString('utf8')).toBe(run.stdout);

      await page.focus('#files-table button[data-column="errors"]');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('#files-table th:has(button[data-column="errors"])', 'aria-sort')).toBe('ascending');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('#files-table th:has(button[data-column="errors"])', 'aria-sort')).toBe('descending');
      const errors = await page.$$eval('#files-table tbody tr td:nth-child(5)', (cells) => cells.map((c) => Number(c.textContent)));
      expect(errors).toEqual([...errors].sort((a, b) => b - a));
      await page.focus('#files-table tbody tr:first-child button.link');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#file-view[data-file]');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('verdict');
      await finish(page);
    });

    it('labelled for screen readers: every control named, the table’s headers scoped, the progress bar labelled', { timeout: 60_000 }, async () => {
      const page = await openApp(context);
      await dropFiles(page, [fixture('seed-jining-2020.xlsx'), fixture('clean-2021.xlsx')]);
      const unnamed = await page.$$eval('button, select, input:not([hidden]), progress', (controls) =>
        controls
          .filter((c) => !(c.textContent?.trim() || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby') || (c.id && document.querySelector(`label[for="${c.id}"]`))))
          .map((c) => c.outerHTML.slice(0, 80)),
      );
      expect(unnamed).toEqual([]);
      expect(await page.$$eval('#files-table thead th', (ths) => ths.every((th) => th.getAttribute('scope') === 'col'))).toBe(true);
      expect(await page.$$eval('#files-table tbody th', (ths) => ths.every((th) => th.getAttribute('scope') === 'row'))).toBe(true);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      // A marked cell says what it is in words, not by colour alone.
      await page.click('#files-table button[data-file="0"]');
      await page.waitForSelector('#file-view[data-file="0"]');
      const said = await page.$$eval('#file-view td.error, #file-view td.warning', (cells) => cells.map((td) => td.querySelector('.sr-only')?.textContent ?? ''));
      expect(said.length).toBeGreaterThan(0);
      expect(said.every((text) => text === '（错误）' || text === '（警告）')).toBe(true);
      await finish(page);
    });

    it('readable at 125 % zoom: nothing but the official tables scrolls sideways', { timeout: 60_000 }, async () => {
      const zoomed = await launch(browser, { viewport: { width: 1024, height: 720 }, deviceScaleFactor: 1.25 });
      try {
        const page = await openApp(zoomed);
        await dropFiles(page, [fixture('seed-jining-2020.xlsx'), fixture('generated/rules/t3-balance.xlsx')]);
        await page.click('#files-table button[data-file="0"]');
        await page.waitForSelector('#file-view[data-file="0"]');
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        const clipped = await page.$$eval('button, .verdict, h1, h2, #files-table', (elements) =>
          elements.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.outerHTML.slice(0, 60)),
        );
        expect(clipped).toEqual([]);
      } finally {
        await zoomed.close();
      }
    });

    it('prints the result as the official tables, without the page’s controls', { timeout: 60_000 }, async () => {
      const page = await openApp(context);
      await dropFiles(page, [fixture('clean-2021.xlsx')]);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const shown = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetHeight > 0);
      expect(await shown('.drop')).toBe(false);
      expect(await shown('.how')).toBe(false);
      expect(await shown('.downloads')).toBe(false);
      expect(await shown('#verdict')).toBe(true);
      // A clean file's tables are folded on screen, and open on paper.
      expect(await shown('table.official.t3')).toBe(true);
      expect(await shown('table.official.t4')).toBe(true);
      if (browser === 'chromium') {
        const pdf = await page.pdf({ landscape: true, printBackground: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      }
      await finish(page);
    });
  });
}

/** The real report whose places the page must show as the command line does, where ../shared/real-reports is present. */
const HONGZE = join(REAL_REPORTS, 'hongze-2023.pdf');

/** Copies of the files in one folder, under their last part, so the command line names them as the page names dropped files. */
function flatCopies(files: readonly string[]): string {
  const dir = tempDir('app-files');
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(basename(file))) throw new Error(`two files named ${basename(file)}`);
    names.add(basename(file));
    copyFileSync(file, join(dir, basename(file)));
  }
  return dir;
}

/** The file in view shows what the command line's JSON says of it: verdict, description, findings in order, and the flagged cells. */
async function expectFileShown(page: Page, result: FileResult & { error?: { message: string } }, n: number, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  expect(await page.textContent('#verdict'), result.path).toBe(verdict({ errors, warnings, unreadable: result.error !== undefined }, lang).text);
  if (result.error) {
    expect(await page.textContent('#file-view p.problem'), result.path).toBe(result.error.message);
    return;
  }
  const shown = await shownFindings(page);
  // Findings are numbered under 表三, under 表四, then the rest, as in the HTML report; the set and each one's words are the command line's.
  // A finding about the prose quotes its sentence, saying where it stands.
  const key = (f: { rule: string; severity: string; text: string; sentence?: string }) => `${f.rule} ${f.severity} ${f.text}${f.sentence ? ` | ${f.sentence}` : ''}`;
  const quoted = (s: { text: string; where: string }) => (lang === 'zh' ? `原文（${s.where}）${s.text}` : `Text (${s.where})${s.text}`);
  const said = (f: FileResult['findings'][number]) => f as unknown as { message: string; sentence?: { text: string; where: string } };
  expect(shown.map(key).sort(), result.path).toEqual(
    result.findings.map((f) => key({ rule: f.rule, severity: f.severity, text: said(f).message, ...(said(f).sentence ? { sentence: quoted(said(f).sentence!) } : {}) })).sort(),
  );
  const marked = (severity: string) => page.$$eval(`#file-view td.${severity}`, (cells) => cells.map((td) => `${td.closest('section.file')!.id} ${td.getAttribute('data-ref')}`).sort());
  const rename = (refs: string[]) => refs.map((r) => r.replace(/^file-1 /, `file-${n} `));
  expect(await marked('error'), result.path).toEqual(rename(expectedHighlights([result], 'error')));
  expect(await marked('warning'), result.path).toEqual(rename(expectedHighlights([result], 'warning')));
  // Each mark links to a finding shown on the page.
  const dangling = await page.$$eval('#file-view td sup a', (links) => links.filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))).length);
  expect(dangling).toBe(0);
}

/** A folder's files, copied flat into a new folder. */
function copyFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}
