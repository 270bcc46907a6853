import { resolve } from 'node:path';
import type { CheckOptions } from '../check.js';
import { CATALOGUE } from '../rules/catalogue/index.js';
import { runDuplicateRules, runRegionRules, sortFindings } from '../rules/engine.js';
import { isPairRule } from '../rules/rule.js';
import type { BatchInfo, FileResult } from '../result.js';
import type { FormatVersion } from '../spec/tables.js';
import { crossYearFindings } from './cross-year.js';
import { duplicateGroups } from './duplicates.js';
import { identify } from './identity.js';
import { checkFiles, type PoolOptions } from './pool.js';
import { sumReports } from './region.js';
import type { Unit } from './units.js';

export interface BatchOptions {
  cwd: string;
  check: CheckOptions;
  pool?: PoolOptions;
  units?: readonly Unit[];
  /** The region's own summary workbook among the files (--summary): checked against the sum of the others. */
  summary?: string;
  skipped?: string[];
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
 * A batch: every file checked (in parallel), then what only a batch can see — who each file is
 * from, each agency's consecutive years, a region's summary against its agencies, and which
 * listed units sent nothing.
 */
export async function runBatch(files: readonly string[], options: BatchOptions): Promise<BatchOutcome> {
  // Reports are kept whole only to sum a region; otherwise only the cells the rules across years read.
  const keep = options.summary ? 'all' : [...new Set(CATALOGUE.filter(isPairRule).flatMap((r) => r.reads))];
  const absolute = files.map((f) => resolve(options.cwd, f));
  const shown = new Map(absolute.map((a, i) => [a, files[i]!]));
  const onDone = options.pool?.onDone;
  const checked = await checkFiles(absolute, options.check, {
    ...options.pool,
    keep,
    // Progress names files as the user gave them.
    ...(onDone ? { onDone: (done: number, total: number, path: string) => onDone(done, total, shown.get(path) ?? path) } : {}),
  });
  checked.forEach((c, i) => (c.result = { ...c.result, path: files[i]! }));
  const identities = checked.map((c, i) => identify(files[i]!, c.report, options.units));
  const results: FileResult[] = checked.map(({ result }, i) => {
    const { unit, agency, year } = identities[i]!;
    if (result.problem) return { ...result, ...(unit ? { unit } : {}) };
    return { ...result, ...(agency && !result.agency ? { agency } : {}), ...(year && result.year === undefined ? { year } : {}), ...(unit ? { unit } : {}) };
  });

  const summaryIndex = options.summary === undefined ? -1 : files.findIndex((f) => resolve(options.cwd, f) === resolve(options.cwd, options.summary!));
  // A region's summary (the --summary file, or one xxgk-check sum wrote) is no agency's report: never paired, summed or counted twice.
  const isSummary = (i: number) => i === summaryIndex || Boolean(checked[i]!.result.regionSummary);
  const agencies = checked.map((checked, i) => ({ checked, identity: identities[i]! })).filter((_, i) => !isSummary(i));
  for (const [index, findings] of crossYearFindings(agencies, options.check)) {
    const target = agencies[index]!.checked.result.path;
    const at = results.findIndex((r) => r.path === target);
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
      versions[summed.version].push(...inputs.map((i) => i.path));
      region = { kind: 'mixed', versions };
    } else {
      const findings = runRegionRules({ summary: summary.report, sums: summed.sums, count: inputs.length }, options.check);
      results[summaryIndex] = { ...results[summaryIndex]!, findings: sortFindings([...results[summaryIndex]!.findings, ...findings]) };
    }
  }

  for (const folder of options.unreadable ?? []) results.push({ path: folder.path, findings: [], problem: { code: 'DIR_UNREADABLE', detail: folder.code } });

  const info: BatchInfo = { skipped: options.skipped ?? [] };
  if (options.units) {
    const received = new Set(identities.filter((_, i) => !isSummary(i)).map((i) => i.unit).filter(Boolean));
    info.units = {
      expected: options.units.length,
      missing: options.units.map((u) => u.name).filter((name) => !received.has(name)),
      unmatched: files.filter((_, i) => !identities[i]!.unit && !isSummary(i)),
    };
  }
  return { results, info, ...(region ? { region } : {}) };
}
