import type { Report } from '../../../model/schema.js';
import { FORMAT_VERSIONS, type FormatVersion } from '../../../spec/tables.js';
import type { Equation } from '../../rule.js';

/**
 * A rule's equations for a report, made once a format, not once a report: besides the objects,
 * their keys are then the same strings every time, which V8 finds in a report's cells (a hash table)
 * without hashing them anew.
 */
export function equationsPerFormat(make: (version: FormatVersion) => Equation[]): (report: Pick<Report, 'formatVersion'>) => Equation[] {
  const made = new Map(FORMAT_VERSIONS.map((version) => [version, make(version)]));
  return (report) => made.get(report.formatVersion)!;
}
