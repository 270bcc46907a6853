/**
 * The checker's core, for any JavaScript runtime (a browser included): a report file's bytes in,
 * findings and reports out. Nothing here touches a file system, a process or a thread; `xxgk-check`
 * (src/index.ts) adds those for Node.
 */

// Checking a file's bytes, a read document or a built report: the whole pipeline in one call.
export { checkBytes, checkDocument, checkReport, type CheckOptions, type Checked } from './check.js';

// The pipeline's stages, one call each: bytes → document → located tables → report → claims → findings.
export { readDocument } from './read/read-document.js';
export { locateReport } from './locate/locate.js';
export { buildReport } from './model/build.js';
export { readClaims } from './prose/read-claims.js';
export { runRules, runPairRules, runRegionRules, type RunOptions, type SeverityOverride } from './rules/engine.js';

// The rules, as data.
export { CATALOGUE, findRule } from './rules/catalogue/index.js';
export type { Rule } from './rules/rule.js';

// Reports: the results presented once (messages in a language, counts), laid out by a formatter named as on the command line.
export { present } from './report/present.js';
export { Presented, PresentedFile, PresentedFinding } from './report/present-schema.js';
export { formatResults, FORMATTERS, FORMATS, type Format, type Formatter } from './report/formatters.js';
export type { ReportContext } from './report/context.js';
export { describeSource } from './report/source.js';
export { countResults, exitCodeOf } from './result.js';

// What the reading needs from its host: limits, an inflater (Node passes its zlib), PDF.js.
export { defaultLimits, type ReadLimits } from './read/limits.js';
export { portableInflate, type InflateRaw } from './read/zip/index.js';
export { PdfEngineUnavailable, type LoadPdfEngine, type PdfEngine } from './read/pdf/index.js';

// The data between the stages, as zod schemas and their types.
export { Document, DocTable, DocCell, Paragraph, Source } from './read/document-schema.js';
export type { FileProblem, FileProblemCode } from './read/problem.js';
export type { LocatedReport } from './locate/located.js';
export { Report, ModelCell } from './model/schema.js';
export { Claim, SkipReason } from './model/claim-schema.js';
export { Finding } from './rules/finding.js';
export { FileResult } from './result-schema.js';
export type { Lang, Text } from './spec/text.js';
export * as spec from './spec/library.js';
