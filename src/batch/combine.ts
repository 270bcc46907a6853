import type { Checked, CheckOptions } from '../check.js';
import { runDuplicateRules, runRegionRules, sortFindings } from '../rules/engine.js';
import type { Finding } from '../rules/finding.js';
import { countSeverities, type BatchInfo, type Counts, type FileResult } from '../result.js';
import type { FormatVersion } from '../spec/tables.js';
import { crossYearFindings } from './cross-year.js';
import { sameKeyGroups } from './duplicates.js';
import { agencyYearKeys } from './agency-years.js';
import { identify, type Identity } from './identity.js';
import { heldOutcomes, type Outcomes } from './outcomes.js';
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
 * A batch combined, its results completed one at a time when asked for, in order: a country's
 * batch is written out file by file without holding every result at once.
 */
export interface CombinedBatch {
  /** How many results: the files kept, then the folders that could not be listed. */
  readonly length: number;
  result(index: number): FileResult;
  /** Every result in order, loaded as it is reached; each walk loads them again. */
  results: Iterable<FileResult>;
  /** The results counted, without loading one. */
  counts: Counts;
  info: BatchInfo;
  region?: RegionProblem;
}

/** The same, every result at hand: for the page and library callers, whose batches fit in memory. */
export function combineBatch(allFiles: readonly string[], allChecked: readonly Checked[], options: CombineOptions): BatchOutcome {
  return materialize(combineOutcomes(allFiles, heldOutcomes(allChecked), options));
}

/** Every result of a combined batch loaded, in order. */
export function materialize(batch: CombinedBatch): BatchOutcome {
  return { results: [...batch.results], info: batch.info, ...(batch.region ? { region: batch.region } : {}) };
}

/**
 * What only a batch can see, once every file is checked: who each file is from, each agency's
 * consecutive years, one agency's year reported twice, a region's summary against its agencies,
 * and which listed units sent nothing. Decided from the files' digests; a file's whole outcome is
 * loaded only when a pair or a region's sum needs its model, and when its result is asked for.
 * Touches no file system, so the command line and the page in the browser make the same checks.
 */
export function combineOutcomes(allFiles: readonly string[], outcomes: Outcomes, options: CombineOptions): CombinedBatch {
  const walked = new Set(options.walked);
  const noReport = (i: number) => i !== options.summaryIndex && walked.has(allFiles[i]!) && provesNoReport(outcomes.digest(i));
  const kept: number[] = [];
  const passedOver: string[] = [];
  for (let i = 0; i < allFiles.length; i++) {
    if (noReport(i)) passedOver.push(allFiles[i]!);
    else kept.push(i);
  }
  const files = kept.map((i) => allFiles[i]!);
  const digests = kept.map((i) => outcomes.digest(i));
  const load = (at: number) => outcomes.load(kept[at]!);
  const identities = digests.map((digest, at) => identify(files[at]!, digest.read ? digest : undefined, options.units));
  /** Findings only the batch can make, by the file's place among the kept: added to what the file's own check found. */
  const added = new Map<number, Finding[]>();
  const add = (at: number, findings: readonly Finding[]) => added.set(at, [...(added.get(at) ?? []), ...findings]);

  const summaryIndex = options.summaryIndex === undefined || options.summaryIndex < 0 ? -1 : kept.indexOf(options.summaryIndex);
  // A region's summary (the --summary file, or one xxgk-check sum wrote) is no agency's report: never paired, summed or counted twice.
  const isSummary = (at: number) => at === summaryIndex || Boolean(digests[at]!.regionSummary);
  // Each file's agency and year as one number, made once for its pairs of years and its duplicates.
  const keys = agencyYearKeys(kept.length, (at) => ({ identity: identities[at]!, read: digests[at]!.read, regionSummary: isSummary(at) }));
  // By the file's place, not a search of the results by path: a province's two years are 40,000 files.
  const paired = crossYearFindings(keys, (at) => ({ report: load(at).report!, path: files[at]! }), options.check);
  for (const [at, findings] of paired) add(at, findings);

  // One agency's report for one year twice (年报.xlsx and 年报（修改版）.xlsx): each is told of the others.
  const groups = sameKeyGroups(keys);
  for (const group of groups) {
    for (const at of group) {
      const { unit, agency, year } = identities[at]!;
      const others = group.filter((i) => i !== at).map((i) => files[i]!);
      add(at, runDuplicateRules({ agency: unit ?? agency!, year: year!, others }, options.check));
    }
  }

  let region: RegionProblem | undefined;
  if (summaryIndex >= 0) {
    const summary = load(summaryIndex);
    const inputs = digests.flatMap((digest, at) => (digest.read && !isSummary(at) ? [{ path: files[at]!, report: load(at).report! }] : []));
    const summed = sumReports(inputs);
    if (!summary.report) region = { kind: 'unreadable', path: files[summaryIndex]! };
    else if (!summed.ok) region = { kind: 'mixed', versions: summed.versions };
    else if (inputs.length > 0 && summed.version !== summary.report.formatVersion) {
      const versions: Record<FormatVersion, string[]> = { '2019': [], '2021': [] };
      versions[summary.report.formatVersion].push(files[summaryIndex]!);
      for (const input of inputs) versions[summed.version].push(input.path);
      region = { kind: 'mixed', versions };
    } else {
      add(summaryIndex, runRegionRules({ summary: summary.report, sums: summed.sums, count: inputs.length }, options.check));
    }
  }

  const folders: FileResult[] = (options.unreadable ?? []).map((folder) => ({ path: folder.path, findings: [], problem: { code: 'DIR_UNREADABLE', detail: folder.code } }));
  const result = completing(files, kept, identities, added, outcomes, folders);

  const counts: Counts = { files: kept.length + folders.length, checked: 0, unreadable: folders.length, errors: 0, warnings: 0 };
  digests.forEach((digest, at) => {
    if (digest.problem) counts.unreadable++;
    counts.errors += digest.errors;
    counts.warnings += digest.warnings;
    countSeverities(added.get(at) ?? [], counts);
  });
  counts.checked = counts.files - counts.unreadable;

  const info: BatchInfo = { skipped: [...(options.skipped ?? []), ...passedOver] };
  if (options.units) {
    const received = new Set(
      identities
        .filter((_, at) => !isSummary(at))
        .map((i) => i.unit)
        .filter(Boolean),
    );
    info.units = {
      expected: options.units.length,
      missing: options.units.map((u) => u.name).filter((name) => !received.has(name)),
      unmatched: files.filter((_, at) => !identities[at]!.unit && !isSummary(at)),
    };
  }
  return { length: counts.files, result, results: inOrder(counts.files, result), counts, info, ...(region ? { region } : {}) };
}

/** result(0), result(1) … in order, again at each walk. */
function inOrder<T>(length: number, result: (at: number) => T): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      for (let at = 0; at < length; at++) yield result(at);
    },
  };
}

/**
 * Each file's result as the batch reports it: loaded, named as the user gave it, its identity filled
 * in and what the batch found added. Made here, not inside combineOutcomes, so that it holds only
 * what it reads: the digests, the walked paths and the pairs of a country's batch are let go.
 */
function completing(files: readonly string[], kept: readonly number[], identities: readonly Identity[], added: ReadonlyMap<number, Finding[]>, outcomes: Outcomes, folders: readonly FileResult[]) {
  return (at: number): FileResult => {
    if (at >= kept.length) return folders[at - kept.length]!;
    const { result: checked } = outcomes.load(kept[at]!);
    const { unit, agency, year } = identities[at]!;
    const result: FileResult = checked.problem
      ? { ...checked, path: files[at]!, ...(unit ? { unit } : {}) }
      : { ...checked, path: files[at]!, ...(agency && !checked.agency ? { agency } : {}), ...(year && checked.year === undefined ? { year } : {}), ...(unit ? { unit } : {}) };
    const more = added.get(at);
    return more ? { ...result, findings: sortFindings([...result.findings, ...more]) } : result;
  };
}
