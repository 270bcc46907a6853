import { relative, resolve, sep } from 'node:path';
import type { Baseline } from '../../baseline/baseline.js';
import { expandInputs } from '../../batch/expand.js';
import { terminalProgress, wantsProgress } from '../../batch/progress.js';
import { runBatch } from '../../batch/run-batch.js';
import type { Unit } from '../../batch/units.js';
import { loadConfig } from '../../config/load.js';
import { defaultLimits } from '../../read/limits.js';
import type { ReportContext } from '../../report/context.js';
import { FORMATTERS, type Format } from '../../report/formatters.js';
import type { Lang } from '../../report/lang.js';
import { renderMessage } from '../../report/message.js';
import { onlyErrors, present } from '../../report/present.js';
import { printable } from '../../report/printable.js';
import { regionMessage } from '../../report/region.js';
import { summaryLine } from '../../report/text.js';
import { exitCodeOf } from '../../result.js';
import { planCopies, writeCopies, type CopyPlan } from '../annotate-copies.js';
import { makeChalk } from '../color.js';
import type { CliIo } from '../io.js';
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
 * counts what is left.
 */
export async function runCheck(files: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const loaded = await loadConfig(io.cwd, options.config, options.lang ?? 'zh');
  if (!loaded.ok) return usage(io, loaded.message);
  const { config } = loaded;
  const lang = options.lang ?? config.lang ?? 'zh';
  const severity = parseRuleOptions(options.rule ?? [], lang);
  if (typeof severity === 'string') return usage(io, severity);
  const uriOf = (path: string) => relative(io.cwd, resolve(io.cwd, path)).split(sep).join('/');

  let baseline: Baseline | undefined;
  if (options.baseline) {
    const { readBaseline } = await import('../../baseline/read-baseline.js');
    const read = await readBaseline(resolve(io.cwd, options.baseline), options.baseline, lang);
    if (typeof read === 'string') return usage(io, read);
    baseline = read;
  }
  if (options.failOnMissing && !options.units) {
    return usage(io, lang === 'zh' ? '--fail-on-missing 要与 --units 名单一起用：xxgk-check 各单位/ --units 名单.csv --fail-on-missing' : '--fail-on-missing goes with a --units list: xxgk-check reports/ --units units.csv --fail-on-missing');
  }
  let units: Unit[] | undefined;
  if (options.units) {
    const { readUnits } = await import('../../batch/units.js');
    const read = await readUnits(resolve(io.cwd, options.units));
    if (!read.ok) {
      return usage(
        io,
        lang === 'zh'
          ? `无法读取单位名单 ${options.units}（${read.reason}）；名单应为 CSV 或 .xlsx，每行一个单位。`
          : `Cannot read the list of units ${options.units} (${read.reason}); it should be a CSV or .xlsx with one unit a row.`,
      );
    }
    units = read.units;
  }

  const inputs = await expandInputs(options.summary ? [...files, options.summary] : files, io.cwd);
  for (const pattern of inputs.unmatched) io.stderr(lang === 'zh' ? `xxgk-check: “${printable(pattern)}”没有匹配任何文件。\n` : `xxgk-check: “${printable(pattern)}” matched no file.\n`);
  if (inputs.files.length === 0 && inputs.unreadable.length === 0) return usage(io, lang === 'zh' ? '没有找到要检查的年报文件。' : 'No report file to check was found.');
  let copies: CopyPlan | undefined;
  if (options.annotate || options.annotateAll) {
    const planned = await planCopies(inputs.files, typeof options.annotate === 'string' ? options.annotate : undefined, io.cwd, lang);
    if ('refusal' in planned) return usage(io, planned.refusal);
    copies = planned.plan;
  }

  const checkOptions = {
    // The HTML page draws whole tables and the JSON carries the numbers as read; other outputs need no copy of every value.
    withValues: options.format === 'html' || options.format === 'json',
    severity: { ...config.rules, ...severity },
    limits: { ...defaultLimits, ...config.limits },
    expected: { ...(config.formatVersion ? { formatVersion: config.formatVersion } : {}), ...(config.year ? { year: config.year } : {}) },
    convert: options.convert ?? false,
    table: options.table ?? 1,
    explain: options.explain ?? false,
  };
  const progress = wantsProgress(io.stderrIsTTY, io.env) && inputs.files.length > 1 ? terminalProgress(io.stderr, lang, io.columns || 80) : undefined;
  const batch = await runBatch(inputs.files, {
    cwd: io.cwd,
    check: checkOptions,
    pool: { ...(options.jobs ? { jobs: options.jobs } : {}), ...(progress ? { onDone: (done, total, path) => progress.update(done, total, path) } : {}) },
    ...(units ? { units } : {}),
    ...(options.summary ? { summary: options.summary } : {}),
    skipped: inputs.skipped,
    unreadable: inputs.unreadable,
  });
  progress?.stop();
  if (batch.region) return usage(io, regionMessage(batch.region, lang));

  if (options.writeBaseline) {
    const { makeBaseline } = await import('../../baseline/baseline.js');
    const recorded = makeBaseline(batch.results, (r) => uriOf(r.path), (f) => renderMessage(f, lang));
    const failure = await write(io, options.writeBaseline, `${JSON.stringify(recorded, null, 2)}\n`, lang);
    if (failure !== undefined) return failure;
    io.stderr(
      lang === 'zh'
        ? `已把 ${recorded.findings.length} 个问题记入基线 ${options.writeBaseline}。\n`
        : `Recorded ${recorded.findings.length} findings in the baseline ${options.writeBaseline}.\n`,
    );
  }
  const { results, known } = baseline
    ? (await import('../../baseline/baseline.js')).applyBaseline(batch.results, baseline, (r) => uriOf(r.path))
    : { results: batch.results, known: 0 };

  // Every message rendered and every count made once, for every output.
  const report = present(results, lang);
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
    uriOf,
    off: Object.entries(checkOptions.severity)
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
  const laid = (await FORMATTERS[options.format]())(shown, context);
  if (options.output) {
    const failure = await write(io, options.output, laid, lang);
    if (failure !== undefined) return failure;
    const where = lang === 'zh' ? `（报告已写入 ${printable(options.output)}）` : ` (report written to ${printable(options.output)})`;
    io.stdout(`${summaryLine(report.counts, { lang, chalk, known, ...(warningLimit ? { warningLimit } : {}), ...(missingUnits ? { missingUnits } : {}) })}${where}\n`);
  } else if (typeof laid === 'string') {
    io.stdout(laid);
  } else {
    // A batch's report is written a file at a time; waiting for a slow reader keeps it out of memory.
    for (const piece of laid) if (io.stdout(piece) === false) await io.drain?.();
  }
  // The copies show what the report shows: after the baseline and --quiet.
  let copied = 0;
  if (copies) {
    const { annotatePresented } = await import('../../report/annotate/annotate.js');
    copied = await writeCopies(shown.files, copies, { all: Boolean(options.annotateAll), lang, annotate: annotatePresented }, io);
  }
  if (options.writeBaseline) return report.counts.unreadable > 0 ? 2 : copied;
  // A machine format on stdout has no summary line: the reason for exit 1 goes to stderr.
  const machine = options.format !== 'text' && options.format !== 'html' && !options.output;
  if (warningLimit && machine) {
    io.stderr(
      lang === 'zh'
        ? `xxgk-check: 警告共 ${warnings} 个，多于 --max-warnings 允许的 ${warningLimit.max} 个，退出码为 1。\n`
        : `xxgk-check: ${warnings} warnings, more than the ${warningLimit.max} --max-warnings allows: exit code 1.\n`,
    );
  }
  if (missingUnits && machine) {
    io.stderr(
      lang === 'zh'
        ? `xxgk-check: 名单中有 ${missingUnits} 个单位未报送（--fail-on-missing），退出码为 1。\n`
        : `xxgk-check: ${missingUnits} listed units sent nothing (--fail-on-missing): exit code 1.\n`,
    );
  }
  if (missingUnits) return Math.max(copied, 1, exitCodeOf(results, maxWarnings === undefined ? {} : { maxWarnings }));
  return Math.max(copied, exitCodeOf(results, maxWarnings === undefined ? {} : { maxWarnings }));
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
    io.stderr(
      lang === 'zh'
        ? `xxgk-check: 无法写入 ${printable(path)}（${reason}），请检查文件夹是否存在、是否有写权限。\n`
        : `xxgk-check: cannot write ${printable(path)} (${reason}); check that the folder exists and is writable.\n`,
    );
    return USAGE;
  }
}
