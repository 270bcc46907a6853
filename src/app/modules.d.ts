// Modules of the page's worker that only its build (scripts/build-app.js) provides or types.

/** PDF.js's worker, mended as it is bundled; importing it sets globalThis.pdfjsWorker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

/** Adobe's packed character maps of the Adobe-GB1 family, by name, in base64. */
declare module 'xxgk:adobe-gb1-cmaps' {
  const maps: ReadonlyMap<string, string>;
  export default maps;
}
