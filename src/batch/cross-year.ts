import type { Report } from '../model/schema.js';
import { runPairRules, type RunOptions } from '../rules/engine.js';
import type { Finding } from '../rules/finding.js';
import { agencyKey, type Identity } from './identity.js';

/**
 * Pairs each agency's reports of consecutive years and runs the rules across years on each pair.
 * Only the reports of a pair are loaded (`load`), so a province's batch need not hold its models.
 * Returns, by index of the later report, the findings to add to it.
 */
export function crossYearFindings(items: readonly { identity: Identity; read: boolean }[], load: (index: number) => { report: Report; path: string }, options: RunOptions): Map<number, Finding[]> {
  // One map for every agency and year, not a map for each agency: a country's batch is 100,000 agencies.
  const byYear = new Map<string, number>();
  const keyOf = (agency: string, year: number) => `${year}\u0000${agency}`;
  const dated: { agency: string; year: number; index: number }[] = [];
  items.forEach(({ identity, read }, index) => {
    const agency = agencyKey(identity);
    if (!agency || identity.year === undefined || !read) return;
    const key = keyOf(agency, identity.year);
    if (byYear.has(key)) return;
    byYear.set(key, index);
    dated.push({ agency, year: identity.year, index });
  });
  const found = new Map<number, Finding[]>();
  for (const { agency, year, index } of dated) {
    const previousIndex = byYear.get(keyOf(agency, year - 1));
    if (previousIndex === undefined) continue;
    const previous = load(previousIndex);
    const findings = runPairRules({ current: load(index).report, previous: previous.report, previousPath: previous.path }, options);
    if (findings.length > 0) found.set(index, findings);
  }
  return found;
}
