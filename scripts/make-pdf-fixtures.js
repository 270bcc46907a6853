#!/usr/bin/env node
// Makes the PDFs of fixtures/real/libreoffice/ and fixtures/real/chromium/ as a person would, with
// LibreOffice (soffice), poppler's pdftoppm and Chromium on PATH: Calc exporting the generated
// workbooks; Writer exporting the report as a document (title, prose, the three tables with merged
// cells and borders), the same with an opening password and with only a permissions password, and
// a scan (a page as a picture in a Writer document); Chromium printing the report's web page, its
// tables with borders, ruled only between rows, and with no rulings at all. The files are
// committed as made; the tests never run this script (they do not need these programs). Run after
// `npm run build`: node scripts/make-pdf-fixtures.js [OUTDIR [NAME…]] (OUTDIR holds libreoffice/
// and chromium/, by default fixtures/real; with names such as chromium/report-2021.pdf, only those).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPage } from './lib/report-page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const real = process.argv[2] ?? join(root, 'fixtures', 'real');
const out = join(real, 'libreoffice');
const only = new Set(process.argv.slice(3));
const wanted = (name, dir = 'libreoffice') => only.size === 0 || only.has(`${dir}/${name}`);
const work = mkdtempSync(join(tmpdir(), 'xxgk-pdf-'));
const profile = `file://${join(work, 'profile')}`;
mkdirSync(out, { recursive: true });
mkdirSync(join(real, 'chromium'), { recursive: true });

function soffice(args) {
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`soffice ${args.join(' ')}: ${run.stderr}`);
}

/** Converts `input` to PDF with `filter` (and its options), into `out` under `name`; a web page is opened as a Writer document. */
function toPdf(input, name, filter) {
  if (!wanted(name)) return;
  const dir = join(work, 'out');
  mkdirSync(dir, { recursive: true });
  const asDocument = input.endsWith('.html') ? ['--infilter=HTML (StarWriter)'] : [];
  soffice([...asDocument, '--convert-to', filter ? `pdf:${filter}` : 'pdf', '--outdir', dir, input]);
  renameSync(join(dir, basename(input).replace(/\.[^.]+$/, '.pdf')), join(out, name));
  console.log(`wrote ${join(out, name)}`);
}

const fixtures = join(root, 'fixtures');
// Calc: the generated workbooks as a sheet prints (landscape A4, the tables as the sheet lays them out).
for (const name of ['clean-2021', 'clean-2019', 'seed-jining-2020']) toPdf(join(fixtures, `${name}.xlsx`), `${name}.pdf`);
// Two years of one agency (甲局's 2022 does not carry over its 2021), a region's agencies and its summary.
for (const name of ['years/a-2021', 'years/a-2022', 'region/agency-1', 'region/agency-2', 'region/summary-bad']) {
  toPdf(join(fixtures, 'generated', `${name}.xlsx`), `${name.replace('/', '-')}.pdf`);
}

// Writer: the report as a document.
const docs = {
  'report-2021': reportPage('clean-2021'),
  'report-2019': reportPage('clean-2019'),
  'report-t3-split': reportPage('clean-2021', { filler: 14 }),
  'report-t3-split-header': reportPage('clean-2021', { filler: 14, repeatHeader: true }),
  // Ten pages, as a long report runs (for the speed measured by `npm run bench`).
  'report-10-pages': reportPage('clean-2021', { filler: 128 }),
};
for (const [name, html] of Object.entries(docs)) {
  if (!wanted(`${name}.pdf`)) continue;
  const path = join(work, `${name}.html`);
  writeFileSync(path, html);
  toPdf(path, `${name}.pdf`, 'writer_pdf_Export');
}

// Protected: an opening password (xxgk), and only a permissions password (no printing, no copying).
const option = (type, value) => ({ type, value: String(value) });
const json = (o) => JSON.stringify(o);
const copy = join(work, 'encrypted-2021.xlsx');
copyFileSync(join(fixtures, 'clean-2021.xlsx'), copy);
toPdf(copy, 'encrypted-2021.pdf', `calc_pdf_Export:${json({ EncryptFile: option('boolean', true), DocumentOpenPassword: option('string', 'xxgk') })}`);
const restricted = join(work, 'restricted-2021.xlsx');
copyFileSync(join(fixtures, 'clean-2021.xlsx'), restricted);
toPdf(
  restricted,
  'restricted-2021.pdf',
  `calc_pdf_Export:${json({
    RestrictPermissions: option('boolean', true),
    PermissionPassword: option('string', 'owner'),
    Printing: option('long', 0),
    Changes: option('long', 0),
    EnableCopyingOfContent: option('boolean', false),
  })}`,
);

// Chromium: the report's web page printed to PDF (Skia draws borders as thin filled rectangles).
const pages = {
  'report-2021': reportPage('clean-2021', { browser: 'borders' }),
  'report-2019': reportPage('clean-2019', { browser: 'borders' }),
  'report-2021-row-rules': reportPage('clean-2021', { browser: 'row-rules' }),
  'report-2021-unruled': reportPage('clean-2021', { browser: 'unruled' }),
};
for (const [name, html] of Object.entries(pages)) {
  if (!wanted(`${name}.pdf`, 'chromium')) continue;
  const path = join(work, `chromium-${name}.html`);
  writeFileSync(path, html);
  const target = join(real, 'chromium', `${name}.pdf`);
  const run = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${target}`, `file://${path}`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`chromium: ${run.stderr}`);
  console.log(`wrote ${target}`);
}

if (!wanted('scanned-2021.pdf')) process.exit(0);
// A scan: the document's second page (表三) as a grey picture at 100 dpi, the only thing on a
// page of a Writer document (Draw, which would take the picture alone, is not installed here).
const png = join(work, 'scanned-2021');
const render = spawnSync('pdftoppm', ['-r', '100', '-gray', '-png', '-f', '2', '-l', '2', '-singlefile', join(out, 'report-2021.pdf'), png]);
if (render.status !== 0) throw new Error(`pdftoppm: ${render.stderr}`);
const scan = join(work, 'scanned-2021.html');
writeFileSync(scan, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p><img src="scanned-2021.png" width="640"></p></body></html>`);
toPdf(scan, 'scanned-2021.pdf', 'writer_pdf_Export');
