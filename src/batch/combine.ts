import type { Checked, CheckOptions } from '../check.js';
import { runDuplicateRules, runRegionRules, sortFindings } from '../rules/engine.js';
import type { BatchInfo, FileResult } from '../result.js';
import type { FormatVersion } from '../spec/tables.js';
import { crossYearFindings } from './cross-year.js';
import { duplicateGroups } from './duplicates.js';
import { identify } from './identity.js';
import { provesNoReport } from './passed-over.js';
import { sumReports } from './region.js';
import type { Unit } from './unit-match.js';

export interface CombineOptions {
  check: CheckOptions;
  units?: readonly Unit[];
  /** The index among the files of the region's own summary (--summary), checked against the sum of the others; -1 for none. */
  summaryIndex?: number;
  skipped?: string[];
  /** Files met in folders rather than named: one that proves to be no report (a README, a cover letter) is skipped, not reported. */
  walked?: readonly string[];
  /** Folders the walk could not list: each is reported as a file that could not be checked. */
  unreadable?: readonly { path: string; code: string }[];
}

export type RegionProblem = { kind: 'mixed'; versions: Record<FormatVersion, string[]> } | { kind: 'unreadable'; path: string };

export interface BatchOutcome {
  results: FileResult[];
  info: BatchInfo;
  region?: RegionProblem;
}

/**
 * What only a batch can see, once every file is checked: who each file is from, each agency's
 * consecutive years, one agency's year reported twice, a region's summary against its agencies,
 * and which listed units sent nothing.
 * Touches no file system, so the command line and the page in the browser make the same checks.
 */
export function combineBatch(allFiles: readonly string[], allChecked: Checked[], options: CombineOptions): BatchOutcome {
  const walked = new Set(options.walked);
  const noReport = (i: number) => i !== options.summaryIndex && walked.has(allFiles[i]!) && provesNoReport(allChecked[i]!.result);
  const files = allFiles.filter((_, i) => !noReport(i));
  const checked = allChecked.filter((_, i) => !noReport(i));
  const passedOver = allFiles.filter((_, i) => noReport(i));
  checked.forEach((c, i) => (c.result = { ...c.result, path: files[i]! }));
  const identities = checked.map((c, i) => identify(files[i]!, c.report, options.units));
  const results: FileResult[] = checked.map(({ result }, i) => {
    const { unit, agency, year } = identities[i]!;
    if (result.problem) return { ...result, ...(unit ? { unit } : {}) };
    return { ...result, ...(agency && !result.agency ? { agency } : {}), ...(year && result.year === undefined ? { year } : {}), ...(unit ? { unit } : {}) };
  });

  const summaryIndex = options.summaryIndex === undefined || options.summaryIndex < 0 ? -1 : files.indexOf(allFiles[options.summaryIndex]!);
  // A region's summary (the --summary file, or one xxgk-check sum wrote) is no agency's report: never paired, summed or counted twice.
  const isSummary = (i: number) => i === summaryIndex || Boolean(checked[i]!.result.regionSummary);
  const agencies = checked.map((checked, i) => ({ checked, identity: identities[i]!, at: i })).filter((_, i) => !isSummary(i));
  for (const [index, findings] of crossYearFindings(agencies, options.check)) {
    // By the file's place, not a search of the results by path: a province's two years are 40,000 files.
    const at = agencies[index]!.at;
    results[at] = { ...results[at]!, findings: sortFindings([...results[at]!.findings, ...findings]) };
  }

  // One agency's report for one year twice (年报.xlsx and 年报（修改版）.xlsx): each is told of the others.
  const groups = duplicateGroups(checked.map((c, i) => ({ identity: identities[i]!, read: Boolean(c.report), regionSummary: isSummary(i) })));
  for (const group of groups) {
    for (const index of group) {
      const { unit, agency, year } = identities[index]!;
      const others = group.filter((i) => i !== index).map((i) => files[i]!);
      const findings = runDuplicateRules({ agency: unit ?? agency!, year: year!, others }, options.check);
      results[index] = { ...results[index]!, findings: sortFindings([...results[index]!.findings, ...findings]) };
    }
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
      for (const input of inputs) versions[summed.version].push(input.path);
      region = { kind: 'mixed', versions };
    } else {
      const findings = runRegionRules({ summary: summary.report, sums: summed.sums, count: inputs.length }, options.check);
      results[summaryIndex] = { ...results[summaryIndex]!, findings: sortFindings([...results[summaryIndex]!.findings, ...findings]) };
    }
  }

  for (const folder of options.unreadable ?? []) results.push({ path: folder.path, findings: [], problem: { code: 'DIR_UNREADABLE', detail: folder.code } });

  const info: BatchInfo = { skipped: [...(options.skipped ?? []), ...passedOver] };
  if (options.units) {
    const received = new Set(
      identities
        .filter((_, i) => !isSummary(i))
        .map((i) => i.unit)
        .filter(Boolean),
    );
    info.units = {
      expected: options.units.length,
      missing: options.units.map((u) => u.name).filter((name) => !received.has(name)),
      unmatched: files.filter((_, i) => !identities[i]!.unit && !isSummary(i)),
    };
  }
  return { results, info, ...(region ? { region } : {}) };
}
