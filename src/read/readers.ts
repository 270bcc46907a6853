import type { DocumentFormat } from './document.js';
import { readPdfDocument } from './pdf/reader.js';
import type { Reader } from './reader.js';
import { readTextDocument } from './text/reader.js';
import { readXlsxDocument } from './xlsx/reader.js';

/** Every format's reader, chosen by what the bytes are (src/read/sniff.ts). A new format is a module and a line here. */
export const READERS: Record<DocumentFormat, Reader> = {
  xlsx: readXlsxDocument,
  docx: notYet,
  html: notYet,
  text: readTextDocument,
  pdf: readPdfDocument,
};

function notYet(): never {
  throw new Error('reader not written yet');
}
