import { runPairRules, type RunOptions } from '../rules/engine.js';
import type { Finding } from '../rules/finding.js';
import type { Checked } from '../check.js';
import { agencyKey, type Identity } from './identity.js';

/**
 * Pairs each agency's reports of consecutive years and runs the rules across years on each pair.
 * Returns, by index of the later report, the findings to add to it.
 */
export function crossYearFindings(items: readonly { checked: Checked; identity: Identity }[], options: RunOptions): Map<number, Finding[]> {
  const byAgency = new Map<string, Map<number, number>>();
  items.forEach(({ checked, identity }, index) => {
    const agency = agencyKey(identity);
    if (!agency || identity.year === undefined || !checked.report) return;
    const years = byAgency.get(agency) ?? new Map<number, number>();
    if (!years.has(identity.year)) years.set(identity.year, index);
    byAgency.set(agency, years);
  });
  const found = new Map<number, Finding[]>();
  for (const years of byAgency.values()) {
    for (const [year, index] of years) {
      const previousIndex = years.get(year - 1);
      if (previousIndex === undefined) continue;
      const current = items[index]!.checked;
      const previous = items[previousIndex]!.checked;
      const findings = runPairRules({ current: current.report!, previous: previous.report!, previousPath: previous.result.path }, options);
      if (findings.length > 0) found.set(index, findings);
    }
  }
  return found;
}
