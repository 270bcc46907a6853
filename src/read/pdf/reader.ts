import { startsWith } from '../bytes.js';
import type { DocTable, Paragraph } from '../document.js';
import { breached, fail, ok, type Result } from '../problem.js';
import type { Reader, ReadContext } from '../reader.js';
import { isPdfEngineUnavailable, type PdfDocumentProxy, type PdfEngine, type PdfLoadingTask } from './engine.js';
import { drawing as drawingOf, textRuns, upright, type Ops } from './extract.js';
import { ruledTables, type BoxTable } from './lattice.js';
import { furniture, linesOf, measure, paragraphs, type Line } from './lines.js';
import { NUMERIC, type PageContent, type Run } from './page.js';
import { scanPdf } from './scan.js';
import { continueColumns, streamTables, type StreamTable } from './stream.js';
import { docTableOf, joinContinued } from './tables.js';

/**
 * The PDF reader: PDF.js gives each page's text runs with their positions and the lines the page
 * draws; ruled tables are rebuilt from the lines (cells, merged cells, a table continued on the
 * next page), tables without rulings from the alignment of their text, and the rest is prose in
 * reading order. Page numbers and running heads are neither. A file whose pages hold no text (a
 * scan) is refused with FILE_PDF_NO_TEXT; one with an opening password with FILE_ENCRYPTED (a
 * file that only restricts printing or copying is read); any PDF, where no PDF.js was given or it
 * cannot run (a browser too old for it), with FILE_PDF_NO_READER.
 *
 * Before PDF.js sees the file, its bytes are scanned for what PDF.js would not refuse by itself
 * (src/read/pdf/scan.ts); while it is read, pages are counted and time is kept.
 */
export const readPdfDocument: Reader = async (bytes, context) => {
  const clock = new Clock(context.limits.maxReadSeconds * 1000);
  const extracted = await extractPdf(bytes, context, clock);
  if (!extracted.ok) return extracted;
  const { pages, title } = extracted.value;
  let built: ReturnType<typeof layout>;
  try {
    built = layout(pages, () => clock.check());
  } catch (error) {
    return problemOf(error, context);
  }
  const cellCount = built.tables.reduce((n, t) => n + t.cells.length, 0);
  if (cellCount > context.limits.maxCells) return breached('FILE_TOO_COMPLEX', { what: 'cells', limit: context.limits.maxCells });
  return ok({ format: 'pdf', tables: built.tables, prose: built.prose, ...(title ? { declaredTitle: title } : {}) });
};

/** What PDF.js gives of a file: each page's text runs and rulings, and the title its properties declare. */
export interface ExtractedPdf {
  pages: PageContent[];
  title?: string;
}

/**
 * A PDF's pages as the layout stage sees them, or why there are none: cut short, too complex (the
 * bytes scanned before PDF.js sees them), protected by an opening password, damaged, no text on
 * any page (a scan), or too slow. Never throws for a bad file.
 */
export async function extractPdf(bytes: Uint8Array, context: ReadContext, clock = new Clock(context.limits.maxReadSeconds * 1000)): Promise<Result<ExtractedPdf>> {
  // A PDF ends with %%EOF; one that does not was cut short (an interrupted download). PDF.js would
  // read what is there, and a table cut in half would read as a report with rows missing.
  if (!endsWithEof(bytes)) return fail('FILE_DAMAGED', 'truncated: no %%EOF at the end');
  const scan = scanPdf(bytes, context.limits, context.inflate);
  if (!scan.ok) return breached('FILE_TOO_COMPLEX', scan.breach);
  // The bytes are checked first, so a hostile file is refused the same way wherever the core runs.
  // A runtime without PDF.js (a library user who passed no `loadPdf`; Node's is loadNodePdfEngine
  // from src/node/pdfjs.ts) gets a sentence for the file, not an exception for the batch.
  if (!context.loadPdf) return fail('FILE_PDF_NO_READER');
  let engine: PdfEngine;
  try {
    engine = await context.loadPdf();
  } catch (error) {
    if (isPdfEngineUnavailable(error)) return fail('FILE_PDF_NO_READER', error.reason);
    throw error;
  }
  let task: PdfLoadingTask | undefined;
  try {
    task = engine.getDocument({
      // No fonts are handed to a page to draw with; a host may take them itself (engine.params).
      disableFontFace: true,
      ...engine.params,
      // A plain copy: PDF.js refuses a Node Buffer, and may take the buffer it is given.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      enableXfa: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      stopAtErrors: false,
      // Images are never decoded: no report's numbers are in them, and a huge one costs memory.
      maxImageSize: 0,
      verbosity: 0,
    });
    const document = await clock.within(task.promise);
    return await clock.within(readPages(document, engine, context, clock));
  } catch (error) {
    return problemOf(error, context);
  } finally {
    void task?.destroy().catch(() => undefined);
  }
}

const EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
/** How far from the end the last %%EOF may stand (writers add a line break, some a little padding). */
const EOF_WINDOW = 4096;

function endsWithEof(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - EOF_WINDOW);
  for (let at = bytes.lastIndexOf(0x25); at >= from; at = bytes.lastIndexOf(0x25, at - 1)) {
    if (startsWith(bytes, EOF, at)) return true;
    if (at === 0) break;
  }
  return false;
}

/** Thrown, or a wait rejected with it, when the reader's time budget runs out. */
class TimedOut extends Error {
  constructor() {
    super('timed out');
  }
}

/** The reader's time budget: every wait on PDF.js is cut off when it runs out. */
class Clock {
  private readonly end: number;
  constructor(private readonly budgetMs: number) {
    this.end = Date.now() + budgetMs;
  }
  check(): void {
    if (Date.now() > this.end) throw new TimedOut();
  }
  async within<T>(promise: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimedOut()), Math.max(0, this.end - Date.now()));
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
  get seconds(): number {
    return this.budgetMs / 1000;
  }
}

function problemOf(error: unknown, context: ReadContext): Result<never> {
  if (error instanceof TimedOut) return fail('FILE_TIMEOUT', `${context.limits.maxReadSeconds} s`);
  const name = (error as { name?: string } | undefined)?.name;
  const message = (error as { message?: string } | undefined)?.message ?? String(error);
  if (name === 'PasswordException') return fail('FILE_ENCRYPTED');
  return fail('FILE_DAMAGED', message.slice(0, 200));
}

async function readPages(doc: PdfDocumentProxy, engine: PdfEngine, context: ReadContext, clock: Clock): Promise<Result<ExtractedPdf>> {
  const { limits } = context;
  if (doc.numPages > limits.maxPages) return breached('FILE_TOO_COMPLEX', { what: 'pages', count: doc.numPages, limit: limits.maxPages });
  const ops = engine.OPS as unknown as Ops;
  const pages: PageContent[] = [];
  let characters = 0;
  let scanned = 0;
  let drawn = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    clock.check();
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: false });
    const viewport = upright(content, page.getViewport({ scale: 1 }));
    let runs = textRuns(content, viewport.transform);
    let segments: PageContent['segments'] = [];
    // Only a page that may hold a table is drawn out (the lines cost more than the text).
    if (mayHoldTable(runs)) {
      const drawing = drawingOf(await page.getOperatorList({ annotationMode: 0 }), ops, viewport.transform);
      drawn++;
      // Text that is there but never shown, over a page that is a picture: a scan's OCR layer.
      // Its numbers are a program's guesses, not the report's: the page is read as having no text.
      if (drawing.hiddenText > 0 && drawing.shownText === 0) {
        scanned++;
        runs = [];
      } else segments = drawing.segments;
    }
    characters += runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
    pages.push({ page: p, width: viewport.width, height: viewport.height, runs, segments });
    page.cleanup();
  }
  if (characters === 0 || (scanned > 0 && scanned === drawn)) return fail('FILE_PDF_NO_TEXT', scanned > 0 ? 'invisible text (OCR) over pictures of pages' : undefined);
  const info = await doc.getMetadata().catch(() => ({ info: undefined }));
  const title = typeof info.info?.['Title'] === 'string' ? info.info['Title'].trim() : '';
  return ok({ pages, ...(title ? { title } : {}) });
}

/** Text that looks like a table's: two lines with numbers apart from each other or cells set apart by wide gaps, or a line of numbers. */
function mayHoldTable(runs: readonly Run[]): boolean {
  let rows = 0;
  for (const line of linesOf(runs)) {
    let gaps = 0;
    let numbers = 0;
    line.runs.forEach((run, i) => {
      if (NUMERIC.test(run.text.trim())) numbers++;
      if (i > 0 && run.x0 - line.runs[i - 1]!.x1 > run.size * 1.5) gaps++;
    });
    if (gaps >= 1 || numbers >= 2) rows++;
    // Two such lines, or one row of numbers (表四's, alone at the top of a page).
    if (rows >= 2 || numbers >= 3) return true;
  }
  return false;
}

/** Pages → the document's tables (in reading order) and prose. */
export function layout(pages: readonly PageContent[], check: () => void = () => undefined): { tables: DocTable[]; prose: Paragraph[] } {
  const ruled: BoxTable[] = [];
  const loose = new Map<number, Line[]>();
  for (const page of pages) {
    check();
    const claimed = new Set<Run>();
    ruled.push(...ruledTables(page.page, page.segments, page.runs, claimed));
    loose.set(page.page, linesOf(page.runs.filter((r) => !claimed.has(r))));
  }
  const furnitureLines = furniture(pages.map((p) => ({ height: p.height, lines: loose.get(p.page)! })));
  const textLines = new Map([...loose].map(([page, lines]) => [page, lines.filter((l) => !furnitureLines.has(l))]));

  let streams: StreamTable[] = [];
  const streamLines = new Map<number, Line[]>();
  for (const page of pages) {
    check();
    const found = streamTables(page.page, textLines.get(page.page)!, page.width);
    streams.push(...found.tables);
    streamLines.set(page.page, found.rest);
  }
  // A table read from the alignment of its text that is in doubt puts all of them in doubt: none
  // is read (their lines stay prose), and a report whose tables are not found is not checked,
  // rather than checked on numbers read from the wrong rows.
  if (streams.some((t) => t.doubtful)) streams = [];
  else for (const [page, rest] of streamLines) textLines.set(page, rest);
  // A table without rulings that goes on at the top of the next page keeps its columns.
  for (let i = 1; i < streams.length; i++) {
    const [earlier, later] = [streams[i - 1]!, streams[i]!];
    if (later.page !== earlier.page + 1) continue;
    const after = (textLines.get(earlier.page) ?? []).some((l) => l.top > earlier.bottom) || ruled.some((t) => t.parts.some((p) => p.page === earlier.page && p.top > earlier.bottom));
    const before = (textLines.get(later.page) ?? []).some((l) => l.bottom < later.top) || ruled.some((t) => t.parts.some((p) => p.page === later.page && p.top < later.top));
    if (!after && !before) streams[i] = continueColumns(earlier, later);
  }

  const between = (a: BoxTable, b: BoxTable) => {
    const end = a.parts[a.parts.length - 1]!;
    const start = b.parts[0]!;
    const after = (textLines.get(end.page) ?? []).some((l) => l.top > end.bottom);
    const before = (textLines.get(start.page) ?? []).some((l) => l.bottom < start.top);
    const streamAfter = streams.some((s) => s.page === end.page && s.top > end.bottom);
    const streamBefore = streams.some((s) => s.page === start.page && s.top < start.top);
    return after || before || streamAfter || streamBefore;
  };
  check();
  const joined = joinContinued(ruled, between);
  check();

  const placed: { page: number; top: number; table: DocTable }[] = [
    ...joined.map((t) => ({ page: t.parts[0]!.page, top: t.parts[0]!.top, table: docTableOf(t) })),
    ...streams.map((s) => ({ page: s.page, top: s.top, table: s.table })),
  ];
  placed.sort((a, b) => a.page - b.page || a.top - b.top);

  const allLines = [...textLines.values()].flat();
  const m = measure(allLines, pages[0]?.width ?? 595);
  const breaks = (page: number) => [
    ...joined.flatMap((t) => t.parts.filter((p) => p.page === page).flatMap((p) => [p.top, p.bottom])),
    ...streams.filter((s) => s.page === page).flatMap((s) => [s.top, s.bottom]),
  ];
  const prose = paragraphs(
    pages.map((p) => ({ page: p.page, lines: textLines.get(p.page)!, breaks: breaks(p.page) })),
    m,
  ).map((p) => ({ text: p.text, source: { kind: 'pdf' as const, page: p.page, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 } }));
  return { tables: placed.map((p) => p.table), prose };
}
