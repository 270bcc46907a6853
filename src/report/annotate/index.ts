/** The annotated copy of a workbook: its name beside the input, and the copy itself (loaded when asked for: it brings exceljs). */
export { annotatedName } from './name.js';
export { droppedNote } from './dropped-parts.js';
export { annotatePresented, annotateWorkbook, type Annotated } from './annotate.js';
