#!/usr/bin/env node
// Builds the offline page dist/xxgk-check.html (issue 14) after tsc has built dist/: the page's
// script (src/app/main.ts) and its worker (src/app/worker.ts, the checker's core with exceljs and
// jszip for the downloads) bundled for the browser, inlined with the style sheets into one HTML file
// that fetches nothing. The worker's code rides in a <script> of a type the browser does not run,
// and the page starts it from a blob: URL, which works from file://. A Content-Security-Policy
// meta allows only the page's own script (by its hash), workers from blob: and inline styles, and
// forbids every connection.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { REPORT_NAME } from '../dist/batch/names.js';
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
    logLevel: 'warning',
  });
  return inlineable(result.outputFiles[0].text, entry);
}

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

const [script, worker, shell, css] = await Promise.all([
  bundle('main.ts'),
  bundle('worker.ts'),
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

const slots = { CSP: csp, TOOL: `${tool.name} ${tool.version}`, ACCEPT: accept, STYLE: `${STYLE}\n${css}`, WORKER: worker, SCRIPT: script };
const page = shell.replace(/\{\{([A-Z]+)\}\}/g, (_, name) => {
  if (!(name in slots)) throw new Error(`page.html: no value for {{${name}}}`);
  return slots[name];
});

const out = join(root, 'dist', 'xxgk-check.html');
await writeFile(`${out}.tmp`, page);
await rename(`${out}.tmp`, out);
