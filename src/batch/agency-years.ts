import { agencyKey, type Identity } from './identity.js';

/** A file that is no agency's dated report: not read, a region's summary, or its agency or year unknown. */
export const UNDATED = -1;

/**
 * Room for every year in one agency's span of keys: a year is a title's or a file name's 20xx (one
 * past it is taken for none), and keys stay exact integers for 2^37 agencies.
 */
const YEARS = 2 ** 16;

/**
 * Each file's agency and year as one number: equal for one agency's reports of one year, one less
 * for the same agency's year before; UNDATED when it is no agency's dated report. Made once for a
 * batch's pairs of years and its duplicates: keys of the agency's name and the year as strings, made
 * twice, were about 60 MB of a country's batch, all alive until the last was made.
 */
export function agencyYearKeys(length: number, item: (index: number) => { identity: Identity; read: boolean; regionSummary: boolean }): Float64Array {
  const agencies = new Map<string, number>();
  const keys = new Float64Array(length).fill(UNDATED);
  for (let index = 0; index < length; index++) {
    const { identity, read, regionSummary } = item(index);
    const agency = agencyKey(identity);
    const { year } = identity;
    if (!read || regionSummary || !agency || year === undefined || !(year >= 1 && year < YEARS)) continue;
    let id = agencies.get(agency);
    if (id === undefined) agencies.set(agency, (id = agencies.size));
    keys[index] = id * YEARS + year;
  }
  return keys;
}
