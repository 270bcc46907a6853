import type { BatchOutcome } from '../batch/combine.js';
import type { Checked } from '../check.js';
import type { FileProblem } from '../read/problem.js';
import type { Lang } from '../spec/text.js';
import type { Download, FileView, View } from './engine.js';
import { takeFiles, type Given } from './files.js';
import { WorkerFailure, WorkerPool } from './pool.js';
import { sortRows, SORT_COLUMNS, type Direction, type SortColumn } from './sort.js';
import { verdict, WORDS } from './words.js';

/**
 * The offline page: files chosen or dropped are checked in workers (src/app/worker.ts) by the same
 * core as the command line; this module only draws. Findings, sentences and tables are the report
 * modules' own, handed over as text or markup those modules escaped.
 */

/** A file's time limit, as in a command-line batch (src/batch/pool.ts). */
const CHECK_TIMEOUT_MS = 60_000;
const OUTPUT_TIMEOUT_MS = 120_000;

interface Entry {
  path: string;
  file: File;
  checked?: Checked;
}

const state: {
  lang: Lang;
  entries: Entry[];
  skipped: string[];
  /** Files taken from dropped folders rather than chosen one by one. */
  walked: ReadonlySet<string>;
  outcome?: BatchOutcome;
  view?: View;
  summaryIndex: number;
  sort?: { column: SortColumn; direction: Direction };
  shown?: number;
  busy: boolean;
} = { lang: 'zh', entries: [], skipped: [], walked: new Set(), summaryIndex: -1, busy: false };

const source = document.getElementById('xxgk-worker')!.textContent;
const workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
/** The worker's code followed by PDF.js's (src/app/worker-pdf.ts), for workers that meet a PDF. */
const pdfWorkerUrl = () => URL.createObjectURL(new Blob([source, ';\n', document.getElementById('xxgk-pdfjs')!.textContent], { type: 'text/javascript' }));
const pool = new WorkerPool(workerUrl, Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4)), pdfWorkerUrl);

const w = () => WORDS[state.lang];
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** An element with attributes and children (strings become text, never markup). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: (Node | string | undefined | false)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

// ---------------------------------------------------------------------------------------------
// The page's frame: header, how-to, the drop zone. Drawn again when the language changes.

function drawFrame(): void {
  const words = w();
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = words.title;
  $('skip').textContent = words.skipLink;
  $('title').textContent = words.title;
  $('subtitle').textContent = words.subtitle;
  $('languages').setAttribute('aria-label', `${WORDS.zh.language} / ${WORDS.en.language}`);
  for (const button of document.querySelectorAll<HTMLButtonElement>('#languages button')) button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  $('how-title').textContent = words.howTitle;
  $('how-steps').replaceChildren(...words.how.map((step) => h('li', {}, step)));
  $('privacy').textContent = words.privacy;
  $('formats').textContent = words.formats;
  $('drop-text').textContent = words.drop;
  $('drop-or').textContent = words.dropOr;
  $('choose-files').textContent = words.chooseFiles;
  $('choose-folder').textContent = words.chooseFolder;
}

// ---------------------------------------------------------------------------------------------
// Taking files: the file buttons, a drop anywhere on the page, folders too.

function setUpInput(): void {
  const files = $<HTMLInputElement>('files');
  const folder = $<HTMLInputElement>('folder');
  $('choose-files').addEventListener('click', () => files.click());
  $('choose-folder').addEventListener('click', () => folder.click());
  files.addEventListener('change', () => {
    const given: Given<File>[] = [...(files.files ?? [])].map((file) => ({ kind: 'file', path: file.name, file }));
    files.value = '';
    void start(given);
  });
  folder.addEventListener('change', () => {
    const chosen = [...(folder.files ?? [])];
    folder.value = '';
    void start([{ kind: 'folder', files: chosen.map((file) => ({ path: file.webkitRelativePath || file.name, file })) }]);
  });

  const zone = $('drop');
  let depth = 0;
  const active = (on: boolean) => {
    zone.classList.toggle('active', on);
    $('drop-text').textContent = on ? w().dropActive : w().drop;
  };
  document.addEventListener('dragenter', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    depth++;
    active(true);
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) active(false);
  });
  document.addEventListener('dragover', (event) => {
    // Without this the browser would open a file dropped on the page instead of handing it over.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    active(false);
    if (event.dataTransfer) void dropped(event.dataTransfer).then(start);
  });
}

/** What a drop holds: files, and folders walked to every file under them. Entries are taken during the event; they are gone after it. */
async function dropped(transfer: DataTransfer): Promise<Given<File>[]> {
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const taken = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  if (taken.length === 0) return [...transfer.files].map((file) => ({ kind: 'file', path: file.name, file }));
  const given: Given<File>[] = [];
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) given.push({ kind: 'folder', files: await walk(entry as FileSystemDirectoryEntry, entry.name) });
    else if (file) given.push({ kind: 'file', path: file.name, file });
  }
  return given;
}

async function walk(directory: FileSystemDirectoryEntry, path: string): Promise<{ path: string; file: File }[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries hands over a folder's entries a hundred or so at a time, until an empty batch.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const out: { path: string; file: File }[] = [];
  for (const entry of entries) {
    const inner = `${path}/${entry.name}`;
    if (entry.isDirectory) for (const file of await walk(entry as FileSystemDirectoryEntry, inner)) out.push(file);
    else out.push({ path: inner, file: await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checking: every file in the workers, then what the batch adds.

async function start(given: Given<File>[]): Promise<void> {
  if (state.busy || given.length === 0) return;
  const { take, skipped, walked } = takeFiles(given);
  const results = $('results');
  if (take.length === 0) {
    results.replaceChildren(h('p', { class: 'notice', role: 'alert' }, w().noFiles));
    return;
  }
  state.busy = true;
  document.body.dataset.state = 'checking';
  Object.assign(state, {
    entries: take.map((t) => ({ path: t.path, file: t.file })),
    skipped,
    walked: new Set(walked),
    summaryIndex: -1,
    outcome: undefined,
    view: undefined,
    shown: undefined,
    sort: undefined,
  });
  results.replaceChildren();
  const progress = $('progress');
  const bar = $<HTMLProgressElement>('progress-bar');
  const label = $('progress-label');
  progress.hidden = false;
  bar.max = take.length;
  bar.value = 0;
  label.textContent = w().checking(0, take.length);

  let done = 0;
  try {
    await Promise.all(
      state.entries.map(async (entry) => {
        entry.checked = await check(entry);
        done++;
        bar.value = done;
        label.textContent = w().checking(done, take.length);
      }),
    );
    label.textContent = w().combining;
    await combine();
    progress.hidden = true;
    drawResults();
    if (state.entries.length === 1) await showFile(0, true);
    else $('results-title').focus();
    document.body.dataset.state = 'done';
  } catch (error) {
    progress.hidden = true;
    failed(error);
  } finally {
    state.busy = false;
  }
}

/** One file through a worker; a worker stopped for time or memory is the file's problem, worded as on the command line. */
async function check(entry: Entry): Promise<Checked> {
  try {
    return await pool.run('check', { path: entry.path, file: entry.file }, { timeoutMs: CHECK_TIMEOUT_MS });
  } catch (error) {
    if (!(error instanceof WorkerFailure)) throw error;
    const problem: FileProblem = error.reason === 'timeout' ? { code: 'FILE_TIMEOUT', detail: `${CHECK_TIMEOUT_MS} ms` } : { code: 'FILE_TOO_COMPLEX', detail: error.message };
    return { result: { path: entry.path, findings: [], problem } };
  }
}

async function combine(): Promise<void> {
  const { outcome, view } = await pool.run(
    'combine',
    { paths: state.entries.map((e) => e.path), checked: state.entries.map((e) => e.checked!), summaryIndex: state.summaryIndex, skipped: state.skipped, walked: [...state.walked], lang: state.lang },
    { urgent: true },
  );
  // A file from a dropped folder that proved to be no report is skipped by the batch, as on the command line: the page lists what it kept.
  const kept = new Set(outcome.results.map((r) => r.path));
  state.entries = state.entries.filter((e) => kept.has(e.path));
  state.skipped = outcome.info.skipped;
  state.outcome = outcome;
  // The language may have changed while the files were checked.
  state.view = view.lang === state.lang ? view : await pool.run('view', { outcome, lang: state.lang }, { urgent: true });
}

function failed(error: unknown): void {
  document.body.dataset.state = 'failed';
  const why = error instanceof Error ? error.message : String(error);
  $('results').replaceChildren(h('p', { class: 'notice', role: 'alert' }, w().failed(why)));
}

// ---------------------------------------------------------------------------------------------
// Results: the closing line, downloads, and for many files the table; one file's view below.

function drawResults(): void {
  const view = state.view!;
  const words = w();
  const many = state.entries.length > 1;
  const parts: (Node | false)[] = [h('h2', { id: 'results-title', tabindex: '-1' }, words.results)];
  if (many) {
    const tone = view.rows.some((r) => r.status === 'errors' || r.status === 'unreadable') ? 'bad' : view.rows.some((r) => r.status === 'warnings') ? 'warn' : 'good';
    parts.push(h('p', { class: `summary ${tone}`, id: 'batch-summary' }, view.summary));
    if (view.region) parts.push(h('p', { class: 'notice', role: 'alert', id: 'region-problem' }, view.region));
  }
  parts.push(...view.notes.map((note) => h('p', { class: 'meta notes' }, note)));
  if (many) parts.push(regionChooser(), downloads(true), fileTable());
  parts.push(h('div', { id: 'file-view' }));
  $('results').replaceChildren(...parts.filter((p): p is Node => p !== false));
}

function downloads(many: boolean): HTMLElement {
  const words = w();
  const buttons = [
    ...(!many && state.outcome!.results[0]!.format === 'xlsx' && !state.outcome!.results[0]!.problem ? [downloadButton(words.downloadAnnotated, 'annotated', () => annotate(0))] : []),
    downloadButton(words.downloadJson, 'json', () => report('json')),
    downloadButton(words.downloadHtml, 'html', () => report('html')),
    downloadButton(words.downloadSummary, 'summary', () => report('summary')),
  ];
  return h(
    'div',
    { class: 'downloads', role: 'group', 'aria-label': words.downloads },
    h('span', { class: 'downloads-label' }, `${words.downloads}${state.lang === 'zh' ? '：' : ':'}`),
    ...buttons,
    h('span', { class: 'download-note', 'aria-live': 'polite' }),
  );
}

const report = (what: 'json' | 'html' | 'summary') =>
  pool.run('report', { what, results: state.outcome!.results, info: state.outcome!.info, lang: state.lang }, { urgent: true, timeoutMs: OUTPUT_TIMEOUT_MS });
const annotate = (index: number) =>
  pool.run('annotate', { file: state.entries[index]!.file, result: state.outcome!.results[index]!, lang: state.lang }, { urgent: true, timeoutMs: OUTPUT_TIMEOUT_MS });

function downloadButton(label: string, what: string, make: () => Promise<Download>): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'download', 'data-download': what }, label);
  const download = async () => {
    const note = button.parentElement?.querySelector('.download-note');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    if (note) note.textContent = w().preparing;
    try {
      const file = await make();
      save(file);
      if (note) note.textContent = file.note ?? '';
    } catch (error) {
      if (note) note.textContent = w().downloadFailed(error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  };
  button.addEventListener('click', () => void download());
  return button;
}

/** Saves bytes made in the page as a download; nothing leaves the computer. */
function save(file: Download): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  const link = h('a', { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function regionChooser(): HTMLElement {
  const words = w();
  const select = h(
    'select',
    { id: 'region' },
    h('option', { value: '-1', selected: state.summaryIndex === -1 }, words.regionNone),
    ...state.entries.map((entry, i) => h('option', { value: String(i), selected: state.summaryIndex === i }, entry.path)),
  );
  const choose = async () => {
    state.summaryIndex = Number(select.value);
    select.disabled = true;
    document.body.dataset.state = 'checking';
    try {
      await combine();
      const shown = state.shown;
      drawResults();
      if (shown !== undefined) await showFile(shown, false);
      $('region').focus();
      document.body.dataset.state = 'done';
    } catch (error) {
      failed(error);
    }
  };
  select.addEventListener('change', () => void choose());
  return h('p', { class: 'region' }, h('label', { for: 'region' }, words.regionLabel), ' ', select);
}

const NUMERIC = new Set<SortColumn>(['year', 'errors', 'warnings']);

function fileTable(): HTMLElement {
  const view = state.view!;
  const words = w();
  const order = state.sort ? sortRows(view.rows, state.sort.column, state.sort.direction, state.lang) : view.rows.map((_, i) => i);
  const head = h(
    'tr',
    {},
    ...SORT_COLUMNS.map((column, i) => {
      const sorted = state.sort?.column === column ? state.sort.direction : undefined;
      const button = h(
        'button',
        { type: 'button', class: 'sort', 'data-column': column, title: words.sortBy(view.headers[i]!) },
        view.headers[i],
        h('span', { class: 'arrow', 'aria-hidden': 'true' }, sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''),
      );
      button.addEventListener('click', () => {
        const direction: Direction = sorted === 'ascending' ? 'descending' : 'ascending';
        state.sort = { column, direction };
        $('files-table').replaceWith(fileTable());
        document.querySelector<HTMLButtonElement>(`#files-table button[data-column="${column}"]`)?.focus();
      });
      return h('th', { scope: 'col', 'aria-sort': sorted ?? 'none', class: NUMERIC.has(column) ? 'num' : undefined }, button);
    }),
  );
  const body = order.map((index) => {
    const row = view.rows[index]!;
    const open = h('button', { type: 'button', class: 'link', 'data-file': String(index) }, row.path);
    open.addEventListener('click', () => void showFile(index, true));
    return h(
      'tr',
      { class: `status-${row.status}`, 'data-path': row.path },
      h('th', { scope: 'row', class: 'path' }, open),
      h('td', {}, row.agency),
      h('td', { class: 'num' }, row.year === null ? '' : String(row.year)),
      h('td', {}, row.format),
      h('td', { class: 'num' }, row.errors === null ? '' : String(row.errors)),
      h('td', { class: 'num' }, row.warnings === null ? '' : String(row.warnings)),
      h('td', { class: 'status' }, row.statusLabel),
    );
  });
  return h('table', { class: 'files', id: 'files-table' }, h('caption', {}, words.filesTable), h('thead', {}, head), h('tbody', {}, ...body));
}

/** One file's verdict, downloads and section of the HTML report; `focus` when a person asked for it. */
async function showFile(index: number, focus: boolean): Promise<void> {
  state.shown = index;
  const result = state.outcome!.results[index]!;
  const view: FileView = await pool.run('file', { result, n: index + 1, lang: state.lang }, { urgent: true });
  const words = w();
  const many = state.entries.length > 1;
  const { text, tone } = verdict({ errors: view.errors, warnings: view.warnings, unreadable: view.problem !== undefined }, state.lang);
  const heading = h('p', { class: `verdict ${tone}`, id: 'verdict', tabindex: '-1' }, text);
  const parts: Node[] = [];
  if (many) {
    const back = h('button', { type: 'button', class: 'link back' }, words.back);
    back.addEventListener('click', () => {
      document.querySelector<HTMLButtonElement>(`#files-table button[data-file="${index}"]`)?.focus();
      $('file-view').replaceChildren();
      delete $('file-view').dataset.file;
      state.shown = undefined;
    });
    parts.push(h('p', { class: 'file-nav' }, back, ` · ${words.fileHeading(index + 1, state.entries.length)}`));
  }
  parts.push(heading);
  if (!many) parts.push(downloads(false));
  else if (result.format === 'xlsx' && !result.problem) {
    parts.push(
      h(
        'div',
        { class: 'downloads' },
        downloadButton(words.downloadAnnotated, 'annotated', () => annotate(index)),
        h('span', { class: 'download-note', 'aria-live': 'polite' }),
      ),
    );
  }
  const section = h('div', { class: 'report' });
  // Markup made by the report's own renderer, which escapes every text it is given (src/report/html/markup.ts).
  section.innerHTML = view.markup;
  // A marked cell says so in words too, for a screen reader (the colour and the finding's number say it to the eye).
  for (const cell of section.querySelectorAll<HTMLTableCellElement>('td.error, td.warning')) {
    cell.append(h('span', { class: 'sr-only' }, words.flagged[cell.classList.contains('error') ? 'error' : 'warning']));
  }
  parts.push(section);
  const target = $('file-view');
  target.replaceChildren(...parts);
  Object.assign(target.dataset, { file: String(index), lang: state.lang });
  if (focus) heading.focus();
}

// ---------------------------------------------------------------------------------------------
// The language switch: the frame, the results and the file shown are drawn again in the other language.

async function switchLanguage(lang: Lang): Promise<void> {
  if (lang === state.lang) return;
  state.lang = lang;
  drawFrame();
  if (state.busy) return;
  if (state.outcome) {
    state.view = await pool.run('view', { outcome: state.outcome, lang }, { urgent: true });
    const shown = state.shown;
    drawResults();
    if (shown !== undefined) await showFile(shown, false);
  }
  document.body.dataset.lang = lang;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('#languages button')) {
  button.addEventListener('click', () => void switchLanguage(button.dataset.lang as Lang).catch(failed));
}
// A clean file's tables are folded away on screen; on paper they are the point.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('#results details:not([open])')) {
    details.open = true;
    details.dataset.printed = '';
  }
});
window.addEventListener('afterprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('#results details[data-printed]')) {
    details.open = false;
    delete details.dataset.printed;
  }
});

drawFrame();
setUpInput();
document.body.dataset.state = 'ready';
