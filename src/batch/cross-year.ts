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
  const byAgency = new Map<string, Map<number, number>>();
  items.forEach(({ identity, read }, index) => {
    const agency = agencyKey(identity);
    if (!agency || identity.year === undefined || !read) return;
    const years = byAgency.get(agency) ?? new Map<number, number>();
    if (!years.has(identity.year)) years.set(identity.year, index);
    byAgency.set(agency, years);
  });
  const found = new Map<number, Finding[]>();
  for (const years of byAgency.values()) {
    for (const [year, index] of years) {
      const previousIndex = years.get(year - 1);
      if (previousIndex === undefined) continue;
      const previous = load(previousIndex);
      const findings = runPairRules({ current: load(index).report, previous: previous.report, previousPath: previous.path }, options);
      if (findings.length > 0) found.set(index, findings);
    }
  }
  return found;
}
