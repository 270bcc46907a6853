#!/usr/bin/env node
// Builds the offline page dist/xxgk-check.html (issue 14) after tsc has built dist/: the page's
// script (src/app/main.ts) and its worker (src/app/worker.ts, the checker's core with exceljs and
// jszip for the downloads) bundled for the browser, inlined with the style sheets into one HTML file
// that fetches nothing. The worker's code rides in a <script> of a type the browser does not run,
// and the page starts it from a blob: URL, which works from file://. PDF.js (the legacy build of
// pdfjs-dist, for older browsers; src/app/worker-pdf.ts) rides in another such <script>, its
// worker's code mended as the command line mends it, with Adobe's character maps for Chinese
// (pdfjsHost below): the page appends it to the worker's code only for workers that meet a PDF.
// A Content-Security-Policy meta allows only the page's own script (by its hash), workers from
// blob: and inline styles, and forbids every connection.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { REPORT_NAME } from '../dist/batch/names.js';
import { patchWorker } from '../dist/read/pdf/host.js';
import { STYLE } from '../dist/report/html/style.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'src', 'app');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const tool = { name: pkg.name, version: pkg.version };

/** One entry bundled for the browser into a single script, as text. */
async function bundle(entry) {
  const result = await build({
    entryPoints: [join(app, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    define: { XXGK_TOOL: JSON.stringify(tool) },
    plugins: [pdfjsHost],
    logLevel: 'warning',
  });
  return inlineable(result.outputFiles[0].text, entry);
}

const require = createRequire(import.meta.url);
const PDF_WORKER = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const CMAPS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
/**
 * The character maps a Chinese PDF may name: Adobe's Adobe-GB1 collection (Simplified Chinese) and
 * the encodings onto it (UniGB-UCS2-H and the other Unicode ones, GB-EUC, GBK, GBK2K, GBT…), about
 * 290 kB. Those of the Japanese, Korean and Traditional Chinese collections stay out.
 */
const ADOBE_GB1 = /^(Adobe-GB1-.*|UniGB-.*|GB[A-Za-z0-9]*-.*)\.bcmap$/;

/**
 * PDF.js's worker as the page runs it: its code mended (src/read/pdf/host.ts; the build stops,
 * naming the mend, if a version of PDF.js no longer holds the text it replaces), and the module
 * `xxgk:adobe-gb1-cmaps`, a Map from each character map's name to its packed bytes in base64.
 */
const pdfjsHost = {
  name: 'pdfjs-host',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]pdf\.worker\.mjs$/ }, async (args) => {
      if (args.path !== PDF_WORKER) throw new Error(`${args.path}: the page bundles ${PDF_WORKER}, the legacy build's worker`);
      return { contents: patchWorker(await readFile(args.path, 'utf8')), loader: 'js' };
    });
    plugin.onResolve({ filter: /^xxgk:adobe-gb1-cmaps$/ }, (args) => ({ path: args.path, namespace: 'cmaps' }));
    plugin.onLoad({ filter: /.*/, namespace: 'cmaps' }, async () => {
      const names = (await readdir(CMAPS)).filter((name) => ADOBE_GB1.test(name)).sort();
      if (!names.includes('UniGB-UCS2-H.bcmap') || !names.includes('Adobe-GB1-UCS2.bcmap')) throw new Error(`${CMAPS}: Adobe-GB1's character maps are not all there`);
      const entries = await Promise.all(names.map(async (name) => [name.replace(/\.bcmap$/, ''), (await readFile(join(CMAPS, name))).toString('base64')]));
      return { contents: `export default new Map(${JSON.stringify(entries)});`, loader: 'js' };
    });
  },
};

/**
 * Script text that can sit inside <script>…</script>: `</script` cannot appear (it would close the
 * element; `<\/script` means the same inside a string, template or regular expression), nor `<!--`
 * (it changes how the HTML parser reads the rest; the web page reader's patterns hold it, and
 * `\x3C!--` means the same in a string, template or regular expression).
 */
function inlineable(code, entry) {
  const safe = code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
  if (/<!--|<\/script/i.test(safe)) throw new Error(`${entry}: the bundle still holds "<!--" or "</script", which cannot be inlined in a <script>`);
  return safe;
}

const [script, worker, pdfjs, shell, css] = await Promise.all([
  bundle('main.ts'),
  bundle('worker.ts'),
  bundle('worker-pdf.ts'),
  readFile(join(app, 'page.html'), 'utf8'),
  readFile(join(app, 'page.css'), 'utf8'),
]);

const hash = createHash('sha256').update(script, 'utf8').digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}'`,
  'worker-src blob:',
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// The extensions a folder's reports may have (src/batch/names.ts), for the file chooser's filter.
const accept = /\(([^)]*)\)/
  .exec(REPORT_NAME.source)[1]
  .split('|')
  .flatMap((e) => (e.endsWith('?') ? [e.slice(0, -2), e.slice(0, -1)] : [e]))
  .map((e) => `.${e}`)
  .join(',');

const slots = { CSP: csp, TOOL: `${tool.name} ${tool.version}`, ACCEPT: accept, STYLE: `${STYLE}\n${css}`, WORKER: worker, PDFJS: pdfjs, SCRIPT: script };
const page = shell.replace(/\{\{([A-Z]+)\}\}/g, (_, name) => {
  if (!(name in slots)) throw new Error(`page.html: no value for {{${name}}}`);
  return slots[name];
});

const out = join(root, 'dist', 'xxgk-check.html');
await writeFile(`${out}.tmp`, page);
await rename(`${out}.tmp`, out);
