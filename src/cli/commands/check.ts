import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { applyBaseline, Baseline, makeBaseline } from '../../baseline/baseline.js';
import { checkFile } from '../../check.js';
import { loadConfig, unknownRuleMessage } from '../../config/load.js';
import { RuleSetting } from '../../config/schema.js';
import { defaultLimits } from '../../read/limits.js';
import type { ReportContext } from '../../report/context.js';
import { formatGithub } from '../../report/github.js';
import { formatJson } from '../../report/json.js';
import { formatJunit } from '../../report/junit.js';
import type { Lang } from '../../report/lang.js';
import { renderMessage } from '../../report/message.js';
import { formatSarif } from '../../report/sarif.js';
import { formatText, summaryLine } from '../../report/text.js';
import { findRule } from '../../rules/catalogue/index.js';
import { countResults, errorsOnly, exitCodeOf, type FileResult } from '../../result.js';
import { makeChalk } from '../color.js';
import type { CliIo } from '../io.js';
import { TOOL } from '../version.js';
import { writeFileAtomic } from '../write-file.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckCommandOptions {
  format: Format;
  lang?: Lang;
  color?: boolean;
  output?: string;
  config?: string;
  quiet?: boolean;
  maxWarnings?: number;
  rule?: string[];
  baseline?: string;
  writeBaseline?: string;
  convert?: boolean;
  table?: number;
}

const FORMATTERS: Record<Format, (results: readonly FileResult[], context: ReportContext) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
};

const USAGE = 2;

/**
 * Checks every file given, in order; a file that cannot be read is reported and the rest go on.
 * Then policy, after detection: the baseline leaves out known findings, --quiet hides warnings from
 * the report, and the exit code counts what is left.
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
    const read = await readBaseline(resolve(io.cwd, options.baseline), options.baseline, lang);
    if (typeof read === 'string') return usage(io, read);
    baseline = read;
  }

  const checkOptions = {
    severity: { ...config.rules, ...severity },
    limits: { ...defaultLimits, ...config.limits },
    expected: { ...(config.formatVersion ? { formatVersion: config.formatVersion } : {}), ...(config.year ? { year: config.year } : {}) },
    convert: options.convert ?? false,
    table: options.table ?? 1,
  };
  const checked: FileResult[] = [];
  for (const file of files) checked.push({ ...(await checkFile(resolve(io.cwd, file), checkOptions)), path: file });

  if (options.writeBaseline) {
    const recorded = makeBaseline(checked, (r) => uriOf(r.path), (f) => renderMessage(f, lang));
    const failure = await write(io, options.writeBaseline, `${JSON.stringify(recorded, null, 2)}\n`, lang);
    if (failure !== undefined) return failure;
    io.stderr(
      lang === 'zh'
        ? `已把 ${recorded.findings.length} 个问题记入基线 ${options.writeBaseline}。\n`
        : `Recorded ${recorded.findings.length} findings in the baseline ${options.writeBaseline}.\n`,
    );
  }
  const { results, known } = baseline ? applyBaseline(checked, baseline, (r) => uriOf(r.path)) : { results: checked, known: 0 };
  const shown = options.quiet ? errorsOnly(results) : results;
  const chalk = makeChalk({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY });
  const context: ReportContext = {
    lang,
    tool: TOOL,
    chalk: options.format === 'text' && !options.output ? chalk : makeChalk({ flag: false, env: {}, isTTY: false }),
    known,
    uriOf,
    off: Object.entries(checkOptions.severity)
      .filter(([, level]) => level === 'off')
      .map(([id]) => id),
  };
  const report = FORMATTERS[options.format](shown, context);
  if (options.output) {
    const failure = await write(io, options.output, report, lang);
    if (failure !== undefined) return failure;
    const where = lang === 'zh' ? `（报告已写入 ${options.output}）` : ` (report written to ${options.output})`;
    io.stdout(`${summaryLine(countResults(results), { lang, chalk, known })}${where}\n`);
  } else {
    io.stdout(report);
  }
  if (options.writeBaseline) return countResults(results).unreadable > 0 ? 2 : 0;
  return exitCodeOf(results, { ...(options.maxWarnings ?? config.maxWarnings) !== undefined ? { maxWarnings: options.maxWarnings ?? config.maxWarnings } : {} });
}

/** Writes an output file whole, or says plainly why it could not (exit 2). */
async function write(io: CliIo, path: string, text: string, lang: Lang): Promise<number | undefined> {
  try {
    await writeFileAtomic(resolve(io.cwd, path), text);
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr(lang === 'zh' ? `xxgk-check: 无法写入 ${path}（${reason}），请检查文件夹是否存在、是否有写权限。\n` : `xxgk-check: cannot write ${path} (${reason}); check that the folder exists and is writable.\n`);
    return USAGE;
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`xxgk-check: ${message}\n`);
  return USAGE;
}

/** `--rule T3_BALANCE=warning` → { T3_BALANCE: 'warning' }, or the sentence saying what is wrong. */
function parseRuleOptions(values: string[], lang: Lang): Record<string, RuleSetting> | string {
  const settings: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^([A-Za-z0-9_]+)=(.*)$/.exec(value.trim());
    if (!match) {
      return lang === 'zh' ? `--rule 的写法是 规则=级别，例如 --rule T3_BALANCE=warning；收到的是“${value}”。` : `--rule takes RULE=severity, e.g. --rule T3_BALANCE=warning; got “${value}”.`;
    }
    const [, id, level] = match as unknown as [string, string, string];
    if (!findRule(id)) return unknownRuleMessage(id, lang);
    const parsed = RuleSetting.safeParse(level);
    if (!parsed.success) {
      return lang === 'zh' ? `--rule ${id} 的级别应为 error、warning 或 off，收到的是“${level}”。` : `--rule ${id} takes error, warning or off; got “${level}”.`;
    }
    settings[id] = parsed.data;
  }
  return settings;
}

async function readBaseline(path: string, shown: string, lang: Lang): Promise<Baseline | string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return lang === 'zh' ? `找不到基线文件 ${shown}；先用 --write-baseline ${shown} 生成。` : `The baseline ${shown} does not exist; make it first with --write-baseline ${shown}.`;
  }
  try {
    const parsed = Baseline.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the sentence below
  }
  return lang === 'zh' ? `基线文件 ${shown} 不是 xxgk-check 写出的基线；请用 --write-baseline 重新生成。` : `${shown} is not a baseline written by xxgk-check; make it again with --write-baseline.`;
}
