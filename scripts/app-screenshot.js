#!/usr/bin/env node
// The README's picture of the offline page: dist/xxgk-check.html opened from file:// in headless
// Chromium (Debian's), the example report dropped on it. Writes docs/app-screenshot.png.
//   npm run build && node scripts/app-screenshot.js
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const profile = mkdtempSync(join(tmpdir(), 'xxgk-screenshot-'));
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'];
const browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args, viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(root, 'dist', 'xxgk-check.html')).href);
  await page.waitForSelector('body[data-state="ready"]');
  const data = readFileSync(join(root, 'fixtures', 'seed-jining-2020.xlsx')).toString('base64');
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], '济宁市人社局2020年报.xlsx'));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, data);
  await page.waitForSelector('body[data-state="done"]');
  // The verdict keeps the focus for screen readers; the picture shows it without the focus ring.
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: join(root, 'docs', 'app-screenshot.png'), clip: { x: 0, y: 0, width: 1200, height: 1500 } });
} finally {
  await browser.close();
  await rm(profile, { recursive: true, force: true });
}
