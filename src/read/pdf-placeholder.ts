import { fail } from './problem.js';
import type { Reader } from './reader.js';

/** PDFs are recognised, and refused with a sentence pointing to the report's other versions, until a PDF reader is written. */
export const readPdfDocument: Reader = () => fail('FILE_PDF');
