import type { DocumentFormat } from './document.js';
import type { Reader } from './reader.js';

/**
 * Every format's reader, chosen by what the bytes are (src/read/sniff.ts). A new format is a module
 * and a line here. Each is loaded when the first file of its format arrives: a workbook's check does
 * not compile the parsers of web pages and PDFs (a third of the start of `xxgk-check file.xlsx`).
 */
export const READERS: Record<DocumentFormat, () => Promise<Reader>> = {
  xlsx: once(async () => (await import('./xlsx/reader.js')).readXlsxDocument),
  docx: once(async () => (await import('./docx/reader.js')).readDocxDocument),
  html: once(async () => (await import('./html/reader.js')).readHtmlDocument),
  text: once(async () => (await import('./text/reader.js')).readTextDocument),
  pdf: once(async () => (await import('./pdf/reader.js')).readPdfDocument),
};

/**
 * A reader loaded the first time it is asked for, then handed out as loaded: import() at every
 * file, though the module is cached, was 1.4% of checking a workbook. A load that failed is tried
 * again the next time.
 */
function once(load: () => Promise<Reader>): () => Promise<Reader> {
  let loaded: Promise<Reader> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}
