/** What a host of PDF.js needs from the PDF reader: the engine it must hand over, and the mends both hosts (Node, the page's worker) apply. */
export { PdfEngineUnavailable, isPdfEngineUnavailable, type LoadPdfEngine, type PdfEngine } from './engine.js';
export { FONT_SINK, patchWorker } from './host.js';
