import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJson } from './json.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixture = (name: string) => join(ROOT, 'fixtures', name);

export interface FixtureCase {
  file: string;
  base?: string;
  sameAs?: string;
  expect: { exit: 0 | 1 | 2; findings?: Record<string, number>; problem?: string; cells?: Record<string, string[][]> };
}

export interface FixtureBatch {
  files: string[];
  summary?: string;
  /** Findings per file, by rule, that only the batch adds. */
  expect: { exit: 0 | 1 | 2; findings: Record<string, Record<string, number>> };
}

const SOURCE = parseJson<{ cases: FixtureCase[]; batches: FixtureBatch[] }>(readFileSync(join(ROOT, 'fixtures', 'src', 'cases.json'), 'utf8'));

/** The fixture cases with their expected findings, from the readable source the fixtures are built from. */
export const CASES: FixtureCase[] = SOURCE.cases;

/** Groups of fixtures checked together (years of one agency, a region and its summary). */
export const BATCHES: FixtureBatch[] = SOURCE.batches;

export function countByRule(findings: { rule: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}
