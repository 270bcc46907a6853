// The report as a web page: its paragraphs, and each table in the official layout with its merges
// as rowspan/colspan (scripts/lib/report-blocks.js), for LibreOffice Writer to open or a browser to
// print. Used by scripts/make-pdf-fixtures.js.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { T3_COLUMNS, T4_OUTCOMES, t2Layout } from '../../dist/spec/tables.js';
import { reportBlocks } from './report-blocks.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
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
 * The report as a web page: paragraphs, and each table in the official layout. For Writer
 * (`browser` unset) every border is drawn (border="1"); `filler` paragraphs before 表三 push it down
 * the page so that it breaks onto the next; `repeatHeader` puts 表三's three header rows in a
 * <thead>, which Writer repeats at the top of each page the table runs onto. For a browser, the
 * tables are styled: 'borders' (every cell's border), 'row-rules' (a line under each row only),
 * 'unruled' (no line at all, cells set apart by padding).
 * @param {string} base a report of fixtures/src/reports.json
 * @param {{ filler?: number, repeatHeader?: boolean, browser?: 'borders' | 'row-rules' | 'unruled' }} [options]
 */
export function reportPage(base, { filler = 0, repeatHeader = false, browser } = {}) {
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
    body.push(tableHtml(block.table, repeatHeader && block.table.id === 't3' ? 3 : 0, !browser));
  }
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escape(report.title ?? '')}</title>
<style>
body { font-family: "Noto Serif CJK SC"; font-size: 12pt; }
p.title { text-align: center; font-size: 20pt; font-weight: bold; }
p.heading { font-weight: bold; }
p.body { text-indent: 2em; }
td { font-size: 9pt; }
${browser ? BROWSER_STYLES[browser] : ''}
</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

const BROWSER_STYLES = {
  borders: 'table { border-collapse: collapse; width: 100%; } td { border: 1px solid #000; padding: 4px; font-size: 11pt; }',
  'row-rules': 'table { border-collapse: collapse; width: 100%; } td { border-bottom: 1px solid #000; padding: 6px 10px; font-size: 11pt; }',
  unruled: 'td { padding: 6px 12px; font-size: 11pt; }',
};

function tableHtml(table, headerRows, bordered) {
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
  const attrs = bordered ? ' border="1" cellspacing="0" cellpadding="3" width="100%"' : '';
  return `<table${attrs}>${head}<tbody>${rows.slice(headerRows).join('')}</tbody></table>`;
}
