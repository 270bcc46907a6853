import { readFileSync } from 'node:fs';
import { locateReport } from '../../src/locate/locate.js';
import { buildReport } from '../../src/model/build.js';
import type { ModelCell, Report } from '../../src/model/schema.js';
import type { Claim } from '../../src/model/claim.js';
import { readClaims } from '../../src/prose/read-claims.js';
import type { Paragraph } from '../../src/read/document.js';
import { readDocument } from '../../src/read/read-document.js';
import { fixture } from './fixtures.js';

/**
 * A report model for prose tests: the tables of a generated text fixture (clean-2021 or
 * clean-2019) with every 表三 and 表四 value set to 0, then the values given; the year and the
 * agency as a title would give them.
 */
export async function proseReport(values: Record<string, number | null | string> = {}, options: { version?: '2019' | '2021'; year?: number; agency?: string } = {}): Promise<Report> {
  const version = options.version ?? '2021';
  const bytes = readFileSync(fixture(`generated/text/clean-${version}.txt`));
  const document = await readDocument(new Uint8Array(bytes));
  if (!document.ok) throw new Error(document.problem.code);
  const located = locateReport(document.value);
  if (!located.ok) throw new Error(located.problem.code);
  const report = buildReport(located.value);
  const cells: Record<string, ModelCell> = {};
  for (const [key, cell] of Object.entries(report.cells)) cells[key] = cell.table === 't2' ? cell : { ...cell, status: 'number', value: 0, raw: '0' };
  for (const [key, value] of Object.entries(values)) {
    const cell = cells[key];
    if (!cell) throw new Error(`no cell ${key}`);
    cells[key] =
      value === null
        ? { ...cell, status: 'blank', value: null, raw: '' }
        : typeof value === 'string'
          ? { ...cell, status: 'text', value: null, raw: value }
          : { ...cell, status: 'number', value, raw: String(value) };
  }
  const year = options.year ?? 2023;
  const { year: _year, agency: _agency, ...rest } = report;
  return { ...rest, cells, year, agency: options.agency ?? '某某市某某局' };
}

/** The claims of some paragraphs of prose (a text's lines) against a report. */
export function claimsOf(report: Report, ...paragraphs: string[]): Claim[] {
  const prose: Paragraph[] = paragraphs.map((text, i) => ({ text, source: { kind: 'text', line: i + 1 } }));
  return readClaims(prose, report);
}

/** A claim in short, for tables of expectations: 「words」 verdict (phrase or reason). */
export function brief(claim: Claim): string {
  const how = claim.verdict === 'skipped' ? claim.reason : claim.phrase;
  return `${claim.text} ${claim.verdict} ${how}${claim.verdict === 'skipped' ? '' : ` ${claim.expected}`}`;
}
