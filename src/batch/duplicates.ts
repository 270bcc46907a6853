import { agencyKey, type Identity } from './identity.js';

/**
 * Files that are one agency's report for one year, as groups of their indexes in input order: only
 * files that were read and whose agency and year are known; a region's summary is no agency's report.
 */
export function duplicateGroups(items: readonly { identity: Identity; read: boolean; regionSummary: boolean }[]): number[][] {
  const groups = new Map<string, number[]>();
  items.forEach(({ identity, read, regionSummary }, index) => {
    const agency = agencyKey(identity);
    if (!read || regionSummary || !agency || identity.year === undefined) return;
    const key = `${agency}\u0000${identity.year}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}
