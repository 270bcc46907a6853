import { SKIP_REASONS, type Claim } from '../model/claim.js';
import type { FindingCell, Sentence } from '../model/cited.js';
import type { BatchInfo, FileResult } from '../result.js';
import type { Lang } from '../spec/text.js';
import { fromResults, type PresentedFile, type PresentedFinding, type PresentedReport } from './present.js';
import { describeSource } from './source.js';

export interface JsonOptions {
  lang: Lang;
  tool: { name: string; version: string };
  batch?: BatchInfo;
  known?: number;
}

/** One JSON document: every file with its findings (or its error), then the counts. */
export function layoutJson(report: PresentedReport, options: JsonOptions): string {
  return [...layoutJsonChunks(report, options)].join('');
}

/** The same, for a library user's results as checked. */
export const formatJson = fromResults(layoutJson);

/**
 * The same document a file at a time, so that a batch of thousands is written out as it is
 * formatted instead of held twice in memory (as objects, then as one long string). Indented as
 * `JSON.stringify(document, null, 2)` does, but for a file's values: one line each, two hundred of
 * them a file, so that the numbers read stay a fifth of the size and can be read down a column.
 */
export function* layoutJsonChunks(report: PresentedReport, options: JsonOptions): Generator<string> {
  const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
  yield `{\n  "tool": ${nested(options.tool, 1)},\n  "files": [`;
  let written = 0;
  for (const result of report.files) {
    const file = nested(fileJson(result, options.lang), 2);
    yield `${written++ === 0 ? '' : ','}\n    ${result.values ? `${file.slice(0, -6)},\n      "values": ${valuesJson(result.values)}\n    }` : file}`;
  }
  const summary = {
    ...report.counts,
    ...(options.known ? { knownInBaseline: options.known } : {}),
    ...(options.batch?.skipped.length ? { skipped: options.batch.skipped } : {}),
    ...(options.batch?.units ? { units: options.batch.units } : {}),
  };
  yield `${written > 0 ? '\n  ' : ''}],\n  "summary": ${nested(summary, 1)}\n}\n`;
}

function fileJson(result: PresentedFile, lang: Lang) {
  return {
    path: result.path,
    ...(result.format ? { format: result.format } : {}),
    ...(result.formatVersion ? { formatVersion: result.formatVersion } : {}),
    ...(result.year !== undefined ? { year: result.year } : {}),
    ...(result.agency ? { agency: result.agency } : {}),
    ...(result.unit ? { unit: result.unit } : {}),
    ...(result.regionSummary ? { regionSummary: true } : {}),
    findings: result.findings.map((f) => findingJson(f, lang)),
    ...(result.claims ? { claims: result.claims.map((c) => claimJson(c, lang)) } : {}),
    ...(result.problem
      ? {
          error: {
            code: result.problem.code,
            message: result.problem.message,
            ...(result.problem.detail ? { detail: result.problem.detail } : {}),
          },
        }
      : {}),
  };
}

function findingJson(finding: PresentedFinding, lang: Lang) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    ...(finding.table ? { table: finding.table } : {}),
    ...(finding.row ? { row: finding.row[lang] } : {}),
    ...(finding.column ? { column: finding.column[lang] } : {}),
    message: finding.message,
    messageId: finding.messageId,
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
    ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
    ...(finding.difference !== undefined ? { difference: finding.difference } : {}),
    cells: finding.cells.map((c) => cellJson(c, lang)),
    ...(finding.sentence ? { sentence: sentenceJson(finding.sentence, lang) } : {}),
  };
}

function cellJson(c: FindingCell, lang: Lang) {
  return {
    ...(c.file ? { file: c.file } : {}),
    key: c.key,
    value: c.value,
    ...(c.name ? { name: c.name[lang] } : {}),
    ...(c.side ? { side: c.side } : {}),
    source: c.source,
    where: describeSource(c.source, lang),
  };
}

/** A sentence of the prose: its text, where it is, and the claim's words in it. */
function sentenceJson(sentence: Sentence, lang: Lang) {
  return {
    text: sentence.text,
    claim: sentence.text.slice(sentence.start, sentence.end),
    source: sentence.source,
    where: describeSource(sentence.source, lang),
  };
}

/** What --explain lists: each claim of the prose, what it was compared with, and the verdict. */
function claimJson(claim: Claim, lang: Lang) {
  return {
    ...(claim.rule ? { rule: claim.rule } : {}),
    ...(claim.phrase ? { phrase: claim.phrase } : {}),
    kind: claim.kind,
    verdict: claim.verdict,
    ...(claim.reason ? { reason: claim.reason, why: SKIP_REASONS[claim.reason][lang] } : {}),
    ...(claim.stated !== undefined ? { stated: claim.stated } : {}),
    ...(claim.name ? { comparedWith: claim.name[lang] } : {}),
    ...(claim.expected !== undefined ? { expected: claim.expected } : {}),
    ...(claim.difference !== undefined ? { difference: claim.difference } : {}),
    sentence: sentenceJson(claim.sentence, lang),
    cells: claim.cells.map((c) => cellJson(c, lang)),
  };
}

/**
 * The numbers as read, for anyone to build on: each canonical key with its value (a number; null
 * for a blank; the text as written when it is not a number) and where it stands in the file, a key a line.
 */
function valuesJson(values: NonNullable<FileResult['values']>): string {
  const lines = Object.entries(values).map(([key, v]) => {
    const value = v.status === 'number' ? v.value : v.status === 'blank' ? null : v.raw;
    return `        ${JSON.stringify(key)}: {"value": ${JSON.stringify(value)}, "source": ${JSON.stringify(v.source)}}`;
  });
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n      }`;
}
