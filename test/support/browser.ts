import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './fixtures.js';
import { tempDir } from './temp.js';

/** The offline page as built (npm run build, which npm test runs first). */
export const APP = join(ROOT, 'dist', 'xxgk-check.html');
export const APP_URL = pathToFileURL(APP).href;

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
const FIREFOX_SHIM = join(ROOT, 'test', 'support', 'firefox-esr-bidi.mjs');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type BrowserName = 'chromium' | 'firefox';
const isFirefox = new WeakSet<BrowserContext>();

/** Why a browser's tests are skipped here, or undefined when it can run. */
export function missing(browser: BrowserName): string | undefined {
  const path = browser === 'chromium' ? CHROMIUM : FIREFOX;
  if (!existsSync(path)) return `${path} is not installed (apt-get install ${browser === 'chromium' ? 'chromium' : 'firefox-esr'})`;
  if (!existsSync(APP)) return `${APP} is not built (npm run build)`;
  return undefined;
}

/**
 * A fresh headless browser with a profile of its own: Debian's Chromium, or Debian's Firefox ESR
 * through WebDriver BiDi (playwright-core's `moz-firefox` channel: no browser download).
 */
export async function launch(browser: BrowserName, options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {}): Promise<BrowserContext> {
  const { chromium, firefox } = await import('playwright-core');
  const profile = tempDir(browser);
  const common = {
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1300, height: 900 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
  };
  if (browser === 'chromium') return chromium.launchPersistentContext(profile, { ...common, executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // Through a shim that answers the one BiDi command this ESR lacks (test/support/firefox-esr-bidi.mjs).
  const context = await firefox.launchPersistentContext(profile, { ...common, channel: 'moz-firefox', executablePath: FIREFOX_SHIM, env: { ...process.env, XXGK_FIREFOX: FIREFOX } });
  isFirefox.add(context);
  return context;
}

/** Every URL the browser asked for, from any page or worker of the context. */
export function recordRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => void seen.push(request.url()));
  return seen;
}

/** Requests that would have left the computer: anything but the page itself and the page's own blob: and data: URLs. */
export const networkRequests = (seen: readonly string[]) => seen.filter((url) => url !== APP_URL && !/^(blob|data):/.test(url));

/** Errors the page or its workers reported (a script error, a blocked eval or fetch), per page. */
export const pageErrors = new WeakMap<Page, string[]>();

/**
 * Firefox ESR over BiDi reports no downloads to playwright-core: there the page's saves are caught
 * where the page hands them to the browser (the blob and the name on the link it clicks), which are
 * the bytes a download writes. Chromium's downloads are real ones, saved to disk.
 */
const CATCH_SAVES = () => {
  const saves: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saves.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  (window as unknown as { __saves: typeof saves }).__saves = saves;
};

export async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  if (isFirefox.has(context)) await page.addInitScript(CATCH_SAVES);
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => void errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.goto(APP_URL, { waitUntil: 'load' });
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/**
 * Drops files on the page as a person dragging them from a folder would: a drop event carrying
 * the files (named by their last part, as a browser names dropped files). Returns the ms from the
 * drop to the result shown.
 */
export async function dropFiles(page: Page, paths: readonly string[]): Promise<number> {
  const files = paths.map((p) => ({ name: basename(p), data: readFileSync(p).toString('base64') }));
  await page.evaluate((files) => {
    (window as unknown as { __dropped: File[] }).__dropped = files.map(({ name, data }) => new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name));
  }, files);
  const started = Date.now();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    for (const file of (window as unknown as { __dropped: File[] }).__dropped) transfer.items.add(file);
    const zone = document.getElementById('drop')!;
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await waitDone(page);
  return Date.now() - started;
}

export async function waitDone(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === 'done' || document.body.dataset.state === 'failed', undefined, { timeout });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'done') throw new Error(`the page failed: ${await page.textContent('#results')}`);
}

/** The findings the page shows for the file in view, in its order: rule, severity and the words of the message with its cells. */
export function shownFindings(page: Page): Promise<{ rule: string; severity: string; text: string; sentence?: string }[]> {
  return page.$$eval('#file-view ol.findings li', (items: HTMLElement[]) =>
    items.map((li) => {
      const clone = li.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.badge, .rule, .cells, .sentence').forEach((e) => e.remove());
      const sentence = li.querySelector('.sentence')?.textContent ?? undefined;
      return { rule: li.getAttribute('data-rule')!, severity: li.className, text: clone.textContent.trim(), ...(sentence ? { sentence } : {}) };
    }),
  );
}

/** Clicks a download button and returns the file's suggested name and bytes. */
export async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  if (isFirefox.has(page.context())) {
    const before = await page.evaluate(() => (window as unknown as { __saves: unknown[] }).__saves.length);
    await page.click(selector);
    await page.waitForFunction((n) => (window as unknown as { __saves: unknown[] }).__saves.length > n, before, { timeout: 120_000 });
    const { name, data } = await page.evaluate(async () => {
      const { name, blob } = (window as unknown as { __saves: { name: string; blob: Blob }[] }).__saves.at(-1)!;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name, data: btoa(binary) };
    });
    return { name, bytes: Buffer.from(data, 'base64') };
  }
  const [saved] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click(selector)]);
  const path = join(tempDir('download'), 'file');
  await saved.saveAs(path);
  return { name: saved.suggestedFilename(), bytes: readFileSync(path) };
}
