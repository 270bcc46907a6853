#!/usr/bin/env node
// Speed and memory of a batch check, as a supervisor runs it (issue 17):
//   npm run bench                 1,000 workbooks, 200 Word documents, 200 web pages, then the PDFs
//   npm run bench -- --files 10000 --jobs 2 --keep
//   npm run bench -- --pdf-only   the PDFs alone
// Generates realistic workbooks (both formats, several layouts, some with errors) in a temporary
// folder, then times `xxgk-check --format json FOLDER` and the text report, one workbook alone (Node's start included),
// and reports files per second and peak memory (the process's VmHWM, worker threads included).
// The floor is measured in the same run: the same workbooks' zip directories read, their sheets
// inflated and their cells scanned, in this process, one after another — what no check can go
// below. Each figure is printed as a ratio to the floor (a single workbook's to a bare `node -e 0`),
// and the targets are ratios, so a noisy or slower machine changes the figures, not the verdict.
// Then, per format, the work of checking one report once Node has started (warm, median of 20):
// the generated fixtures of each format and, where ../shared/real-reports is present, the real ones.
// Then how a file's cost falls as V8 optimises the check, in a fresh process, per format.
// PDFs (LibreOffice's 10-page report, and the real reports of ../shared/real-reports when there):
// each read and checked on one core, as a batch's worker does, CPU time per file and per page.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { T3_COLUMNS, T4_OUTCOMES, t2Layout } from '../dist/spec/tables.js';
import { placeReport, placeTable } from '../dist/template/document.js';
import { table2Plan, table3Plan, table4Plan, HEADINGS } from '../dist/template/layout.js';
import { writeWorkbook } from '../dist/template/write.js';
import { checkFile } from '../dist/node/check-file.js';
import { entryData, readZipDirectory } from '../dist/read/zip/directory.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const files = Number(arg('files', 1000));
const jobs = arg('jobs');
const keep = process.argv.includes('--keep');
const DISTINCT = 48;
const cores = Number(jobs ?? availableParallelism());
/**
 * The targets of issue 17 were set on a 2-core machine whose floor was 0.23 ms of CPU a workbook.
 * As CPU a file, all threads counted, against the floor — a measure a loaded machine barely moves:
 * 2,000 workbooks/s on two cores is 1 ms of CPU a workbook = 4.3 floors; 1,000 documents/s is 8.7
 * floors a document; 50 PDFs/s is 174 floors a PDF. One workbook is judged by its CPU time against a
 * bare `node -e 0`'s (its wall time is shown too).
 */
const REFERENCE_FLOOR_MS = 0.23;
const REFERENCE_CORES = 2;
const TARGET = { workbooksPerS: 2000, documentsPerS: 1000, pdfsPerS: 50, singleToBareNode: 2, peakMb: 300 };
/** Output past this many characters is not kept: only its end, where a JSON report's summary is. */
const KEPT_OUTPUT = 1 << 20;
const floorsFor = (perS) => (REFERENCE_CORES * 1000) / perS / REFERENCE_FLOOR_MS;

let seed = 20240131;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
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
  // The agency is named by the file, not the title: the copies of the 48 are then 1,000 (or 100,000)
  // agencies, as a province's folder is, not 48 agencies each reporting a year twenty times over.
  const title = `${year}年政府信息公开工作年度报告`;
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
const DOCUMENTS = Number(arg('documents', 200));
const bin = join(root, 'bin', 'xxgk-check.js');
const figures = [];
const dir = pdfOnly ? '' : await mkdtemp(join(tmpdir(), 'xxgk-bench-'));
let floorMs;
if (!pdfOnly)
  try {
    process.stdout.write(`generating ${files} workbooks (${DISTINCT} distinct) in ${dir} … `);
    const made = [];
    const all = [];
    const books = join(dir, 'workbooks');
    await mkdir(books);
    for (let i = 0; i < Math.min(DISTINCT, files); i++) {
      const path = join(books, `某某县第${i}局.xlsx`);
      await writeFile(path, await writeWorkbook(workbook(i)));
      made.push(path);
    }
    all.push(...made);
    for (let i = made.length; i < files; i++) {
      const sub = join(books, `d${Math.floor(i / 1000)}`);
      if (i % 1000 === 0 || i === made.length) await mkdir(sub, { recursive: true });
      const path = join(sub, `某某县第${i}局.xlsx`);
      await copyFile(made[i % DISTINCT], path);
      all.push(path);
    }
    // Word documents and web pages: copies of the fixtures, each folder checked as a batch.
    const documentSets = {
      docx: ['fixtures/generated/docx/clean-2021.docx', 'fixtures/generated/docx/clean-2019.docx', 'fixtures/real/libreoffice/clean-2021.docx', 'fixtures/generated/docx/wps.docx'],
      html: ['fixtures/generated/html/cms-2021.html', 'fixtures/generated/html/clean-2021.html', 'fixtures/generated/html/word-2020.htm', 'fixtures/generated/html/br-labels-2019.html'],
    };
    for (const [kind, sources] of Object.entries(documentSets)) {
      await mkdir(join(dir, kind));
      for (let i = 0; i < DOCUMENTS; i++) {
        const source = sources[i % sources.length];
        await copyFile(join(root, source), join(dir, kind, `d${String(i).padStart(5, '0')}${source.slice(source.lastIndexOf('.'))}`));
      }
    }
    console.log('done');

    floorMs = await floor(all);
    const bareRuns = await runs(5, () => timed(['-e', '0']));
    const batch = await timed([bin, '--format', 'json', ...(jobs ? ['--jobs', jobs] : []), books]);
    // The same with the text report a supervisor reads: no values carried, a closing table of every file.
    const textBatch = await timed([bin, ...(jobs ? ['--jobs', jobs] : []), books]);
    // The same in the batch's own thread: no worker to start, warm up or send outcomes from.
    const inThread = await timed([bin, '--format', 'json', '--jobs', '1', books]);
    const report = { summary: summaryOf(batch.stdout) };
    const singleRuns = await runs(5, () => timed([bin, made[1]]));
    const [bare, single] = [bareRuns, singleRuns].map((r) => middle(r.map((x) => x.seconds)));
    const [bareCpu, singleCpu] = [bareRuns, singleRuns].map((r) => (r[0].cpuMs === undefined ? undefined : middle(r.map((x) => x.cpuMs))));
    const documents = {};
    for (const kind of Object.keys(documentSets)) {
      const run = await timed([bin, '--format', 'json', ...(jobs ? ['--jobs', jobs] : []), join(dir, kind)]);
      documents[kind] = { ...run, checked: summaryOf(run.stdout).checked };
    }

    const rate = files / batch.seconds;
    const cpu = (run, n) => (run.cpuMs === undefined ? '' : `, ${(run.cpuMs / n).toFixed(2)} ms of CPU each`);
    console.log(`floor:  ${floorMs.toFixed(3)} ms of CPU a workbook (zip directory read, sheets inflated, cells scanned; ${files} files in this process, best of 3)`);
    console.log(
      `batch:  ${files} workbooks in ${batch.seconds.toFixed(2)} s = ${rate.toFixed(0)} workbooks/s on ${cores} cores${cpu(batch, files)}; peak memory ${batch.peakMb.toFixed(0)} MB; exit ${batch.code}`,
    );
    console.log(`        ${report.summary.checked} checked, ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.unreadable} not checked`);
    console.log(
      `        the text report: ${files} workbooks in ${textBatch.seconds.toFixed(2)} s = ${(files / textBatch.seconds).toFixed(0)}/s${cpu(textBatch, files)}; peak memory ${textBatch.peakMb.toFixed(0)} MB`,
    );
    console.log(`        in one thread (--jobs 1): ${files} workbooks in ${inThread.seconds.toFixed(2)} s = ${(files / inThread.seconds).toFixed(0)}/s${cpu(inThread, files)}`);
    const cpuOf = (ms) => (ms === undefined ? '' : ` (${ms} ms of CPU)`);
    console.log(`single: one workbook in ${single.toFixed(3)} s${cpuOf(singleCpu)}, a bare \`node -e 0\` in ${bare.toFixed(3)} s${cpuOf(bareCpu)} (medians of 5)`);
    for (const [kind, run] of Object.entries(documents)) {
      console.log(
        `${kind.padEnd(6)}: ${DOCUMENTS} documents in ${run.seconds.toFixed(2)} s = ${(DOCUMENTS / run.seconds).toFixed(0)}/s${cpu(run, DOCUMENTS)}; ${run.checked} checked; peak memory ${run.peakMb.toFixed(0)} MB`,
      );
    }
    const perFormat = await formatTimes();
    for (const { label, ms } of perFormat) console.log(`format: ${label.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms of work (${(ms / floorMs).toFixed(0)} floors)`);
    const warmUps = [
      ['workbooks', all.slice(0, 2 * DISTINCT), 2000],
      ...Object.keys(documentSets).map((kind) => [
        kind,
        readdirSync(join(dir, kind))
          .sort()
          .slice(0, 8)
          .map((f) => join(dir, kind, f)),
        1000,
      ]),
    ];
    for (const [kind, paths, checks] of warmUps) {
      const windows = await warmUp(paths, checks);
      const steady = windows.at(-1).ms;
      console.log(
        `warm-up: ${kind.padEnd(9)} ${windows.map((w) => `files ${w.from}–${w.to} ${w.ms.toFixed(2)}`).join(', ')} ms of CPU each (one process; the last is ${(steady / floorMs).toFixed(1)} floors)`,
      );
    }

    // Judged by CPU a file where it can be measured (Linux), else by wall time a file on `cores` cores.
    const perFile = (run, n) => (run.cpuMs !== undefined ? run.cpuMs / n : (run.seconds * 1000 * cores) / n) / floorMs;
    figures.push(
      {
        name: 'batch of workbooks',
        value: `${rate.toFixed(0)}/s`,
        ratio: perFile(batch, files),
        target: floorsFor(TARGET.workbooksPerS),
        unit: 'floors a workbook',
        goal: `${TARGET.workbooksPerS}/s`,
      },
      {
        name: 'one workbook',
        value: `${single.toFixed(3)} s`,
        ratio: bareCpu && singleCpu ? singleCpu / bareCpu : single / bare,
        target: TARGET.singleToBareNode,
        unit: `× node -e 0 (wall ${(single / bare).toFixed(2)}×)`,
        goal: `≤ ${TARGET.singleToBareNode}× node -e 0`,
      },
      ...Object.entries(documents).map(([kind, run]) => ({
        name: `batch of .${kind}`,
        value: `${(DOCUMENTS / run.seconds).toFixed(0)}/s`,
        ratio: perFile(run, DOCUMENTS),
        target: floorsFor(TARGET.documentsPerS),
        unit: 'floors a document',
        goal: `${TARGET.documentsPerS}/s`,
      })),
      // Judged only where the batch was the issue's 100,000 (`--files 100000`); smaller ones are shown.
      // The higher of the two reports' peaks: a supervisor may ask for either.
      {
        name: 'peak memory',
        value: `${Math.max(batch.peakMb, textBatch.peakMb).toFixed(0)} MB (JSON ${batch.peakMb.toFixed(0)}, text ${textBatch.peakMb.toFixed(0)})`,
        ratio: Math.max(batch.peakMb, textBatch.peakMb),
        target: TARGET.peakMb,
        unit: `MB for ${files} workbooks`,
        goal: `< ${TARGET.peakMb} MB for 100,000`,
        judged: files >= 100_000,
      },
    );
  } finally {
    if (keep) console.log(`kept ${dir}`);
    else if (dir) await rm(dir, { recursive: true, force: true });
  }
const pdfs = await benchPdfs();
if (floorMs !== undefined) {
  // Each worker checks one PDF after another: a core's rate is 1000 / (warm ms) PDFs a second.
  const warm = pdfs.files.map((f) => f.warm);
  const mean = warm.reduce((a, b) => a + b, 0) / warm.length;
  figures.push({
    name: 'PDFs (warm, one core each)',
    value: `${((cores * 1000) / mean).toFixed(0)}/s`,
    ratio: mean / floorMs,
    target: floorsFor(TARGET.pdfsPerS),
    unit: 'floors a PDF',
    goal: `${TARGET.pdfsPerS}/s`,
  });
  console.log('');
  console.log(
    `issue 17's targets, in CPU a file against this run's floor (${floorMs.toFixed(3)} ms a workbook; the targets were set where it was ${REFERENCE_FLOOR_MS} ms on ${REFERENCE_CORES} cores):`,
  );
  for (const f of figures) {
    const verdict = f.judged === false ? 'not judged (run --files 100000)' : f.ratio <= f.target ? 'met' : 'MISSED';
    console.log(
      `  ${f.name.padEnd(30)} ${f.value.padStart(9)}  ${f.ratio.toFixed(f.ratio < 10 ? 2 : 0).padStart(7)} ${f.unit.padEnd(24)} target ≤ ${f.target.toFixed(f.target < 10 ? 2 : 0)} (${f.goal}): ${verdict}`,
    );
  }
}

/**
 * The floor: every workbook's zip directory read, its worksheets (and shared strings) inflated and
 * their cells counted, in this process, one file after another — the least any check has to do.
 * Milliseconds a workbook, the best of three passes after one to warm up.
 */
async function floor(paths) {
  let cells = 0;
  const pass = async () => {
    const start = process.cpuUsage();
    for (const path of paths) {
      const bytes = await readFile(path);
      const directory = readZipDirectory(bytes);
      if (!directory.ok) throw new Error(`bench: ${path}: ${directory.reason}`);
      for (const entry of directory.entries) {
        if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(entry.name)) continue;
        const raw = entryData(bytes, entry);
        const xml = entry.method === 8 ? inflateRawSync(raw) : raw;
        // `<c ` opens a cell: bytes 0x3c 0x63 0x20.
        for (let at = xml.indexOf(0x3c); at >= 0; at = xml.indexOf(0x3c, at + 1)) if (xml[at + 1] === 0x63 && xml[at + 2] === 0x20) cells++;
      }
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / paths.length;
  };
  await pass();
  const runs = [await pass(), await pass(), await pass()];
  if (cells === 0) throw new Error('bench: the floor found no cells');
  return Math.min(...runs);
}

/** n runs of `f`, one after another. */
async function runs(n, f) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await f());
  return out;
}

/** The median of a list of numbers. */
function middle(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

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
    console.log(
      `        ${f.path.split('/').pop()}: ${n} pages, first ${f.first.toFixed(0)} ms, then ${f.warm.toFixed(0)} ms (${(f.warm / Math.max(1, n)).toFixed(0)} ms a page) of CPU; ${f.problem ?? `${f.errors} errors`}`,
    );
  }
  const ten = out.files[0];
  console.log(`        peak memory ${run.peakMb.toFixed(0)} MB`);
  console.log(`targets: ${ten.warm < 500 ? 'met' : 'MISSED'}: a 10-page report in ≤ 0.5 s of work on one core (${ten.warm.toFixed(0)} ms)`);
  return out;
}

/**
 * How a file's cost falls as V8 compiles the check: a fresh process checks `checks` files one after
 * another (cycling through `paths`), and the CPU a file (every thread: the compiler's and the
 * collector's too) is given for windows of the run. Each batch worker starts as cold as this process;
 * the last window is what a file costs once the code is optimised.
 */
async function warmUp(paths, checks) {
  const windows = [1, 51, 201, 501, 1001].filter((from) => from < checks).map((from, i, all) => ({ from, to: (all[i + 1] ?? checks + 1) - 1 }));
  const child = `
    const { checkFile } = await import(${JSON.stringify(join(root, 'dist', 'node', 'check-file.js'))});
    const paths = ${JSON.stringify(paths)};
    const windows = ${JSON.stringify(windows)};
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const out = [];
    for (const w of windows) {
      const start = cpu();
      for (let i = w.from; i <= w.to; i++) await checkFile(paths[(i - 1) % paths.length]);
      out.push({ ...w, ms: (cpu() - start) / (w.to - w.from + 1) });
    }
    console.log(JSON.stringify(out));`;
  const run = await timed(['--input-type=module', '-e', child]);
  if (run.code !== 0) throw new Error(`bench: the warm-up run failed (exit ${run.code})`);
  return JSON.parse(run.stdout);
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

/**
 * CPU time (user and system, every thread) of this process's finished children, from Linux's
 * /proc/self/stat (cutime and cstime, in clock ticks of 10 ms); undefined elsewhere.
 */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** The summary at the end of a JSON report: the report itself may be more than a string can hold (100,000 files with their values are 2.6 GB). */
function summaryOf(tail) {
  return JSON.parse(/"summary": (\{[^]*\})\n\}\n$/.exec(tail)[1]);
}

/** Runs node with args; wall time, CPU time, stdout (its last megabyte), and the process's peak resident memory from /proc. */
function timed(args) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const cpuBefore = childrenCpuMs();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peakKb = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.length > 2 * KEPT_OUTPUT) stdout = stdout.slice(-KEPT_OUTPUT);
    });
    const poll = setInterval(async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const hwm = /VmHWM:\s+(\d+)/.exec(status);
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    }, 25);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      done({ code, stdout, seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuMs, peakMb: peakKb / 1024 });
    });
  });
}
