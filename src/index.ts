/**
 * The library for Node: the core (which runs anywhere, `xxgk-check/core`) and what Node adds — files
 * from disk, many files on worker threads, folders, a region's sum, the workbooks the tool writes.
 * The command line is `xxgk-check/cli`; nothing here loads it.
 */
export * from './core.js';

// Files from disk: one, or many on worker threads.
export { checkFile } from './node/check-file.js';
export { readDocumentFile } from './node/read-file.js';
export { loadNodePdfEngine } from './node/pdfjs.js';
export { checkFiles, type PoolOptions } from './batch/pool.js';

// A batch as a supervisor runs it: folders and patterns, cross-year and duplicate checks, a region's sum, the units list.
export { expandInputs } from './batch/expand.js';
export { runBatch, streamBatch, type BatchOptions, type BatchOutcome, type CombinedBatch } from './batch/run-batch.js';
export { sumReports } from './batch/region.js';
export { readUnits, matchUnit, type Unit } from './batch/units.js';

// Workbooks the tool writes: the supervisor's summary, the annotated copy, the official template.
export { summaryWorkbook } from './report/summary-xlsx.js';
export { annotateWorkbook } from './report/annotate/index.js';
export { placeReport } from './template/document.js';
export { writeWorkbook } from './template/write.js';
