#!/usr/bin/env node
// Builds the generated fixtures in fixtures/ from the readable sources in fixtures/src/:
// reports.json (the numbers of each report) and cases.json (how each fixture lays a report out,
// what it changes, and which findings it must produce). Run `npm run fixtures` after changing them.
// Files written by real office software live in fixtures/real/ and are not touched here.
// `--out DIR` writes them elsewhere (the test that checks the committed ones are up to date).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { T3_COLUMNS, T4_OUTCOMES, t2Layout } from '../dist/spec/tables.js';
import { table2Plan, table3Plan, table4Plan, HEADINGS } from '../dist/template/layout.js';
import { placeTable } from '../dist/template/document.js';
import { writeWorkbook } from '../dist/template/write.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'fixtures', 'src');
const reports = JSON.parse(await readFile(join(src, 'reports.json'), 'utf8'));
const { cases } = JSON.parse(await readFile(join(src, 'cases.json'), 'utf8'));

/** Row-by-row values of reports.json → canonical keys. */
function valuesOf(report) {
  const values = {};
  for (const [row, list] of Object.entries(report.t3 ?? {})) {
    list.forEach((v, i) => (values[`t3.${row}.${T3_COLUMNS[i].id}`] = v));
  }
  for (const [block, list] of Object.entries(report.t4 ?? {})) {
    list.forEach((v, i) => (values[`t4.${block}.${T4_OUTCOMES[i].id}`] = v));
  }
  for (const section of t2Layout(report.version)) {
    for (const row of section.rows) {
      const list = report.t2?.[row.id] ?? [];
      section.columns.forEach((c, i) => (values[`t2.${row.id}.${c.id}`] = list[i] ?? 0));
    }
  }
  return values;
}

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
    t2: table2Plan(spec.t2Version ?? version),
    t3: table3Plan(version, spec.t3 ?? {}),
    t4: table4Plan(),
  };
  const order = (layout.order ?? ['t2', 't3', 't4']).filter((t) => !(spec.omitTables ?? []).includes(t));
  const title = spec.title === undefined ? report.title : spec.title;
  const options = { version, values, formulas: Boolean(spec.formulas) };
  const offset = layout.offset ?? [0, 0];

  const placeInto = (sheet, table, top, left) => {
    sheet.cells.push({ row: top, col: left, value: HEADINGS[table], role: 'heading' });
    const placed = placeTable(plans[table], top + 1, left, options);
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
      row = placeInto(sheet, table, row, col) + (layout.gap ?? 1) + 1;
      if (spec.duplicateT3 && table === 't3') {
        sheet.cells.push({ row, col, value: '上一年度数据（供对照）', role: 'heading' });
        row = placeInto(sheet, 't3', row + 1, col) + 2;
      }
    }
    sheets = [sheet];
  }
  for (const sheet of sheets) {
    for (const cell of sheet.cells) {
      if (typeof cell.value === 'string' && cell.role !== 'value' && cell.role !== 'title') cell.value = relabel(cell.value);
      if (spec.numbersAsText && cell.role === 'value' && typeof cell.value === 'number') cell.value = String(cell.value);
      if (cell.role === 'value' && cell.value && typeof cell.value === 'object' && spec.formulasWithoutResults) {
        cell.value = { formula: cell.value.formula };
      }
    }
    if (spec.merges === false) sheet.merges = [];
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

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args.splice(outIndex, 2)[1] : join(root, 'fixtures');

async function buildCase(spec) {
  const path = join(outDir, spec.file);
  await mkdir(dirname(path), { recursive: true });
  if (spec.bytes) return writeFile(path, await rawBytes(spec.bytes));
  const doc = { sheets: buildSheets(spec), ...(spec.columnValidations ? { columnValidations: spec.columnValidations } : {}) };
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
  throw new Error(`unknown bytes kind ${kind}`);
}

const only = args;
const selected = only.length ? cases.filter((c) => only.some((o) => c.file.includes(o))) : cases;
if (!only.length) await rm(join(outDir, 'generated'), { recursive: true, force: true });
for (const spec of selected) await buildCase(spec);
console.log(`built ${selected.length} fixtures in ${outDir}`);
