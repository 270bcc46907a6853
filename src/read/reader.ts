import type { Document } from './document.js';
import type { ReadLimits } from './limits.js';
import type { LoadPdfEngine } from './pdf/engine.js';
import type { Result } from './problem.js';
import type { InflateRaw } from './zip/inflate.js';

/** What every reader is given besides the bytes. */
export interface ReadContext {
  limits: ReadLimits;
  /** Raw inflate for zip-based formats and PDF streams; Node passes its native zlib, a browser the portable one. */
  inflate: InflateRaw;
  /** PDF.js, for PDFs: Node passes its own (src/node/pdfjs.ts), a browser the build it serves. */
  loadPdf?: LoadPdfEngine;
}

/** One format's adapter: the file's bytes → the document, or why it cannot be read. Never throws. */
export type Reader = (bytes: Uint8Array, context: ReadContext) => Result<Document> | Promise<Result<Document>>;
