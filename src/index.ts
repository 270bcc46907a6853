/** The library: the same pipeline the command line runs. `xxgk-check/core` is the part that runs anywhere, a browser included. */
export * from './core.js';
export { checkFile, checkFileModel } from './node/check-file.js';
export { readDocumentFile, readFileBytes } from './node/read-file.js';
export { nodeInflate } from './node/inflate.js';
export type { LocatedReport } from './locate/located.js';
export type { Rule } from './rules/rule.js';
export * as spec from './spec/tables.js';
export { runCli } from './cli/main.js';
export { checkFiles, type PoolOptions } from './batch/pool.js';
export { runBatch, type BatchOptions, type BatchOutcome } from './batch/run-batch.js';
export { expandInputs } from './batch/expand.js';
export { sumReports } from './batch/region.js';
export { readUnits, matchUnit, type Unit } from './batch/units.js';
export { FORMATTERS, FORMATS, type Format, type Formatter } from './report/formatters.js';
export { summaryWorkbook } from './report/summary-xlsx.js';
export { placeReport } from './template/document.js';
export { writeWorkbook } from './template/write.js';
export { annotateWorkbook } from './report/annotate/annotate.js';
