import { PdfEngineUnavailable, type LoadPdfEngine, type PdfEngine } from '../read/pdf/index.js';
import { FONT_SINK } from '../read/pdf/index.js';
import { embeddedCMaps } from './cmaps.js';

/**
 * PDF.js for the offline page: the legacy build of pdfjs-dist 4.10, the one that runs in the older
 * Chromium-based browsers agencies use (360, QQ), bundled by scripts/build-app.js into the code the
 * page adds to a worker that meets a PDF (src/app/worker-pdf.ts). Its worker's module, mended there
 * (src/read/pdf/host.ts), runs in that same worker of the page: importing it sets
 * globalThis.pdfjsWorker, and PDF.js then works in this thread (no worker of its own, no blob: URL,
 * nothing the page's policy would have to allow). Adobe's character maps for Chinese come from the
 * bundle (src/app/cmaps.ts); nothing is fetched. Both modules run when the worker's first PDF is read.
 */
export const loadPagePdfEngine: LoadPdfEngine = () => (loading ??= load());

let loading: Promise<PdfEngine> | undefined;

async function load(): Promise<PdfEngine> {
  // PDF.js's in-thread worker passes every message through structuredClone, which its legacy build
  // does not add: a browser without it (before Chrome and Edge 98, Firefox 94) checks workbooks but
  // not PDFs, and each PDF says so rather than being called damaged.
  if (typeof structuredClone !== 'function') throw new PdfEngineUnavailable('browser');
  const [pdfjs, , cmaps] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs'), import('xxgk:adobe-gb1-cmaps')]);
  const { getDocument, OPS } = pdfjs as unknown as Pick<PdfEngine, 'getDocument' | 'OPS'>;
  return { getDocument, OPS, params: { CMapReaderFactory: embeddedCMaps(cmaps.default), disableFontFace: false, ownerDocument: FONT_SINK } };
}
