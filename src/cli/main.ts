import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../spec/text.js';
import type { FormatVersion } from '../spec/tables.js';
import { CONFIG_FILE_NAME } from '../config/load.js';
import { FORMATS } from '../report/formatters.js';
import { REPORT_NAME } from '../batch/names.js';
import { displayWidth, wrapWidth } from '../width/terminal.js';
import type { CheckCommandOptions } from './commands/check.js';
import type { CliIo } from './io.js';
import { cliMessage } from './messages.js';
import { langOfArgs, usageErrorMessage } from './usage-errors.js';
import { TOOL } from './version.js';

const USAGE_ERROR = 2;

/** The command line as a function: argv in, exit code out. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c), langOfArgs(argv));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? 0 : USAGE_ERROR;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`xxgk-check: 内部错误（internal error）：${message}\n`);
    if (io.env.XXGK_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return USAGE_ERROR;
  }
}

const langOption = () => new Option('--lang <lang>', '输出语言，默认 zh (output language, default zh)').choices(['zh', 'en']);
const formatOption = (formats: readonly string[] = ['text', 'json']) => new Option('-f, --format <format>', '输出格式 (output format)').choices(formats).default('text');

function buildProgram(io: CliIo, setCode: (code: number) => void, lang: Lang): Command {
  const program = new Command(TOOL.name);
  const helpWidth = io.stdoutColumns ?? 80;
  const { parseCount, parsePositive, parseYear } = parsers(lang);
  const configure = (command: Command) =>
    command
      .exitOverride()
      .configureOutput({
        writeOut: io.stdout,
        writeErr: io.stderr,
        getOutHelpWidth: () => helpWidth,
        getErrHelpWidth: () => helpWidth,
        // commander's own errors, said in the run's language.
        outputError: (message, write) => write(`xxgk-check: ${usageErrorMessage(message, lang)}\n`),
      })
      // Help wrapped by display width: commander counts a Chinese character as one column, a terminal as two.
      .configureHelp({ displayWidth, minWidthToWrap: 20, boxWrap: (text: string, width: number) => wrapWidth(text, width).join('\n') })
      .showHelpAfterError(cliMessage('helpHint', lang, { command: command.parent ? ` ${command.name()}` : '' }));

  configure(program)
    .description(
      '检查政府信息公开工作年度报告（.xlsx、.docx、PDF、网页、文本）：表二、表三、表四是否自洽，正文是否与表格一致\nChecks annual open-government reports (.xlsx, .docx, PDF, web pages, text): whether their tables add up and their text agrees with them',
    )
    .version(TOOL.version, '-v, --version', '显示版本 (show the version)')
    .helpOption('-h, --help', '显示帮助 (show help)')
    .enablePositionalOptions()
    .argument('[files...]', '要检查的年报文件、文件夹或通配符 (report files, folders or patterns to check)')
    .addOption(formatOption(FORMATS))
    .addOption(langOption())
    .option('-o, --output <file>', '把报告写入文件，终端只显示一行汇总 (write the report to a file)')
    .option('-c, --config <file>', `配置文件，默认就近的 ${CONFIG_FILE_NAME} (configuration file)`)
    .option('-q, --quiet', '只报告错误，不报告警告 (report errors only)')
    .option('--max-warnings <n>', '警告多于 n 个时退出码为 1 (exit 1 past n warnings)', parseCount)
    .option('--rule <id=severity>', '设置规则级别 error|warning|off，可重复 (set a rule’s severity; repeatable)', collect, [])
    .option('--units <file>', '应报送单位名单（CSV 或 .xlsx），列出未报送的单位 (list of expected agencies: who sent nothing)')
    .option('--fail-on-missing', '名单中有单位未报送时退出码为 1 (with --units: exit 1 when a listed unit sent nothing)')
    .option('--summary <file>', '本区域的汇总表，与其余各单位之和逐格比较 (the region’s summary, compared cell by cell with the sum of the other files)')
    .option('--summary-xlsx <file>', '写出汇总工作簿：每个文件一行、每个问题一行 (write a workbook with a row per file and per finding)')
    .option('-j, --jobs <n>', '并行检查的线程数，默认每核一个 (parallel workers, default one per core)', parsePositive)
    .option('--baseline <file>', '只报告基线中没有的新问题 (report only findings not in the baseline)')
    .option('--write-baseline <file>', '把当前全部问题记为基线 (record all current findings as the baseline)')
    .option('--annotate [dir]', '为有问题的 .xlsx 工作簿写出标注副本 <名称>.校验.xlsx，放在 dir 或原文件旁 (write an annotated copy of each .xlsx workbook with findings, in dir or beside it)')
    .option('--annotate-all', '没有问题的工作簿也写出标注副本 (write annotated copies of clean workbooks too)')
    .option('--table <n>', '文件中有多张表三时核对第 n 张，默认 1 (check the nth copy of the tables, default 1)', parsePositive)
    .option('--explain', '列出正文中读到的每个数字、与之核对的单元格和结论 (list every claim read from the text, the cells it was compared with, and the verdict)')
    .option('--convert', '用 LibreOffice 把 .xls、.et、.ods 转为 .xlsx，把 .doc、.wps、.odt 转为 .docx 再检查 (convert old and OpenDocument files with LibreOffice)')
    .option('--color', '总是使用颜色 (always colour)')
    .option('--no-color', '不使用颜色 (never colour)')
    .addHelpText('after', () =>
      wrapWidth(
        '\n退出码 (exit codes): 0 没有错误 (no errors) · 1 有错误、警告超过 --max-warnings 或有单位未报送 (--fail-on-missing) (errors, warnings past --max-warnings, or units that sent nothing with --fail-on-missing) · 2 有文件无法检查、配置或用法错误 (a file could not be checked, or a configuration or usage error)',
        helpWidth,
      ).join('\n'),
    )
    .action(async (given: string[], options: CheckCommandOptions) => {
      const files = workbookTakenAsFolder(given, options);
      if (files.length === 0 && typeof options.annotate === 'string' && (await holdsReports(options.annotate, io.cwd))) {
        // `--annotate 各单位/`: commander took the folder of inputs as the folder for the copies.
        io.stderr(`${cliMessage('annotateTookFolder', options.lang ?? 'zh', { dir: options.annotate })}\n`);
        setCode(USAGE_ERROR);
        return;
      }
      if (files.length === 0) {
        io.stderr(`${cliMessage('noFileNamed', options.lang ?? 'zh')}\n`);
        setCode(USAGE_ERROR);
        return;
      }
      setCode(await (await import('./commands/check.js')).runCheck(files, options, io));
    });

  configure(program.command('rules'))
    .description('列出全部规则 (list the rules)')
    .addOption(formatOption())
    .addOption(langOption())
    .option('--color', '总是使用颜色 (always colour)')
    .option('--no-color', '不使用颜色 (never colour)')
    .action(async (options: { format: 'text' | 'json'; lang?: Lang; color?: boolean }) => setCode((await import('./commands/rules.js')).runRules({ ...options, lang: options.lang ?? 'zh' }, io)));

  configure(program.command('sum'))
    .description('把各单位的年报逐格相加，写出本区域的汇总工作簿 (sum agencies’ reports into the region’s summary workbook)')
    .argument('<files...>', '各单位的年报文件、文件夹或通配符 (agencies’ report files, folders or patterns)')
    .requiredOption('-o, --output <file>', '汇总工作簿 (the summary workbook to write)')
    .option('--agency <name>', '汇总单位名称，写入标题 (the region’s name, for the title)')
    .option('--year <year>', '报告年度 (report year)', parseYear)
    .option('-j, --jobs <n>', '并行检查的线程数 (parallel workers)', parsePositive)
    .option('--keep <file>', '同一单位同一年度有两份年报时，汇总这一份，可重复 (of two reports of one agency and year, sum this one; repeatable)', collect, [])
    .option('--force', '覆盖已有文件 (overwrite an existing file)')
    .addOption(langOption())
    .action(async (files: string[], options: { output: string; agency?: string; year?: number; jobs?: number; keep?: string[]; force?: boolean; lang?: Lang }) =>
      setCode(await (await import('./commands/sum.js')).runSum(files, { ...options, lang: options.lang ?? 'zh' }, io)),
    );

  configure(program.command('template'))
    .description('写出空白的官方格式年报工作簿 (write a blank report workbook in the official layout)')
    .option('-o, --output <file>', '输出文件 (output file)')
    .addOption(new Option('--format-version <version>', '格式版本，默认按 --year 定，否则 2021 (format version; by default the one for --year, else 2021)').choices(['2019', '2021']))
    .option('--year <year>', '报告年度，写入标题 (report year, written into the title)', parseYear)
    .option('--agency <name>', '单位名称，写入标题 (agency name, written into the title)')
    .option('--force', '覆盖已有文件 (overwrite an existing file)')
    .addOption(langOption())
    .action(async (options: { output?: string; formatVersion?: FormatVersion; year?: number; agency?: string; force?: boolean; lang?: Lang }) =>
      setCode(await (await import('./commands/template.js')).runTemplate({ ...options, lang: options.lang ?? 'zh' }, io)),
    );

  configure(program.command('app'))
    .description('写出离线检查页面：一个 HTML 文件，双击在浏览器中打开，拖入年报即可检查，不联网 (write the offline page: one HTML file that checks reports in a browser, with no network)')
    .option('-o, --output <file>', '输出文件，默认 年报检查.html (output file)')
    .option('--force', '覆盖已有文件 (overwrite an existing file)')
    .addOption(langOption())
    .action(async (options: { output?: string; force?: boolean; lang?: Lang }) => setCode(await (await import('./commands/app.js')).runApp({ ...options, lang: options.lang ?? 'zh' }, io)));
  return program;
}

/**
 * `--annotate 年报.xlsx` reads as the folder 年报.xlsx (commander takes the word after an option that
 * has an optional value): a workbook's name there is taken back as a file to check.
 */
function workbookTakenAsFolder(files: string[], options: CheckCommandOptions): string[] {
  if (typeof options.annotate !== 'string' || !REPORT_NAME.test(options.annotate)) return files;
  const file = options.annotate;
  options.annotate = true;
  return [file, ...files];
}

/** Whether a folder holds report files to check (the --annotate value taken for the folder of inputs). */
async function holdsReports(dir: string, cwd: string): Promise<boolean> {
  const [{ expandInputs }, { stat }, path] = await Promise.all([import('../batch/expand.js'), import('node:fs/promises'), import('node:path')]);
  if (
    !(await stat(path.resolve(cwd, dir)).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    return false;
  return (await expandInputs([dir], cwd)).files.length > 0;
}

/** Option values checked as they are parsed, the complaint in the run's language. */
function parsers(lang: Lang) {
  const say = (id: 'notCount' | 'notPositive' | 'notYear') => new InvalidArgumentError(cliMessage(id, lang));
  return {
    parseCount: (value: string): number => {
      const count = Number(value);
      if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count)) throw say('notCount');
      return count;
    },
    parsePositive: (value: string): number => {
      const n = Number(value);
      if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw say('notPositive');
      return n;
    },
    parseYear: (value: string): number => {
      const year = Number(value);
      if (!Number.isInteger(year) || year < 2019 || year > 2100) throw say('notYear');
      return year;
    },
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
