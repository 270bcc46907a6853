/**
 * The checker's core, for any JavaScript runtime (a browser included): a report file's bytes in,
 * findings and reports out. Nothing here touches a file system, a process or a thread; src/node/,
 * src/batch/ and src/cli/ add those for Node.
 */
export { checkBytes, checkBytesModel, checkDocument, checkReport, type CheckOptions, type Checked } from './check.js';
export { readDocument } from './read/read-document.js';
export { sniff } from './read/sniff.js';
export { portableInflate, type InflateRaw } from './read/zip/inflate.js';
export { PdfEngineUnavailable, type LoadPdfEngine, type PdfEngine } from './read/pdf/engine.js';
export { defaultLimits, type ReadLimits } from './read/limits.js';
export { Document, DocTable, DocCell, Paragraph, Source, sourceId } from './read/document.js';
export type { FileProblem, FileProblemCode } from './read/problem.js';
export { locateReport } from './locate/locate.js';
export { buildReport } from './model/build.js';
export { readClaims } from './prose/read-claims.js';
export { Claim, SkipReason } from './prose/claim.js';
export { Report, ModelCell } from './model/schema.js';
export { runRules, runPairRules, runRegionRules, type RunOptions, type SeverityOverride } from './rules/engine.js';
export { CATALOGUE, findRule } from './rules/catalogue/index.js';
export { Finding } from './rules/finding.js';
export { FileResult, countResults, exitCodeOf } from './result.js';
export { renderMessage } from './report/message.js';
export { present, Presented, PresentedFile, PresentedFinding } from './report/present.js';
export { renderProblem } from './report/problems.js';
export { describeSource } from './report/source.js';
export { formatText } from './report/text.js';
export { formatJson } from './report/json.js';
export { formatSarif } from './report/sarif.js';
export { formatJunit } from './report/junit.js';
export { formatGithub } from './report/github.js';
export { formatHtml } from './report/html/html.js';
