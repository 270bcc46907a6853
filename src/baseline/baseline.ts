import { z } from 'zod';
import { fingerprint } from '../rules/fingerprint.js';
import type { FileResult } from '../result.js';

/**
 * A baseline: the findings a team already knows of, recorded so that a gate fails only on new ones.
 * Entries are sorted, so a baseline diffs cleanly in review.
 */
export const BaselineEntry = z.strictObject({
  path: z.string(),
  rule: z.string(),
  fingerprint: z.string(),
  /** For the reader of the file; not used to match. */
  message: z.string().optional(),
});
export type BaselineEntry = z.infer<typeof BaselineEntry>;

export const Baseline = z.strictObject({
  tool: z.literal('xxgk-check'),
  baselineVersion: z.literal(1),
  findings: z.array(BaselineEntry),
});
export type Baseline = z.infer<typeof Baseline>;

export function makeBaseline(results: Iterable<FileResult>, pathOf: (r: FileResult) => string, messageOf: (f: FileResult['findings'][number]) => string): Baseline {
  const findings: BaselineEntry[] = [];
  for (const result of results) for (const f of result.findings) findings.push({ path: pathOf(result), rule: f.rule, fingerprint: fingerprint(f), message: messageOf(f) });
  findings.sort((a, b) => compare(a.path, b.path) || compare(a.rule, b.rule) || compare(a.fingerprint, b.fingerprint));
  return { tool: 'xxgk-check', baselineVersion: 1, findings };
}

/**
 * Results without the findings the baseline knows, and how many were left out. Matching counts
 * entries, so two identical findings where the baseline had one leave one standing.
 */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, pathOf: (r: FileResult) => string): { results: FileResult[]; known: number } {
  const filter = baselineFilter(baseline, pathOf);
  const filtered = results.map(filter);
  return { results: filtered, known: filter.known() };
}

/**
 * The same for one walk through results in order, a result at a time (a country's batch is read
 * back from disk): each call leaves out what the baseline knows and has not yet been met; `known()`
 * counts what was left out so far. A new walk needs a new filter.
 */
export function baselineFilter(baseline: Baseline, pathOf: (r: FileResult) => string): ((result: FileResult) => FileResult) & { known: () => number } {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) {
    const key = `${entry.path}\u0000${entry.fingerprint}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  let known = 0;
  const filter = (result: FileResult): FileResult => ({
    ...result,
    findings: result.findings.filter((f) => {
      const key = `${pathOf(result)}\u0000${fingerprint(f)}`;
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      known++;
      return false;
    }),
  });
  return Object.assign(filter, { known: () => known });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
