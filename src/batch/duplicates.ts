import { agencyKey, type Identity } from './identity.js';

/**
 * Files that are one agency's report for one year, as groups of their indexes in input order: only
 * files that were read and whose agency and year are known; a region's summary is no agency's report.
 */
export function duplicateGroups(items: readonly { identity: Identity; read: boolean; regionSummary: boolean }[]): number[][] {
  // The first file of each agency and year by its index alone; a group's list is made only for a second.
  const first = new Map<string, number | number[]>();
  const groups: number[][] = [];
  items.forEach(({ identity, read, regionSummary }, index) => {
    const agency = agencyKey(identity);
    if (!read || regionSummary || !agency || identity.year === undefined) return;
    const key = `${agency}\u0000${identity.year}`;
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
