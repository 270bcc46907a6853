import './zod-jitless.js';
import { annotatedDownload, checkInput, combine, fileView, htmlReport, jsonReport, summaryDownload, view, type Tool } from './engine.js';
import { loadInstalledPdfEngine, NeedsPdfjs } from './pdfjs-slot.js';
import type { Answer, Kind, Request, Requests } from './protocol.js';

/** The package's name and version, put in by the build (scripts/build-app.js). */
declare const XXGK_TOOL: Tool;

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

const HANDLERS: { [K in Kind]: (request: Request<K>) => Promise<Requests[K]['answer']> | Requests[K]['answer'] } = {
  check: ({ path, file }) => checkInput({ path, size: file.size, bytes: () => bytesOf(file) }, loadInstalledPdfEngine),
  combine: ({ paths, checked, summaryIndex, skipped, walked, lang }) => {
    const outcome = combine(paths, checked, summaryIndex, skipped, walked);
    return { outcome, view: view(outcome, lang) };
  },
  view: ({ outcome, lang }) => view(outcome, lang),
  file: ({ result, n, lang }) => fileView(result, n, lang),
  report: ({ what, results, info, lang }) =>
    what === 'json' ? jsonReport(results, info, lang, XXGK_TOOL) : what === 'html' ? htmlReport(results, info, lang, XXGK_TOOL) : summaryDownload(results, info, lang),
  annotate: async ({ file, result, lang }) => annotatedDownload(await bytesOf(file), result, lang),
};

/** A dedicated worker's own scope, typed as much as the page's code needs (the page's types are the DOM's). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage: (message: Answer, transfer?: Transferable[]) => void };

async function answer(request: Request): Promise<void> {
  try {
    const value = await (HANDLERS[request.kind] as (r: Request) => unknown)(request);
    const transfer = value && typeof value === 'object' && 'bytes' in value && value.bytes instanceof Uint8Array ? [value.bytes.buffer] : [];
    scope.postMessage({ id: request.id, ok: true, value }, transfer);
  } catch (error) {
    if (error instanceof NeedsPdfjs) scope.postMessage({ id: request.id, ok: false, needs: 'pdfjs' });
    else scope.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => void answer(event.data);
