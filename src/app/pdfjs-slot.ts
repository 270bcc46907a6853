import type { LoadPdfEngine } from '../read/pdf/index.js';

/**
 * How the page's worker finds PDF.js. The worker's code (src/app/worker.ts) does not hold it: a
 * batch of workbooks would parse its 1.8 MB in every worker for nothing. The page keeps PDF.js's
 * bundle (src/app/worker-pdf.ts) in a script block of its own, and when a worker meets a PDF without
 * it, the worker says so (NeedsPdfjs) and the page starts one from both codes, one after the other,
 * which puts the loader here.
 */
const SLOT = Symbol.for('xxgk-check/loadPdf');

type Slotted = typeof globalThis & { [SLOT]?: LoadPdfEngine };

export function installPdfEngine(load: LoadPdfEngine): void {
  (globalThis as Slotted)[SLOT] = load;
}

/** PDF.js for a file, where this worker was started with it; a worker started without it rejects with NeedsPdfjs. */
export const loadInstalledPdfEngine: LoadPdfEngine = () => (globalThis as Slotted)[SLOT]?.() ?? Promise.reject(new NeedsPdfjs());

/** A PDF met by a worker started without PDF.js: the page runs the request again in one that has it. */
export class NeedsPdfjs extends Error {
  constructor() {
    super('this worker was started without PDF.js');
  }
}
