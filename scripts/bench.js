#!/usr/bin/env node
// Speed and memory of a batch check, as a supervisor runs it:
//   npm run bench                 1,000 workbooks, then the PDFs
//   npm run bench -- --files 10000 --jobs 2 --keep
//   npm run bench -- --pdf-only   the PDFs alone
// Generates realistic workbooks (both formats, several layouts, some with errors) in a temporary
// folder, then times `xxgk-check --format json FOLDER` and one workbook alone (Node's start included),
// and reports files per second and peak memory (the process's VmHWM, worker threads included).
// Then, per format, the work of checking one report once Node has started (warm, median of 20):
// the generated fixtures of each format and, where ../shared/real-reports is present, the real ones.
// PDFs (LibreOffice's 10-page report, and the real reports of ../shared/real-reports when there):
// each read and checked on one core, as a batch's worker does, CPU time per file and per page.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { T3_COLUMNS, T4_BLOCKS, T4_OUTCOMES, t2Layout } from '../dist/spec/tables.js';
import { placeReport, placeTable } from '../dist/template/document.js';
import { table2Plan, table3Plan, table4Plan, HEADINGS } from '../dist/template/layout.js';
import { writeWorkbook } from '../dist/template/write.js';
import { checkFile } from '../dist/node/check-file.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const files = Number(arg('files', 1000));
const jobs = arg('jobs');
const keep = process.argv.includes('--keep');
const DISTINCT = 48;

let seed = 20240131;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const int = (n) => Math.floor(random() * n);

/** A report's values: consistent, unless `broken`, when one cell is off by one. */
function values(version, broken) {
  const values = {};
  const sources = JSON.parse(readFileSync(join(root, 'fixtures', 'src', 'reports.json')));
  const base = sources[version === '2021' ? 'clean-2021' : 'clean-2019'];
  const scale = 1 + int(5);
  for (const [row, list] of Object.entries(base.t3)) list.forEach((v, i) => (values[`t3.${row}.${T3_COLUMNS[i].id}`] = v * scale));
  for (const [block, list] of Object.entries(base.t4)) list.forEach((v, i) => (values[`t4.${block}.${T4_OUTCOMES[i].id}`] = v * scale));
  for (const section of t2Layout(version)) {
    for (const row of section.rows) section.columns.forEach((c, i) => (values[`t2.${row.id}.${c.id}`] = (base.t2[row.id]?.[i] ?? 0) * scale));
  }
  if (broken) values['t3.granted.natural'] += 1;
  return values;
}

function workbook(i) {
  const version = i % 3 === 0 ? '2019' : '2021';
  const year = version === '2019' ? 2020 : 2022 + (i % 3);
  const title = `某某县第${i}局${year}年政府信息公开工作年度报告`;
  const v = values(version, i % 4 === 0);
  const layout = i % 4;
  if (layout < 2) return { sheets: [placeReport({ version, values: v, title, formulas: layout === 1 })] };
  const plans = { t2: table2Plan(version), t3: table3Plan(version), t4: table4Plan() };
  return {
    sheets: ['t2', 't3', 't4'].map((t) => {
      const placed = placeTable(plans[t], 3 + layout, 2, { version, values: v });
      return { name: t, cells: [{ row: 1 + layout, col: 2, value: HEADINGS[t], role: 'heading' }, ...placed.cells], merges: placed.merges };
    }),
  };
}


const pdfOnly = process.argv.includes('--pdf-only');
const dir = pdfOnly ? '' : await mkdtemp(join(tmpdir(), 'xxgk-bench-'));
if (!pdfOnly) try {
  process.stdout.write(`generating ${files} workbooks (${DISTINCT} distinct) in ${dir} … `);
  const made = [];
  for (let i = 0; i < Math.min(DISTINCT, files); i++) {
    const path = join(dir, `b${String(i).padStart(5, '0')}.xlsx`);
    await writeFile(path, await writeWorkbook(workbook(i)));
    made.push(path);
  }
  for (let i = made.length; i < files; i++) {
    const sub = join(dir, `d${Math.floor(i / 1000)}`);
    if (i % 1000 === 0 || i === made.length) await mkdir(sub, { recursive: true });
    await copyFile(made[i % DISTINCT], join(sub, `c${String(i).padStart(5, '0')}.xlsx`));
  }
  console.log('done');

  const batch = await timed([join(root, 'bin', 'xxgk-check.js'), '--format', 'json', ...(jobs ? ['--jobs', jobs] : []), dir]);
  const report = JSON.parse(batch.stdout);
  const single = [];
  for (let i = 0; i < 5; i++) single.push((await timed([join(root, 'bin', 'xxgk-check.js'), made[1]])).seconds);
  single.sort((a, b) => a - b);

  const rate = files / batch.seconds;
  console.log(`batch:  ${files} workbooks in ${batch.seconds.toFixed(2)} s = ${rate.toFixed(0)} workbooks/s; peak memory ${batch.peakMb.toFixed(0)} MB; exit ${batch.code}`);
  console.log(`        ${report.summary.checked} checked, ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.unreadable} not checked`);
  console.log(`single: one workbook in ${single[2].toFixed(3)} s (median of 5, Node's start included)`);
  const perFormat = await formatTimes();
  for (const { label, ms } of perFormat) console.log(`format: ${label.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms of work`);
  const documents = perFormat.filter((f) => /\.(docx|html?|txt|md)$/.test(f.label));
  const targets = [
    ['≥ 450 workbooks/s', rate >= 450],
    ['peak memory < 300 MB', batch.peakMb < 300],
    ['one workbook < 0.5 s', single[2] < 0.5],
    ['a .docx, web page or text ≤ 20 ms', documents.every((f) => f.ms <= 20)],
  ];
  console.log(`targets: ${targets.map(([t, ok]) => `${ok ? 'met' : 'MISSED'}: ${t}`).join('; ')}`);
} finally {
  if (keep) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
await benchPdfs();

/**
 * PDFs read and checked in a child process, one file after another on one thread: the first read
 * (loading PDF.js, about 0.3 s, is timed apart) and the median of five more, in CPU time (the
 * reader's work, whatever else the machine runs); the child's peak memory.
 */
async function benchPdfs() {
  const shared = join(root, '..', 'shared', 'real-reports');
  const pdfs = [
    join(root, 'fixtures', 'real', 'libreoffice', 'report-10-pages.pdf'),
    ...['hongze-2023.pdf', 'hongze-2024.pdf', 'huaian-2024.pdf'].map((f) => join(shared, f)).filter((f) => existsSync(f)),
  ];
  const child = `
    const { loadNodePdfEngine } = await import(${JSON.stringify(join(root, 'dist', 'node', 'pdfjs.js'))});
    const { checkFile } = await import(${JSON.stringify(join(root, 'dist', 'node', 'check-file.js'))});
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const { readFileSync } = await import('node:fs');
    let t = cpu();
    const engine = await loadNodePdfEngine();
    const out = { load: cpu() - t, files: [] };
    const pagesOf = async (path) => {
      const task = engine.getDocument({ ...engine.params, data: new Uint8Array(readFileSync(path)), isEvalSupported: false, verbosity: 0 });
      const n = (await task.promise).numPages;
      await task.destroy();
      return n;
    };
    for (const path of ${JSON.stringify(pdfs)}) {
      const runs = [];
      let result;
      for (let i = 0; i < 6; i++) { t = cpu(); result = await checkFile(path); runs.push(cpu() - t); }
      const warm = runs.slice(1).sort((a, b) => a - b)[2];
      out.files.push({ path, pages: await pagesOf(path), first: runs[0], warm, errors: result.findings.filter((f) => f.severity === 'error').length, problem: result.problem?.code });
    }
    console.log(JSON.stringify(out));`;
  const run = await timed(['--input-type=module', '-e', child]);
  const out = JSON.parse(run.stdout);
  console.log(`pdf:    PDF.js loaded in ${out.load.toFixed(0)} ms of CPU (once per process or worker)`);
  for (const f of out.files) {
    const n = f.pages;
    console.log(`        ${f.path.split('/').pop()}: ${n} pages, first ${f.first.toFixed(0)} ms, then ${f.warm.toFixed(0)} ms (${(f.warm / Math.max(1, n)).toFixed(0)} ms a page) of CPU; ${f.problem ?? `${f.errors} errors`}`);
  }
  const ten = out.files[0];
  console.log(`        peak memory ${run.peakMb.toFixed(0)} MB`);
  console.log(`targets: ${ten.warm < 500 ? 'met' : 'MISSED'}: a 10-page report in ≤ 0.5 s of work on one core (${ten.warm.toFixed(0)} ms)`);
}

/** One report of each format checked in this process, warm: the median of 20 runs, in ms. */
async function formatTimes() {
  const real = join(root, '..', 'shared', 'real-reports');
  const candidates = [
    'fixtures/clean-2021.xlsx',
    'fixtures/generated/text/clean-2021.txt',
    'fixtures/generated/docx/clean-2021.docx',
    'fixtures/real/libreoffice/clean-2021.docx',
    'fixtures/generated/html/cms-2021.html',
    'fixtures/generated/html/word-2020.htm',
  ].map((p) => ({ label: p, path: join(root, p), optional: false }));
  for (const name of ['jining-renshe-2020.txt', 'shuyang-fagaiju-2023.html']) {
    candidates.push({ label: `../shared/real-reports/${name}`, path: join(real, name), optional: true });
  }
  const out = [];
  for (const { label, path, optional } of candidates) {
    if (!existsSync(path)) {
      if (optional) continue;
      throw new Error(`bench: ${label} is missing (renamed fixture?)`);
    }
    const times = [];
    for (let i = 0; i < 23; i++) {
      // CPU time, not wall time: the work of the check, whatever else the machine is running.
      const start = process.cpuUsage();
      await checkFile(path);
      const used = process.cpuUsage(start);
      if (i >= 3) times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    out.push({ label, ms: times[Math.floor(times.length / 2)] });
  }
  return out;
}

/** Runs node with args; wall time, stdout, and the process's peak resident memory from /proc. */
function timed(args) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peakKb = 0;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const poll = setInterval(async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const hwm = /VmHWM:\s+(\d+)/.exec(status);
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    }, 25);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      done({ code, stdout, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMb: peakKb / 1024 });
    });
  });
}
