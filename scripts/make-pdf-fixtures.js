#!/usr/bin/env node
// Makes the PDFs of fixtures/real/libreoffice/ with LibreOffice (soffice on PATH) and poppler's
// pdftoppm, as a person would: Calc exporting the generated workbooks, Writer exporting the report
// as a document (title, prose, the three tables with merged cells and borders), the same with an
// opening password and with only a permissions password, and a scan (a page as a picture in a
// Writer document). The files are committed as made; the tests never run this script (they do not
// need LibreOffice). Run after `npm run build`: node scripts/make-pdf-fixtures.js [OUTDIR [NAME…]]
// (with names, only those files are made).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { T3_COLUMNS, T4_OUTCOMES, t2Layout } from '../dist/spec/tables.js';
import { reportBlocks } from './lib/report-blocks.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'fixtures', 'real', 'libreoffice');
const only = new Set(process.argv.slice(3));
const wanted = (name) => only.size === 0 || only.has(name);
const work = mkdtempSync(join(tmpdir(), 'xxgk-pdf-'));
const profile = `file://${join(work, 'profile')}`;
mkdirSync(out, { recursive: true });

const reports = JSON.parse(readFileSync(join(root, 'fixtures', 'src', 'reports.json'), 'utf8'));

/** As scripts/build-fixtures.js: a report's rows of numbers → values under canonical keys. */
function valuesOf(report) {
  const values = {};
  for (const [row, list] of Object.entries(report.t3 ?? {})) list.forEach((v, i) => (values[`t3.${row}.${T3_COLUMNS[i].id}`] = v));
  for (const [block, list] of Object.entries(report.t4 ?? {})) list.forEach((v, i) => (values[`t4.${block}.${T4_OUTCOMES[i].id}`] = v));
  for (const section of t2Layout(report.version)) {
    for (const row of section.rows) {
      const list = report.t2?.[row.id] ?? [];
      section.columns.forEach((c, i) => (values[`t2.${row.id}.${c.id}`] = list[i] ?? 0));
    }
  }
  return values;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

/**
 * The report as a web page Writer opens: paragraphs, and each table in the official layout with
 * its merges as rowspan/colspan and every border drawn. `filler` paragraphs before 表三 push it
 * down the page so that it breaks onto the next; `repeatHeader` puts 表三's three header rows in a
 * <thead>, which Writer repeats at the top of each page the table runs onto.
 */
function reportHtml(base, { filler = 0, repeatHeader = false } = {}) {
  const report = reports[base];
  const blocks = reportBlocks({ version: report.version, values: valuesOf(report), title: report.title });
  const body = [];
  for (const block of blocks) {
    if ('paragraph' in block) {
      if (block.paragraph.startsWith('三、') && filler > 0) {
        for (let i = 0; i < filler; i++) body.push(`<p class="body">${'本单位持续推进政务公开标准化规范化建设，完善工作机制，提升公开质量。'.repeat(2)}</p>`);
      }
      body.push(`<p class="${block.style ?? 'body'}">${escape(block.paragraph)}</p>`);
      continue;
    }
    body.push(tableHtml(block.table, repeatHeader && block.table.id === 't3' ? 3 : 0));
  }
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escape(report.title ?? '')}</title>
<style>
body { font-family: "Noto Serif CJK SC"; font-size: 12pt; }
p.title { text-align: center; font-size: 20pt; font-weight: bold; }
p.heading { font-weight: bold; }
p.body { text-indent: 2em; }
td { font-size: 9pt; }
</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

function tableHtml(table, headerRows) {
  const covered = new Set();
  const spans = new Map();
  for (const m of table.merges) {
    spans.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const text = new Map(table.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const rows = [];
  for (let r = 1; r <= table.height; r++) {
    const cells = [];
    for (let c = 1; c <= table.width; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const m = spans.get(key);
      const cell = text.get(key);
      const attrs = m ? `${m.bottom > m.top ? ` rowspan="${m.bottom - m.top + 1}"` : ''}${m.right > m.left ? ` colspan="${m.right - m.left + 1}"` : ''}` : '';
      const align = cell?.role === 'value' ? ' align="center"' : '';
      cells.push(`<td${attrs}${align}>${escape(cell?.text ?? '')}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  const head = headerRows > 0 ? `<thead>${rows.slice(0, headerRows).join('')}</thead>` : '';
  return `<table border="1" cellspacing="0" cellpadding="3" width="100%">${head}<tbody>${rows.slice(headerRows).join('')}</tbody></table>`;
}

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
  'report-2021': reportHtml('clean-2021'),
  'report-2019': reportHtml('clean-2019'),
  'report-t3-split': reportHtml('clean-2021', { filler: 14 }),
  'report-t3-split-header': reportHtml('clean-2021', { filler: 14, repeatHeader: true }),
  // Ten pages, as a long report runs (for the speed measured by `npm run bench`).
  'report-10-pages': reportHtml('clean-2021', { filler: 128 }),
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

if (!wanted('scanned-2021.pdf')) process.exit(0);
// A scan: the document's second page (表三) as a grey picture at 100 dpi, the only thing on a
// page of a Writer document (Draw, which would take the picture alone, is not installed here).
const png = join(work, 'scanned-2021');
const render = spawnSync('pdftoppm', ['-r', '100', '-gray', '-png', '-f', '2', '-l', '2', '-singlefile', join(out, 'report-2021.pdf'), png]);
if (render.status !== 0) throw new Error(`pdftoppm: ${render.stderr}`);
const scan = join(work, 'scanned-2021.html');
writeFileSync(scan, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p><img src="scanned-2021.png" width="640"></p></body></html>`);
toPdf(scan, 'scanned-2021.pdf', 'writer_pdf_Export');
