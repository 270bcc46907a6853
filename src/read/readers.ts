import type { DocumentFormat } from './document.js';
import type { Reader } from './reader.js';

/**
 * Every format's reader, chosen by what the bytes are (src/read/sniff.ts). A new format is a module
 * and a line here. Each is loaded when the first file of its format arrives: a workbook's check does
 * not compile the parsers of web pages and PDFs (a third of the start of `xxgk-check file.xlsx`).
 */
export const READERS: Record<DocumentFormat, () => Promise<Reader>> = {
  xlsx: async () => (await import('./xlsx/reader.js')).readXlsxDocument,
  docx: async () => (await import('./docx/reader.js')).readDocxDocument,
  html: async () => (await import('./html/reader.js')).readHtmlDocument,
  text: async () => (await import('./text/reader.js')).readTextDocument,
  pdf: async () => (await import('./pdf/reader.js')).readPdfDocument,
};
