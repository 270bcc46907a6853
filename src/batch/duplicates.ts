import { agencyYearKeys, UNDATED } from './agency-years.js';
import type { Identity } from './identity.js';

/**
 * Files that are one agency's report for one year, as groups of their indexes in input order: only
 * files that were read and whose agency and year are known; a region's summary is no agency's report.
 */
export function duplicateGroups(items: readonly { identity: Identity; read: boolean; regionSummary: boolean }[]): number[][] {
  return sameKeyGroups(agencyYearKeys(items.length, (index) => items[index]!));
}

/** The same from each file's agency and year as one number (agencyYearKeys). */
export function sameKeyGroups(keys: Float64Array): number[][] {
  // The first file of each agency and year by its index alone; a group's list is made only for a second.
  const first = new Map<number, number | number[]>();
  const groups: number[][] = [];
  keys.forEach((key, index) => {
    if (key === UNDATED) return;
    const met = first.get(key);
    if (met === undefined) first.set(key, index);
    else if (typeof met === 'number') {
      const group = [met, index];
      first.set(key, group);
      groups.push(group);
    } else met.push(index);
  });
  return groups;
}
