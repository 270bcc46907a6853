#!/usr/bin/env node
// Builds the web page fixtures in fixtures/generated/html/ from fixtures/src/reports.json, through
// scripts/lib/report-blocks.js (needs dist/: `npx tsc -p tsconfig.json`) and scripts/lib/write-html.js,
// and writes beside them manifest.json: for each page, the report and options it was made from and
// the number of the <table> that holds each official table; and the blocks of each report, which
// are what the tests expect the reader to find. Run again after changing either; the tests check
// that the committed files are what this script makes.
//
//   --out DIR   write elsewhere (the up-to-date test)
//   --real      also remake the pages real software wrote (fixtures/real/libreoffice/*.html with
//               LibreOffice, fixtures/real/chromium/* with headless Chromium). Their bytes change
//               from run to run (dates, ids); they are committed as made, not checked.
import { valuesOf } from './lib/report-values.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reportBlocks } from './lib/report-blocks.js';
import { writeHtml } from './lib/write-html.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = JSON.parse(readFileSync(join(root, 'fixtures', 'src', 'reports.json'), 'utf8'));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : join(root, 'fixtures', 'generated', 'html');

const blocksOf = (name) => {
  const report = reports[name];
  return reportBlocks({ version: report.version, values: valuesOf(report), title: report.title });
};

/** A news article of the same site: a page that is no report (no table, or an unrelated one). */
const NEWS = [
  { paragraph: '某某市召开2023年政务公开工作推进会', style: 'title' },
  { paragraph: '1月18日，某某市召开2023年政务公开工作推进会，总结2022年全市政务公开工作，部署2023年重点任务。' },
  { paragraph: '会议指出，要持续做好政府信息公开工作年度报告的编制和发布，确保数据准确、格式规范。' },
];
const CONTACTS = {
  table: {
    id: 'contacts',
    width: 3,
    height: 3,
    cells: [
      { row: 1, col: 1, role: 'header', text: '部门' },
      { row: 1, col: 2, role: 'header', text: '电话' },
      { row: 1, col: 3, role: 'header', text: '地址' },
      { row: 2, col: 1, role: 'label', text: '办公室' },
      { row: 2, col: 2, role: 'value', text: '0537-1234567' },
      { row: 2, col: 3, role: 'value', text: '某某路1号' },
      { row: 3, col: 1, role: 'label', text: '政务公开科' },
      { row: 3, col: 2, role: 'value', text: '0537-7654321' },
      { row: 3, col: 3, role: 'value', text: '某某路1号' },
    ],
    merges: [],
  },
};

/** Each page: the report it holds, how it is written, and the number of the <table> holding each official table. */
const PAGES = [
  { file: 'clean-2021.html', report: 'clean-2021', options: {}, about: 'a plain UTF-8 page, as a CMS editor writes it' },
  {
    file: 'cms-2021.html',
    report: 'clean-2021',
    options: { cms: true },
    about: 'a CMS article page: menus, a sidebar naming other years’ reports, the report in a layout table, headers as <th> in <thead>',
  },
  {
    file: 'word-2020.htm',
    report: 'seed-jining-2020',
    options: { word: true, gbk: true },
    about: 'Word’s “Save as Web Page” on Chinese Windows: GBK declared by http-equiv, spans, <o:p>, hidden text',
  },
  { file: 'gbk-2019.html', report: 'clean-2019', options: { gbk: true }, about: 'GBK declared by <meta charset="gb2312">' },
  { file: 'gbk-undeclared-2020.html', report: 'seed-jining-2020', options: { gbkUndeclared: true }, about: 'GBK declared nowhere' },
  { file: 'br-labels-2019.html', report: 'clean-2019', options: { brInLabels: true }, about: 'header labels broken by <br> (本年新<br>制作数量)' },
  { file: 'word-2021.mht', report: 'clean-2021', options: { word: true, gbk: true, mhtml: true }, about: 'Word’s “Single File Web Page”: MIME, quoted-printable, gb2312' },
  { file: 'image-tables-2021.html', report: 'clean-2021', options: { cms: true, imageTables: true }, about: 'a CMS page whose tables are pictures (<img>)' },
  { file: 'news.html', blocks: NEWS, options: { cms: true }, about: 'a news page of the same site: no table' },
  { file: 'unrelated-table.html', blocks: [...NEWS, CONTACTS], options: {}, about: 'a page whose one table is not a report’s' },
];

mkdirSync(out, { recursive: true });
const manifest = { $comment: 'Made by scripts/build-html-fixtures.js; do not edit. `tables`: the <table> number holding each official table.', pages: [], blocks: {} };
for (const page of PAGES) {
  const blocks = page.blocks ?? blocksOf(page.report);
  writeFileSync(join(out, page.file), writeHtml(blocks, page.options));
  const tables = {};
  let n = page.options.cms ? 1 : 0; // the CMS layout table comes first
  if (!page.options.imageTables) for (const block of blocks) if ('table' in block) tables[block.table.id] = ++n;
  manifest.pages.push({ file: page.file, ...(page.report ? { report: page.report } : {}), options: page.options, tables, about: page.about });
  if (page.report) manifest.blocks[page.report] ??= blocks;
}
writeFileSync(join(out, 'manifest.json'), manifestText(manifest));

/** Pretty where a person reads it, one line per paragraph and per table cell (a readable diff, a third of the size). */
function manifestText({ $comment, pages, blocks }) {
  const block = (b) =>
    'table' in b
      ? `    { "table": { "id": ${JSON.stringify(b.table.id)}, "width": ${b.table.width}, "height": ${b.table.height}, "merges": ${JSON.stringify(b.table.merges)}, "cells": [\n${b.table.cells.map((c) => `      ${JSON.stringify(c)}`).join(',\n')}\n    ] } }`
      : `    ${JSON.stringify(b)}`;
  const reports = Object.entries(blocks).map(([name, list]) => `  ${JSON.stringify(name)}: [\n${list.map(block).join(',\n')}\n  ]`);
  return `{\n "$comment": ${JSON.stringify($comment)},\n "pages": [\n${pages.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n ],\n "blocks": {\n${reports.join(',\n')}\n }\n}\n`;
}

if (args.includes('--real')) await remakeReal();

/** The pages real programs write, from the generated ones (see the table in the commit that added them). */
async function remakeReal() {
  const lo = join(root, 'fixtures', 'real', 'libreoffice');
  const work = mkdtempSync(join(tmpdir(), 'xxgk-real-html-'));
  const soffice = (filter, input) => execFileSync('soffice', ['-env:UserInstallation=file:///tmp/lo-profile-html', '--headless', '--convert-to', filter, '--outdir', work, input], { stdio: 'ignore' });
  // Calc: the workbook fixture, one HTML table per sheet.
  soffice('html', join(root, 'fixtures', 'real', 'libreoffice', 'clean-2021.xlsx'));
  copyFileSync(join(work, 'clean-2021.html'), join(lo, 'calc-clean-2021.html'));
  // Writer: the Word-made page, opened and saved again as a web page.
  copyFileSync(join(out, 'word-2020.htm'), join(work, 'word-2020.htm'));
  soffice('html:HTML (StarWriter)', join(work, 'word-2020.htm'));
  copyFileSync(join(work, 'word-2020.html'), join(lo, 'writer-word-2020.html'));
  for (const f of readdirSync(work)) if (/\.(png|gif|jpg)$/i.test(f)) console.log(`note: LibreOffice also wrote ${f} (not kept)`);

  const chromiumDir = join(root, 'fixtures', 'real', 'chromium');
  mkdirSync(chromiumDir, { recursive: true });
  const url = pathToFileURL(join(out, 'cms-2021.html')).href;
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const dom = execFileSync('chromium', [...flags, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'xxgk-chromium-'))}`, '--dump-dom', url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  writeFileSync(join(chromiumDir, 'cms-2021.dom.html'), dom);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  try {
    const tab = await browser.newPage();
    await tab.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    for (const [from, to] of [
      ['cms-2021.html', 'cms-2021.mhtml'],
      ['gbk-2019.html', 'gbk-2019.mhtml'],
    ]) {
      await tab.goto(pathToFileURL(join(out, from)).href);
      const cdp = await tab.context().newCDPSession(tab);
      const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
      writeFileSync(join(chromiumDir, to), data, 'latin1');
    }
  } finally {
    await browser.close();
  }
}
