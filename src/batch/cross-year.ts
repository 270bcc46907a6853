import type { Report } from '../model/schema.js';
import { runPairRules, type RunOptions } from '../rules/engine.js';
import type { Finding } from '../rules/finding.js';
import { UNDATED } from './agency-years.js';

/**
 * Pairs each agency's reports of consecutive years and runs the rules across years on each pair,
 * from each file's agency and year as one number (agencyYearKeys: its year before is one less).
 * Only the reports of a pair are loaded (`load`), so a province's batch need not hold its models.
 * Returns, by index of the later report, the findings to add to it.
 */
export function crossYearFindings(keys: Float64Array, load: (index: number) => { report: Report; path: string }, options: RunOptions): Map<number, Finding[]> {
  // The first file of each agency and year, in input order; one map for every agency, not a map for each.
  const first = new Map<number, number>();
  keys.forEach((key, index) => {
    if (key !== UNDATED && !first.has(key)) first.set(key, index);
  });
  const found = new Map<number, Finding[]>();
  for (const [key, index] of first) {
    const previousIndex = first.get(key - 1);
    if (previousIndex === undefined) continue;
    const previous = load(previousIndex);
    const findings = runPairRules({ current: load(index).report, previous: previous.report, previousPath: previous.path }, options);
    if (findings.length > 0) found.set(index, findings);
  }
  return found;
}
