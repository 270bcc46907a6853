#!/usr/bin/env node
// Builds the generated fixtures in fixtures/ from the readable sources in fixtures/src/:
// reports.json (the numbers of each report) and cases.json (how each fixture lays a report out,
// what it changes, and which findings it must produce). Run `npm run fixtures` after changing them.
// Files written by real office software live in fixtures/real/ and are not touched here.
// `--out DIR` writes them elsewhere (the test that checks the committed ones are up to date).
import { valuesOf } from './lib/report-values.js';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table2Plan, table3Plan, table4Plan, HEADINGS } from '../dist/template/layout.js';
import { placeTable } from '../dist/template/document.js';
import { writeWorkbook } from '../dist/template/write.js';
import { entryData, readZipDirectory } from '../dist/read/zip/directory.js';
import { inflateRawSync } from 'node:zlib';
import { makeZip } from './lib/zip.js';
import { repeatingDeflate } from './lib/deflate.js';
import { makePdf, stream, zlibWrap } from './lib/pdf.js';
import { reportBlocks } from './lib/report-blocks.js';
import { writeText } from './lib/write-text.js';
import { writeDocx } from './lib/write-docx.js';
import { writeHtml } from './lib/write-html.js';
import { applyShapes } from './lib/page-shapes.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'fixtures', 'src');
const reports = JSON.parse(await readFile(join(src, 'reports.json'), 'utf8'));
const { cases } = JSON.parse(await readFile(join(src, 'cases.json'), 'utf8'));

const LABEL_STYLES = {
  official: (s) => s,
  halfwidth: (s) => s.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/[“”]/g, '"'),
  'straight-quotes': (s) => s.replace(/[“”]/g, '"'),
  linebreaks: (s) => (s.length >= 4 && !s.startsWith('（本列') ? `${s.slice(0, 2)}\n${s.slice(2)}` : s),
  spaced: (s) => (s.length <= 8 ? [...s].join(' ') : s),
  truncated: (s) => (s === '本年新制作数量' || s === '本年新公开数量' ? '本年新' : s),
  'commas-in-other': (s) => s.replace('逾期不补正、行政机关', '逾期不补正，行政机关').replace('缴纳费用、行政机关', '缴纳费用，行政机关'),
};

function buildSheets(spec) {
  const report = reports[spec.base];
  const version = spec.version ?? report.version;
  const base = valuesOf(report);
  // A region's summary made by hand: every number of the base report times `multiply`.
  if (spec.multiply) for (const key of Object.keys(base)) if (typeof base[key] === 'number') base[key] = Math.round(base[key] * spec.multiply * 1e6) / 1e6;
  const values = { ...base, ...(spec.set ?? {}) };
  const layout = spec.layout ?? {};
  const relabel = LABEL_STYLES[spec.labels ?? 'official'];
  const plans = {
    t2: table2Plan(spec.t2Version ?? version, spec.t2 ?? {}),
    t3: table3Plan(version, spec.t3 ?? {}),
    t4: table4Plan(),
  };
  const order = (layout.order ?? ['t2', 't3', 't4']).filter((t) => !(spec.omitTables ?? []).includes(t));
  const title = spec.title === undefined ? report.title : spec.title;
  const options = { version, values, formulas: Boolean(spec.formulas) };
  const offset = layout.offset ?? [0, 0];

  const placeInto = (sheet, table, top, left, placeOptions = options) => {
    sheet.cells.push({ row: top, col: left, value: HEADINGS[table], role: 'heading' });
    const placed = placeTable(plans[table], top + 1, left, placeOptions);
    sheet.cells.push(...placed.cells);
    sheet.merges.push(...placed.merges);
    return top + 1 + plans[table].height;
  };

  let sheets;
  if (layout.arrangement === 'per-table') {
    sheets = order.map((table) => {
      const sheet = { name: { t2: '表二', t3: '表三', t4: '表四' }[table], cells: [], merges: [] };
      placeInto(sheet, table, 1 + offset[0], 1 + offset[1]);
      return sheet;
    });
  } else {
    const sheet = { name: layout.sheetName ?? '年度报告', cells: [], merges: [], columnWidths: [22, 16, 30, 10, 10, 10, 12, 12, 10, 10] };
    let row = 1 + offset[0];
    const col = 1 + offset[1];
    if (title) {
      sheet.cells.push({ row, col, value: title, role: 'title' });
      row += 2;
    }
    for (const table of order) {
      if (layout.prose) {
        sheet.cells.push({ row, col, value: '本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，现将有关情况报告如下。', role: 'heading' });
        row += 2;
      }
      const top = row;
      row = placeInto(sheet, table, row, col) + (layout.gap ?? 1) + 1;
      if (spec.duplicateT3 === 'beside' && table === 't3') {
        // Last year's 表三 kept to the right of this year's, for comparison; `duplicateSet` changes its values.
        placeInto(sheet, 't3', top, col + plans.t3.width + 1, { ...options, values: { ...values, ...(spec.duplicateSet ?? {}) } });
      } else if (spec.duplicateT3 && table === 't3') {
        sheet.cells.push({ row, col, value: '上一年度数据（供对照）', role: 'heading' });
        row = placeInto(sheet, 't3', row + 1, col) + 2;
      }
    }
    sheets = [sheet];
  }
  for (const sheet of sheets) {
    for (const cell of sheet.cells) {
      if (typeof cell.value === 'string' && cell.role !== 'value' && cell.role !== 'title') cell.value = relabel(cell.value);
      // Notes a province wrote into the labels (Hubei's annotated template, report-format.md §4.3).
      if (typeof cell.value === 'string' && spec.labelNotes?.[cell.value]) cell.value = spec.labelNotes[cell.value];
      if (spec.richText && cell.value !== null && cell.value !== '' && typeof cell.value !== 'object' && cell.role !== 'title') cell.value = richTextOf(String(cell.value));
      if (spec.numbersAsText && cell.role === 'value' && typeof cell.value === 'number') cell.value = String(cell.value);
      if (cell.role === 'value' && cell.value && typeof cell.value === 'object' && spec.formulasWithoutResults) {
        cell.value = { formula: cell.value.formula };
      }
    }
    if (spec.merges === false) sheet.merges = [];
    if (spec.hideRowsOf) sheet.hiddenRows = sheet.cells.filter((c) => spec.hideRowsOf.includes(c.key)).map((c) => c.row);
    if (spec.dropLabels) sheet.cells = sheet.cells.filter((c) => !(c.role === 'header' && spec.dropLabels.includes(c.value)));
    for (const [from, to] of spec.mergeKeys ?? []) {
      const a = sheet.cells.find((c) => c.key === from);
      const b = sheet.cells.find((c) => c.key === to);
      if (a && b) sheet.merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
  }
  if (layout.hiddenSheet) sheets.unshift({ name: '填报说明', hidden: true, cells: [{ row: 1, col: 1, value: '请勿修改表头。', role: 'heading' }], merges: [] });
  return sheets;
}

/** Text as rich text, as Excel saves a cell whose characters carry their own fonts: the first two bold. */
function richTextOf(text) {
  const runs = [{ text: text.slice(0, 2), font: { bold: true } }];
  if (text.length > 2) runs.push({ text: text.slice(2), font: { color: { argb: 'FF1F4E79' } } });
  return { richText: runs };
}

/**
 * A report's web page pasted into a spreadsheet as text: every line of the page a row, its
 * '|'-separated parts in columns from A (as fixtures/src/seed-jining-2020.txt was copied), prose in
 * column A with a blank row after each paragraph. What the paste does to the tables is made here:
 * two-line headers come apart over two or three rows (商业 above 企业, 结果 above 纠正), and the long
 * （六） labels break at 「、」, their second half on the next row with the numbers.
 */
const BROKEN_HEADERS = {
  商业企业: ['商业', '企业'],
  科研机构: ['科研', '机构'],
  社会公益组织: ['社会', '公益', '组织'],
  法律服务机构: ['法律', '服务', '机构'],
  结果维持: ['结果', '维持'],
  结果纠正: ['结果', '纠正'],
  其他结果: ['其他', '结果'],
  尚未审结: ['尚未', '审结'],
};
const LONG_LABEL = /^([12][.．、]申请人.*?、)(行政机关.*)$/;

function webPasteRows(text, split = []) {
  const rows = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) continue; // a note about the source, not part of the page
    const parts = line.split('|').map((p) => p.trim());
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    if (parts.length === 0) continue;
    if (parts.length === 1) {
      rows.push(parts, []);
      continue;
    }
    const broken = parts.map((p) => BROKEN_HEADERS[p] ?? [p]);
    const height = Math.max(...broken.map((b) => b.length));
    if (height > 1) {
      for (let k = 0; k < height; k++) rows.push(broken.map((b) => (b.length > 1 ? (b[k] ?? '') : k === 0 ? b[0] : '')));
      continue;
    }
    if (split.some((label) => parts[0] === label)) {
      // The last number of the row split over two cells, as a careless paste can leave it: 「21」 → 「2」「1」.
      const last = parts.length - 1;
      rows.push([...parts.slice(0, last), parts[last].slice(0, -1), parts[last].slice(-1)]);
      continue;
    }
    const at = parts.findIndex((p) => LONG_LABEL.test(p));
    if (at >= 0) {
      const [, head, tail] = LONG_LABEL.exec(parts[at]);
      rows.push([...parts.slice(0, at), head], [tail, ...parts.slice(at + 1)]);
      continue;
    }
    rows.push(parts);
  }
  return rows;
}

async function webPasteSheets(spec) {
  const rows = webPasteRows(applyShapes(await readFile(join(src, spec.webText), 'utf8'), spec.shapes), spec.splitNumbers);
  const cells = rows.flatMap((parts, r) => parts.flatMap((p, c) => (p === '' ? [] : [{ row: r + 1, col: c + 1, value: /^[+-]?\d+(\.\d+)?$/.test(p) ? Number(p) : p, role: 'value' }])));
  return [{ name: 'Sheet1', cells, merges: [] }];
}

/** A report's page as text (the blocks written as scripts/lib/write-text.js writes a copied page), pasted into a sheet. */
async function pastedSheets(spec) {
  const text = new TextDecoder().decode(await documentBytes({ ...spec, document: 'text' }));
  const rows = webPasteRows(text);
  const cells = rows.flatMap((parts, r) => parts.flatMap((p, c) => (p === '' ? [] : [{ row: r + 1, col: c + 1, value: /^[+-]?\d+(\.\d+)?$/.test(p) ? Number(p) : p, role: 'value' }])));
  return [{ name: 'Sheet1', cells, merges: [] }];
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args.splice(outIndex, 2)[1] : join(root, 'fixtures');

/**
 * Writers of the report as a document, by the case's `document` kind; each takes the blocks of
 * scripts/lib/report-blocks.js and the case's `variant` (how a producer writes it).
 */
const DOCUMENT_WRITERS = {
  text: async (blocks, variant) => writeText(blocks, variant),
  docx: async (blocks, variant) => writeDocx(blocks, variant),
  html: async (blocks, variant) => writeHtml(blocks, variant),
};

/** A case written as a Word document, a web page or text: the same report, values and labels as its workbook would have. */
async function documentBytes(spec) {
  const report = reports[spec.base];
  const version = spec.version ?? report.version;
  const values = { ...valuesOf(report), ...(spec.set ?? {}) };
  const title = spec.title === undefined ? report.title : spec.title;
  const relabel = LABEL_STYLES[spec.labels ?? 'official'];
  const blocks = reportBlocks({ version, values, title, t2: spec.t2 ?? {}, t3: spec.t3 ?? {}, ...(report.prose ? { prose: report.prose } : {}) }).map((block) =>
    'table' in block ? { table: { ...block.table, cells: block.table.cells.map((c) => (c.role === 'value' ? c : { ...c, text: relabel(c.text) })) } } : block,
  );
  return DOCUMENT_WRITERS[spec.document](blocks, spec.variant ?? {});
}

async function buildCase(spec) {
  const path = join(outDir, spec.file);
  await mkdir(dirname(path), { recursive: true });
  if (spec.bytes) return writeFile(path, await rawBytes(spec.bytes));
  if (spec.document && spec.webText) return writeFile(path, applyShapes(await readFile(join(src, spec.webText), 'utf8'), spec.shapes));
  if (spec.document) return writeFile(path, await documentBytes(spec));
  const sheets = spec.webText ? await webPasteSheets(spec) : spec.pasted ? await pastedSheets(spec) : buildSheets(spec);
  const doc = { sheets, ...(spec.columnValidations ? { columnValidations: spec.columnValidations } : {}) };
  await writeFile(path, await writeWorkbook(doc));
}

/** Files that are not workbooks, made from a seeded generator so they are the same every time. */
async function rawBytes(kind) {
  if (kind === 'empty') return Buffer.alloc(0);
  if (kind === 'text') return Buffer.from('这不是一个工作簿，只是改了扩展名的文本文件。\n本年新收,19,0,0\n', 'utf8');
  if (kind === 'random') {
    let state = 20201231;
    return Buffer.from(Array.from({ length: 4096 }, () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
  }
  if (kind === 'truncated') {
    const whole = await writeWorkbook({ sheets: buildSheets({ base: 'clean-2021' }) });
    return whole.subarray(0, Math.floor(whole.length / 2));
  }
  if (HOSTILE[kind]) return HOSTILE[kind]();
  throw new Error(`unknown bytes kind ${kind}`);
}

/** The parts of a workbook exceljs wrote, inflated, in order: to rebuild it with one part changed. */
async function partsOf(spec) {
  const bytes = await writeWorkbook({ sheets: buildSheets(spec) });
  const { entries } = readZipDirectory(bytes);
  return entries.map((e) => ({ name: e.name, data: e.method === 8 ? inflateRawSync(entryData(bytes, e)) : entryData(bytes, e) }));
}

/** The smallest valid workbook: a part list for the given worksheets' XML. */
function minimalWorkbook(sheetXmls) {
  const sheets = sheetXmls.map((xml, i) => ({ n: i + 1, xml }));
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s) => `<Override PartName="/xl/worksheets/sheet${s.n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>${sheets.map((s) => `<sheet name="Sheet${s.n}" sheetId="${s.n}" r:id="rId${s.n}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s) => `<Relationship Id="rId${s.n}" Type="${rel}/worksheet" Target="worksheets/sheet${s.n}.xml"/>`).join('')}</Relationships>`,
    },
    ...sheets.map((s) => ({ name: `xl/worksheets/sheet${s.n}.xml`, data: s.xml })),
  ];
}

const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = '</sheetData></worksheet>';

/** A PDF's catalogue and one-page tree (the page is object 3, its contents object 4, its font object 5). */
const PDF_TOP = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'];
const PDF_FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const pdfPage = (contents) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contents} /Resources << /Font << /F1 5 0 R >> >> >>`;

/**
 * Files made to hurt. Each is small on disk; what it would cost to open is in its comment. The
 * zip directory of the bomb tells the truth about nothing: only inflating shows what it is.
 */
const HOSTILE = {
  /** clean-2021 whose sheet inflates to 2 GiB of spaces, while both headers claim its real size. */
  async 'zip-bomb'() {
    const parts = await partsOf({ base: 'clean-2021' });
    return makeZip(
      parts.map((p) => {
        if (p.name !== 'xl/worksheets/sheet1.xml') return p;
        const xml = p.data.toString('utf8');
        const cut = xml.lastIndexOf('</worksheet>');
        const repeat = 258 * Math.ceil(2 ** 31 / 258);
        return { name: p.name, deflated: repeatingDeflate({ prefix: Buffer.from(`${xml.slice(0, cut)} `), distance: 1, repeat, suffix: Buffer.from('</worksheet>') }), data: p.data };
      }),
    );
  },
  /** clean-2021 whose shared strings declare nested entities: &lol9; would expand to 10^9 “lol”s. */
  async 'billion-laughs'() {
    const parts = await partsOf({ base: 'clean-2021' });
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)];
    return makeZip(
      parts.map((p) =>
        p.name !== 'xl/sharedStrings.xml'
          ? p
          : {
              name: p.name,
              data: p.data
                .toString('utf8')
                .replace('?>', `?><!DOCTYPE sst [${entities.join('')}]>`)
                .replace('<t>申请人情况</t>', '<t>&lol9;</t>'),
            },
      ),
    );
  },
  /** One sheet of 1,000 rows × 1,000 numbers; about 15 MB of XML that compresses 150:1. */
  async 'million-cells'() {
    const row = `<row>${'<c><v>1</v></c>'.repeat(1000)}`;
    const unit = 258 * Math.ceil((row.length + '</row>'.length) / 258);
    const line = `${row}${' '.repeat(unit - row.length - '</row>'.length)}</row>`;
    const parts = minimalWorkbook(['']);
    const sheet = parts.pop();
    const prefix = Buffer.from(`${SHEET_OPEN}${line}`);
    const suffix = Buffer.from(SHEET_CLOSE);
    const repeat = 999 * unit;
    const content = Buffer.concat([prefix, Buffer.from(line.repeat(999)), suffix]);
    return makeZip([...parts, { name: sheet.name, data: content, deflated: repeatingDeflate({ prefix, distance: unit, repeat, suffix }) }]);
  },
  /** 2,000 sheets of one cell each. */
  async 'many-sheets'() {
    return makeZip(minimalWorkbook(Array.from({ length: 2000 }, (_, i) => `${SHEET_OPEN}<row r="1"><c r="A1"><v>${i}</v></c></row>${SHEET_CLOSE}`)));
  },
  /** 5,000 merged ranges, past the limit: exceljs, which writes the annotated copy, checks them pairwise (10,000 took 12 s). */
  async 'many-merges'() {
    const merges = Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
    return makeZip(minimalWorkbook([`${SHEET_OPEN}${SHEET_CLOSE.replace('</sheetData>', `</sheetData><mergeCells count="5000">${merges}</mergeCells>`)}`]));
  },
  /** A one-page PDF whose page's content stream inflates to 2 GiB of spaces (2 MB on disk); PDF.js would inflate it whole. */
  async 'pdf-stream-bomb'() {
    const prefix = Buffer.from('BT /F1 12 Tf 72 720 Td (2023) Tj ET\n ');
    const suffix = Buffer.from('\n');
    const repeat = 258 * Math.ceil(2 ** 31 / 258);
    const content = zlibWrap(repeatingDeflate({ prefix, distance: 1, repeat, suffix }), prefix, 0x20, repeat, suffix);
    return makePdf([...PDF_TOP, pdfPage('4 0 R'), stream('/Filter /FlateDecode', content), PDF_FONT]);
  },
  /** A page whose dictionary holds an array nested 100,000 deep: PDF.js parses nesting by recursion. */
  async 'pdf-deep'() {
    const depth = 100_000;
    return makePdf([...PDF_TOP, pdfPage('4 0 R').replace('>>', `/Nested ${'['.repeat(depth)}${']'.repeat(depth)} >>`), stream('', 'BT /F1 12 Tf 72 720 Td (deep) Tj ET'), PDF_FONT]);
  },
  /** 5,000 pages, each a line of text: far more than any report. */
  async 'pdf-5000-pages'() {
    const count = 5000;
    const kids = Array.from({ length: count }, (_, i) => `${i + 5} 0 R`).join(' ');
    return makePdf([
      PDF_TOP[0],
      `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
      stream('', 'BT /F1 12 Tf 72 720 Td (page) Tj ET'),
      PDF_FONT,
      ...Array.from({ length: count }, () => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>`),
    ]);
  },
  /** The first 60% of a report LibreOffice wrote, as an interrupted download leaves it. */
  async 'pdf-truncated'() {
    const whole = await readFile(join(root, 'fixtures', 'real', 'libreoffice', 'report-2021.pdf'));
    return whole.subarray(0, Math.floor(whole.length * 0.6));
  },
  /** A PDF header and then bytes of nothing. */
  async 'pdf-garbage'() {
    let state = 20240101;
    return Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4096 }, () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 16) & 0xff))]);
  },
  /** A zip of the report as text and CSV: an archive, not a workbook. */
  async 'zip-not-workbook'() {
    return makeZip([
      { name: '年报说明.txt', data: '济宁市人力资源和社会保障局2020年政府信息公开工作年度报告（附表见 CSV）\n' },
      { name: '表三.csv', data: '一、本年新收政府信息公开申请数量,19,0,0,0,0,2,21\n' },
    ]);
  },
};

// `--doc FILE` prints the workbook a case lays out, as JSON (sheets of cells and merges), for
// scripts/write-with-python.py to write the same workbook with openpyxl or xlsxwriter.
// `--csv FILE` prints a web-paste case's rows as CSV, for LibreOffice to import (fixtures/real/README.md).
const csvIndex = args.indexOf('--csv');
if (csvIndex >= 0) {
  const spec = cases.find((c) => c.file === args[csvIndex + 1]);
  const rows = webPasteRows(await readFile(join(src, spec.webText), 'utf8'));
  const quote = (p) => (/[",\n]/.test(p) ? `"${p.replace(/"/g, '""')}"` : p);
  process.stdout.write(rows.map((r) => r.map(quote).join(',')).join('\n') + '\n');
  process.exit(0);
}
const docIndex = args.indexOf('--doc');
if (docIndex >= 0) {
  const spec = cases.find((c) => c.file === args[docIndex + 1]);
  if (!spec) throw new Error(`no case makes ${args[docIndex + 1]}`);
  process.stdout.write(`${JSON.stringify({ sheets: buildSheets(spec) })}\n`);
  process.exit(0);
}

const only = args;
const selected = only.length ? cases.filter((c) => only.some((o) => c.file.includes(o))) : cases;
// Only the folders these cases write: generated/docx (and the like) belong to the format writers' own scripts.
if (!only.length) for (const folder of new Set(cases.map((c) => dirname(c.file)).filter((d) => d.startsWith('generated/')))) await rm(join(outDir, folder), { recursive: true, force: true });
for (const spec of selected) await buildCase(spec);
console.log(`built ${selected.length} fixtures in ${outDir}`);
