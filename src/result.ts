import type { Counts, FileResult } from './result-schema.js';

export type { BatchInfo, CellValue, Counts, FileResult } from './result-schema.js';

export function countResults(results: readonly FileResult[]): Counts {
  const counts: Counts = { files: results.length, checked: 0, unreadable: 0, errors: 0, warnings: 0 };
  for (const result of results) {
    counts[result.problem ? 'unreadable' : 'checked']++;
    countSeverities(result.findings, counts);
  }
  return counts;
}

/** Adds findings to a count of errors and warnings, and returns it. */
export function countSeverities<C extends { errors: number; warnings: number }>(findings: Iterable<{ severity: 'error' | 'warning' }>, counts: C): C {
  for (const finding of findings) counts[finding.severity === 'error' ? 'errors' : 'warnings']++;
  return counts;
}

export interface ExitPolicy {
  /** More warnings than this make the run fail (exit 1). */
  maxWarnings?: number;
}

/** 2 when a file could not be checked; 1 when any finding is an error, or warnings pass the limit; else 0. */
export function exitCodeOf(results: readonly FileResult[], policy: ExitPolicy = {}): 0 | 1 | 2 {
  return exitCodeOfCounts(countResults(results), policy);
}

/** The same, from the counts already made. */
export function exitCodeOfCounts(counts: Counts, policy: ExitPolicy = {}): 0 | 1 | 2 {
  if (counts.unreadable > 0) return 2;
  if (counts.errors > 0) return 1;
  return policy.maxWarnings !== undefined && counts.warnings > policy.maxWarnings ? 1 : 0;
}
