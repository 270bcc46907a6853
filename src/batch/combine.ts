import type { Checked, CheckOptions } from '../check.js';
import { runRegionRules, sortFindings } from '../rules/engine.js';
import type { BatchInfo, FileResult } from '../result.js';
import type { FormatVersion } from '../spec/tables.js';
import { crossYearFindings } from './cross-year.js';
import { identify } from './identity.js';
import { sumReports } from './region.js';
import type { Unit } from './unit-match.js';

export interface CombineOptions {
  check: CheckOptions;
  units?: readonly Unit[];
  /** The index among the files of the region's own summary (--summary), checked against the sum of the others; -1 for none. */
  summaryIndex?: number;
  skipped?: string[];
}

export type RegionProblem = { kind: 'mixed'; versions: Record<FormatVersion, string[]> } | { kind: 'unreadable'; path: string };

export interface BatchOutcome {
  results: FileResult[];
  info: BatchInfo;
  region?: RegionProblem;
}

/**
 * What only a batch can see, once every file is checked: who each file is from, each agency's
 * consecutive years, a region's summary against its agencies, and which listed units sent nothing.
 * Touches no file system, so the command line and the page in the browser make the same checks.
 */
export function combineBatch(files: readonly string[], checked: Checked[], options: CombineOptions): BatchOutcome {
  checked.forEach((c, i) => (c.result = { ...c.result, path: files[i]! }));
  const identities = checked.map((c, i) => identify(files[i]!, c.report, options.units));
  const results: FileResult[] = checked.map(({ result }, i) => {
    const { unit, agency, year } = identities[i]!;
    if (result.problem) return { ...result, ...(unit ? { unit } : {}) };
    return { ...result, ...(agency && !result.agency ? { agency } : {}), ...(year && result.year === undefined ? { year } : {}), ...(unit ? { unit } : {}) };
  });

  const summaryIndex = options.summaryIndex ?? -1;
  const agencies = checked.map((checked, i) => ({ checked, identity: identities[i]! })).filter((_, i) => i !== summaryIndex);
  for (const [index, findings] of crossYearFindings(agencies, options.check)) {
    const target = agencies[index]!.checked.result.path;
    const at = results.findIndex((r) => r.path === target);
    results[at] = { ...results[at]!, findings: sortFindings([...results[at]!.findings, ...findings]) };
  }

  let region: RegionProblem | undefined;
  if (summaryIndex >= 0) {
    const summary = checked[summaryIndex]!;
    const inputs = agencies.filter((a) => a.checked.report).map((a) => ({ path: a.checked.result.path, report: a.checked.report! }));
    const summed = sumReports(inputs);
    if (!summary.report) region = { kind: 'unreadable', path: files[summaryIndex]! };
    else if (!summed.ok) region = { kind: 'mixed', versions: summed.versions };
    else if (inputs.length > 0 && summed.version !== summary.report.formatVersion) {
      const versions: Record<FormatVersion, string[]> = { '2019': [], '2021': [] };
      versions[summary.report.formatVersion].push(files[summaryIndex]!);
      versions[summed.version].push(...inputs.map((i) => i.path));
      region = { kind: 'mixed', versions };
    } else {
      const findings = runRegionRules({ summary: summary.report, sums: summed.sums, count: inputs.length }, options.check);
      results[summaryIndex] = { ...results[summaryIndex]!, findings: sortFindings([...results[summaryIndex]!.findings, ...findings]) };
    }
  }

  const info: BatchInfo = { skipped: options.skipped ?? [] };
  if (options.units) {
    const received = new Set(identities.map((i) => i.unit).filter(Boolean));
    info.units = {
      expected: options.units.length,
      missing: options.units.map((u) => u.name).filter((name) => !received.has(name)),
      unmatched: files.filter((_, i) => !identities[i]!.unit && i !== summaryIndex),
    };
  }
  return { results, info, ...(region ? { region } : {}) };
}
