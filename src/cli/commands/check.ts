import { relative, resolve, sep } from 'node:path';
import type { Baseline } from '../../baseline/baseline.js';
import { expandInputs, type Inputs } from '../../batch/expand.js';
import { terminalProgress, wantsProgress } from '../../batch/progress.js';
import { streamBatch, type CombinedBatch } from '../../batch/run-batch.js';
import type { Unit } from '../../batch/units.js';
import type { CheckOptions } from '../../check.js';
import { loadConfig } from '../../config/load.js';
import type { Config } from '../../config/schema.js';
import { defaultLimits } from '../../read/limits.js';
import type { ReportContext } from '../../report/context.js';
import { FORMATTERS, type Format } from '../../report/formatters.js';
import type { Lang } from '../../spec/text.js';
import { renderMessage } from '../../report/message.js';
import { onlyErrors, presentEach, type PresentedReport } from '../../report/present.js';
import { printable } from '../../width/printable.js';
import { regionMessage } from '../../report/region.js';
import { summaryLine } from '../../report/text.js';
import { countSeverities, exitCodeOfCounts, type Counts, type FileResult } from '../../result.js';
import { planCopies, writeCopies, type CopyPlan } from '../annotate-copies.js';
import { makeChalk } from '../color.js';
import type { CliIo } from '../io.js';
import { cliMessage } from '../messages.js';
import { parseRuleOptions } from '../rule-options.js';
import { TOOL } from '../version.js';
import { writeFileAtomic } from '../write-file.js';

export { FORMATS } from '../../report/formatters.js';

export interface CheckCommandOptions {
  format: Format;
  jobs?: number;
  units?: string;
  /** `--fail-on-missing`: exit 1 when a unit of the --units list sent nothing. */
  failOnMissing?: boolean;
  summary?: string;
  summaryXlsx?: string;
  lang?: Lang;
  color?: boolean;
  output?: string;
  config?: string;
  quiet?: boolean;
  maxWarnings?: number;
  rule?: string[];
  baseline?: string;
  writeBaseline?: string;
  /** `--annotate [dir]`: true for beside each input, or the folder. */
  annotate?: boolean | string;
  /** `--annotate-all`: a copy for workbooks with no findings too. */
  annotateAll?: boolean;
  /** `--convert`: read .xls, .et and .ods through LibreOffice. */
  convert?: boolean;
  /** `--table N`: which copy of the tables to check. */
  table?: number;
  /** `--explain`: every claim read from the prose, with its verdict (text, JSON and HTML). */
  explain?: boolean;
}

const USAGE = 2;

/**
 * Checks every file given (folders and patterns expanded), in parallel, reporting in the order
 * given; a file that cannot be read is reported and the rest go on. Then policy, after detection:
 * the baseline leaves out known findings, --quiet hides warnings from the report, and the exit code
 * counts what is left. Three steps: what to do (nothing is checked or written when the options
 * cannot stand), the check, and the outputs.
 */
export async function runCheck(files: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const plan = await planCheck(files, options, io);
  if (typeof plan === 'string') return usage(io, plan);
  const checked = await check(plan, io);
  if (typeof checked === 'string') return usage(io, checked);
  try {
    return await emit(plan, checked, io);
  } finally {
    checked.batch.close();
  }
}

/** What a check will do, decided from the options, the configuration and the files before anything is checked. */
interface CheckPlan {
  options: CheckCommandOptions;
  config: Config;
  lang: Lang;
  inputs: Inputs;
  check: CheckOptions & Required<Pick<CheckOptions, 'severity'>>;
  units?: Unit[];
  baseline?: Baseline;
  copies?: CopyPlan;
  /** A file's path as a '/'-separated path from the working folder (baselines, SARIF, GitHub). */
  uriOf: (path: string) => string;
}

/** The plan, or the one sentence saying why the run must not start. */
async function planCheck(files: readonly string[], options: CheckCommandOptions, io: CliIo): Promise<CheckPlan | string> {
  const loaded = await loadConfig(io.cwd, options.config, options.lang ?? 'zh');
  if (!loaded.ok) return loaded.message;
  const { config } = loaded;
  const lang = options.lang ?? config.lang ?? 'zh';
  const severity = parseRuleOptions(options.rule ?? [], lang);
  if (typeof severity === 'string') return severity;

  let baseline: Baseline | undefined;
  if (options.baseline) {
    const { readBaseline } = await import('../../baseline/read-baseline.js');
    const read = await readBaseline(resolve(io.cwd, options.baseline), options.baseline, lang);
    if (typeof read === 'string') return read;
    baseline = read;
  }
  if (options.failOnMissing && !options.units) return cliMessage('failOnMissingAlone', lang);
  let units: Unit[] | undefined;
  if (options.units) {
    const { readUnits } = await import('../../batch/units.js');
    const read = await readUnits(resolve(io.cwd, options.units));
    if (!read.ok) return cliMessage('unitsUnreadable', lang, { file: options.units, reason: read.reason });
    units = read.units;
  }

  const inputs = await expandInputs(options.summary ? [...files, options.summary] : files, io.cwd);
  for (const pattern of inputs.unmatched) io.stderr(`${cliMessage('patternUnmatched', lang, { pattern: printable(pattern) })}\n`);
  if (inputs.files.length === 0 && inputs.unreadable.length === 0) return cliMessage('nothingFound', lang);
  let copies: CopyPlan | undefined;
  if (options.annotate || options.annotateAll) {
    const planned = await planCopies(inputs.files, typeof options.annotate === 'string' ? options.annotate : undefined, io.cwd, lang);
    if ('refusal' in planned) return planned.refusal;
    copies = planned.plan;
  }

  const check: CheckPlan['check'] = {
    // The HTML page draws whole tables and the JSON carries the numbers as read; other outputs need no copy of every value.
    withValues: options.format === 'html' || options.format === 'json',
    severity: { ...config.rules, ...severity },
    limits: { ...defaultLimits, ...config.limits },
    expected: { ...(config.formatVersion ? { formatVersion: config.formatVersion } : {}), ...(config.year ? { year: config.year } : {}) },
    convert: options.convert ?? false,
    table: options.table ?? 1,
    explain: options.explain ?? false,
  };
  const uriOf = (path: string) => relative(io.cwd, resolve(io.cwd, path)).split(sep).join('/');
  return { options, config, lang, inputs, check, uriOf, ...(units ? { units } : {}), ...(baseline ? { baseline } : {}), ...(copies ? { copies } : {}) };
}

/**
 * What the check found: the batch as checked, and what is left of it after the baseline — read
 * back a result at a time, every walk through `results` a new one, so a country's batch is
 * reported without holding it.
 */
interface CheckOutcome {
  batch: CombinedBatch & { close(): void };
  results: Iterable<FileResult>;
  counts: Counts;
  /** Findings left out because the baseline knows them. */
  known: number;
}

/** The check, or the sentence saying why a region's summary cannot be compared. */
async function check(plan: CheckPlan, io: CliIo): Promise<CheckOutcome | string> {
  const { options, lang, inputs } = plan;
  const progress = wantsProgress(io.stderrIsTTY, io.env) && inputs.files.length > 1 ? terminalProgress(io.stderr, lang, io.columns || 80) : undefined;
  const batch = await streamBatch(inputs.files, {
    cwd: io.cwd,
    check: plan.check,
    pool: { ...(options.jobs ? { jobs: options.jobs } : {}), ...(progress ? { onDone: (done, total, path) => progress.update(done, total, path) } : {}) },
    ...(plan.units ? { units: plan.units } : {}),
    ...(options.summary ? { summary: options.summary } : {}),
    skipped: inputs.skipped,
    walked: inputs.walked,
    unreadable: inputs.unreadable,
  });
  progress?.stop();
  if (batch.region) {
    batch.close();
    return regionMessage(batch.region, lang);
  }
  const all = batch.results;
  if (!plan.baseline) return { batch, results: all, counts: batch.counts, known: 0 };
  // What is left after the baseline is counted by a walk of its own: the counts come before the report.
  const { baselineFilter } = await import('../../baseline/baseline.js');
  const baseline = plan.baseline;
  const pathOf = (r: FileResult) => plan.uriOf(r.path);
  const results: Iterable<FileResult> = {
    *[Symbol.iterator]() {
      const filter = baselineFilter(baseline, pathOf);
      for (const result of all) yield filter(result);
    },
  };
  const filter = baselineFilter(baseline, pathOf);
  const counts: Counts = { ...batch.counts, errors: 0, warnings: 0 };
  for (const result of all) countSeverities(filter(result).findings, counts);
  return { batch, results, counts, known: filter.known() };
}

/**
 * Writes what the options ask for — the baseline, the summary workbook, the report, the annotated
 * copies — from one presentation of the results, and gives the exit code.
 */
async function emit(plan: CheckPlan, { batch, results, counts, known }: CheckOutcome, io: CliIo): Promise<number> {
  const { options, config, lang } = plan;
  if (options.writeBaseline) {
    const { makeBaseline } = await import('../../baseline/baseline.js');
    // The baseline records every finding, those an older baseline knows included: they are not in the report.
    const recorded = makeBaseline(
      batch.results,
      (r) => plan.uriOf(r.path),
      (f) => renderMessage(f, lang),
    );
    const failure = await write(io, options.writeBaseline, `${JSON.stringify(recorded, null, 2)}\n`, lang);
    if (failure !== undefined) return failure;
    io.stderr(`${cliMessage('baselineWritten', lang, { count: recorded.findings.length, file: options.writeBaseline })}\n`);
  }

  const report = presentEach(results, counts, lang);
  const chalk = makeChalk({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY });
  const maxWarnings = options.maxWarnings ?? config.maxWarnings;
  const { warnings } = report.counts;
  const warningLimit = maxWarnings !== undefined && warnings > maxWarnings ? { warnings, max: maxWarnings } : undefined;
  const missing = batch.info.units?.missing.length ?? 0;
  const missingUnits = (options.failOnMissing ?? config.failOnMissing) && missing > 0 ? missing : undefined;
  const context: ReportContext = {
    lang,
    tool: TOOL,
    chalk: options.format === 'text' && !options.output ? chalk : makeChalk({ flag: false, env: {}, isTTY: false }),
    known,
    uriOf: plan.uriOf,
    off: Object.entries(plan.check.severity)
      .filter(([, level]) => level === 'off')
      .map(([id]) => id),
    batch: batch.info,
    ...(warningLimit ? { warningLimit } : {}),
    ...(missingUnits ? { missingUnits } : {}),
    // The per-file table fits a terminal; in a file or a pipe nothing is cut.
    ...(io.stdoutColumns && !options.output ? { columns: io.stdoutColumns } : {}),
  };
  if (options.summaryXlsx) {
    const { layoutSummaryWorkbook } = await import('../../report/summary-xlsx.js');
    const failure = await write(io, options.summaryXlsx, await layoutSummaryWorkbook(report, batch.info), lang);
    if (failure !== undefined) return failure;
  }
  const shown = options.quiet ? onlyErrors(report) : report;
  const failure = await writeReport(io, (await FORMATTERS[options.format]())(shown, context), options.output, lang, () =>
    summaryLine(report.counts, { lang, chalk, known, ...(warningLimit ? { warningLimit } : {}), ...(missingUnits ? { missingUnits } : {}) }),
  );
  if (failure !== undefined) return failure;
  // The copies show what the report shows: after the baseline and --quiet.
  const copied = await annotate(plan, shown, io);

  if (options.writeBaseline) return report.counts.unreadable > 0 ? 2 : copied;
  // A machine format on stdout has no summary line: the reason for exit 1 goes to stderr.
  const machine = options.format !== 'text' && options.format !== 'html' && !options.output;
  if (warningLimit && machine) io.stderr(`${cliMessage('warningLimitPassed', lang, { warnings, max: warningLimit.max })}\n`);
  if (missingUnits && machine) io.stderr(`${cliMessage('unitsMissing', lang, { count: missingUnits })}\n`);
  const code = exitCodeOfCounts(report.counts, maxWarnings === undefined ? {} : { maxWarnings });
  return Math.max(copied, missingUnits ? 1 : 0, code);
}

/** The report to stdout (a batch's a piece at a time), or to its file with the closing line on stdout. */
async function writeReport(io: CliIo, report: string | Iterable<string>, output: string | undefined, lang: Lang, closingLine: () => string): Promise<number | undefined> {
  if (output) {
    const failure = await write(io, output, report, lang);
    if (failure !== undefined) return failure;
    io.stdout(`${closingLine()}${cliMessage('reportWritten', lang, { file: printable(output) })}\n`);
  } else if (typeof report === 'string') {
    io.stdout(report);
  } else {
    // A batch's report is written a file at a time; waiting for a slow reader keeps it out of memory.
    for (const piece of report) if (io.stdout(piece) === false) await io.drain?.();
  }
  return undefined;
}

/** The annotated copies the plan holds, of the files as the report shows them: 2 when one could not be made. */
async function annotate(plan: CheckPlan, shown: PresentedReport, io: CliIo): Promise<number> {
  if (!plan.copies) return 0;
  const { annotatePresented } = await import('../../report/annotate/index.js');
  return writeCopies(shown.files, plan.copies, { all: Boolean(plan.options.annotateAll), lang: plan.lang, annotate: annotatePresented }, io);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`xxgk-check: ${printable(message)}\n`);
  return USAGE;
}

/** Writes an output file whole, or says plainly why it could not (exit 2). */
async function write(io: CliIo, path: string, text: string | Uint8Array | Iterable<string>, lang: Lang): Promise<number | undefined> {
  try {
    await writeFileAtomic(resolve(io.cwd, path), text);
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr(`${cliMessage('outputUnwritable', lang, { file: printable(path), reason })}\n`);
    return USAGE;
  }
}
