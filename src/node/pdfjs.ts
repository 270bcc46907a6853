import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadPdfEngine, PdfEngine } from '../read/pdf/index.js';
import { FONT_SINK, patchWorker } from '../read/pdf/index.js';
import { importModule } from './import-module.js';

/**
 * PDF.js for Node: the legacy build of pdfjs-dist 4.10 (the current builds need Node 22), its
 * worker run in this thread (a batch already runs each file in a worker thread of its own), and
 * the character maps from the package's own folder, read from disk, never fetched. The worker's code
 * is mended and fonts go nowhere as in the offline page (src/read/pdf/host.ts).
 *
 * The legacy build installs core-js polyfills as it loads. Those that add what Node 20 lacks
 * (Promise.withResolvers, iterator helpers, Set methods) stay: PDF.js calls them. Those that
 * replace what Node has (Array.prototype.push, several times slower than the native one, used by
 * every other module of the process) are put back, and globals that make Node look like a browser
 * (`self`; DOMMatrix, ImageData and Path2D from the optional canvas package, for rendering only)
 * are taken away again. Its warnings while loading (a missing optional canvas package) are not
 * printed: stdout may be carrying a JSON report.
 */
export const loadNodePdfEngine: LoadPdfEngine = () => (loading ??= load());

let loading: Promise<PdfEngine> | undefined;

const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
/** Globals the legacy build adds that would make other libraries take Node for a browser. */
const BROWSER_GLOBALS = ['self', 'DOMMatrix', 'ImageData', 'Path2D'];

async function load(): Promise<PdfEngine> {
  const require = createRequire(import.meta.url);
  const restore = guardGlobals();
  let pdfjs: { getDocument: PdfEngine['getDocument']; OPS: PdfEngine['OPS'] };
  try {
    // Through file URLs resolved here, so that a bundle of the command line finds the package.
    pdfjs = (await importModule(pathToFileURL(require.resolve(PDFJS)).href)) as typeof pdfjs;
    // The worker's module sets globalThis.pdfjsWorker, which PDF.js then runs in this thread.
    await importModule(patchedWorker(require.resolve(WORKER)));
  } finally {
    restore();
  }
  const cMapUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  return { getDocument: pdfjs.getDocument, OPS: pdfjs.OPS, params: { cMapUrl, cMapPacked: true, disableFontFace: false, ownerDocument: FONT_SINK } };
}

/**
 * The worker's code, mended (src/read/pdf/host.ts), loaded from a data: URL: the module imports
 * nothing and does not use import.meta.
 */
function patchedWorker(path: string): string {
  return `data:text/javascript;base64,${Buffer.from(patchWorker(readFileSync(path, 'utf8'))).toString('base64')}`;
}

/** Records the built-ins the polyfills may touch; the returned function undoes replacements and browser globals. */
function guardGlobals(): () => void {
  const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
  const watched: object[] = [
    globalThis,
    Object,
    Object.prototype,
    Function.prototype,
    Array,
    Array.prototype,
    String,
    String.prototype,
    Number,
    Number.prototype,
    Promise,
    Promise.prototype,
    Map,
    Map.prototype,
    Set,
    Set.prototype,
    WeakMap.prototype,
    Symbol,
    RegExp.prototype,
    Date.prototype,
    JSON,
    Math,
    Reflect,
    ArrayBuffer,
    ArrayBuffer.prototype,
    Uint8Array,
    typedArrayPrototype,
    iteratorPrototype,
    Error,
  ];
  const before = watched.map((target) => Object.getOwnPropertyDescriptors(target));
  const hadGlobal = new Set(BROWSER_GLOBALS.filter((name) => name in globalThis));
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
    log(...args);
  };
  return () => {
    console.log = log;
    watched.forEach((target, i) => {
      for (const [key, original] of Object.entries(before[i]!)) {
        const now = Object.getOwnPropertyDescriptor(target, key);
        if (now && !sameDescriptor(now, original)) Object.defineProperty(target, key, original);
      }
    });
    for (const name of BROWSER_GLOBALS) if (!hadGlobal.has(name)) delete (globalThis as Record<string, unknown>)[name];
  };
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;
}
