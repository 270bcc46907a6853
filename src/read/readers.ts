import type { DocumentFormat } from './document.js';
import { readDocxDocument } from './docx/reader.js';
import { readHtmlDocument } from './html/reader.js';
import { readPdfDocument } from './pdf/reader.js';
import type { Reader } from './reader.js';
import { readTextDocument } from './text/reader.js';
import { readXlsxDocument } from './xlsx/reader.js';

/** Every format's reader, chosen by what the bytes are (src/read/sniff.ts). A new format is a module and a line here. */
export const READERS: Record<DocumentFormat, Reader> = {
  xlsx: readXlsxDocument,
  docx: readDocxDocument,
  html: readHtmlDocument,
  text: readTextDocument,
  pdf: readPdfDocument,
};
