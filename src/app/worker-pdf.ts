import { loadPagePdfEngine } from './pdfjs.js';
import { installPdfEngine } from './pdfjs-slot.js';

// The part of a worker's code that reads PDFs: appended to the worker's own code when the page
// starts a worker for a PDF (src/app/pdfjs-slot.ts). PDF.js itself runs only when a PDF is read.
installPdfEngine(loadPagePdfEngine);
