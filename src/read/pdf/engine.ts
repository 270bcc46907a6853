/**
 * The part of Mozilla's PDF.js (`pdfjs-dist`) the PDF reader uses, as an interface: the reader
 * never imports PDF.js itself, so the core stays free of Node (PDF.js's Node build reaches for
 * `fs` and a canvas package) and a browser can hand in its own build. Node's default is
 * src/node/pdfjs.ts.
 */

/** A text run as PDF.js's getTextContent gives it. */
export interface PdfTextItem {
  str: string;
  /** The text matrix at the run's start: [a, b, c, d, x, y] in the page's user space. */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}

export interface PdfTextContent {
  /** Text runs, and marked-content markers (no `str`) when asked for. */
  items: (PdfTextItem | { type: string })[];
  styles: Record<string, { vertical?: boolean; ascent?: number; descent?: number }>;
}

export interface PdfOperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export interface PdfViewport {
  width: number;
  height: number;
  /** User space → viewport (top-left origin, y down, the page's rotation applied). */
  transform: number[];
}

export interface PdfPage {
  getViewport(options: { scale: number }): PdfViewport;
  getTextContent(options?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<PdfTextContent>;
  getOperatorList(options?: { intent?: string; annotationMode?: number }): Promise<PdfOperatorList>;
  cleanup(): unknown;
}

export interface PdfDocumentProxy {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info?: Record<string, unknown> }>;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocumentProxy>;
  destroy(): Promise<void>;
}

export interface PdfEngine {
  getDocument(params: Record<string, unknown>): PdfLoadingTask;
  /** Operator codes by name (`OPS` of PDF.js). */
  OPS: Readonly<Record<string, number>>;
  /**
   * getDocument parameters the host adds: where the character maps are (`cMapUrl`, `cMapPacked`,
   * or a `CMapReaderFactory`), which Chinese PDFs using Adobe's predefined encodings
   * (UniGB-UCS2-H with a font that is not embedded) need to give their text; and how fonts are
   * handled (`disableFontFace`, `ownerDocument`: see src/node/pdfjs.ts). Nothing that fetches from
   * a network: the reader's own safety parameters are applied after these.
   */
  params?: Readonly<Record<string, unknown>>;
}

/**
 * Loads PDF.js once, when the first PDF arrives (a batch of workbooks never pays for it). Rejects
 * with PdfEngineUnavailable where PDF.js cannot run; any other rejection is the host's fault.
 */
export type LoadPdfEngine = () => Promise<PdfEngine>;

/** PDF.js cannot run here (`reason`: 'browser', a browser that lacks what it needs): the PDF is not checked, and a sentence says so. */
export class PdfEngineUnavailable extends Error {
  override readonly name = 'PdfEngineUnavailable';
  constructor(readonly reason: 'browser') {
    super(`PDF.js cannot run here (${reason})`);
  }
}

/** Told by its name: a host may bundle a copy of the class of its own (the page's PDF.js rides in a script of its own). */
export const isPdfEngineUnavailable = (error: unknown): error is PdfEngineUnavailable => (error as { name?: unknown } | null | undefined)?.name === 'PdfEngineUnavailable';
