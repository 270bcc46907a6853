import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../report/lang.js';
import type { FormatVersion } from '../spec/tables.js';
import { CONFIG_FILE_NAME } from '../config/schema.js';
import { FORMATS, runCheck, type CheckCommandOptions } from './commands/check.js';
import { runRules } from './commands/rules.js';
import { runTemplate } from './commands/template.js';
import type { CliIo } from './io.js';
import { TOOL } from './version.js';

const USAGE_ERROR = 2;

/** The command line as a function: argv in, exit code out. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
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
const formatOption = (formats: readonly string[] = ['text', 'json']) =>
  new Option('-f, --format <format>', '输出格式 (output format)').choices(formats).default('text');

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command(TOOL.name);
  const configure = (command: Command) =>
    command
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
      .showHelpAfterError('（运行 xxgk-check --help 查看用法 / run xxgk-check --help for usage）');

  configure(program)
    .description('检查政府信息公开工作年度报告工作簿（.xlsx）的表二、表三、表四是否自洽\nChecks the tables of annual open-government report workbooks')
    .version(TOOL.version, '-v, --version', '显示版本 (show the version)')
    .helpOption('-h, --help', '显示帮助 (show help)')
    .enablePositionalOptions()
    .argument('[files...]', '要检查的工作簿 (workbooks to check)')
    .addOption(formatOption(FORMATS))
    .addOption(langOption())
    .option('-o, --output <file>', '把报告写入文件，终端只显示一行汇总 (write the report to a file)')
    .option('-c, --config <file>', `配置文件，默认就近的 ${CONFIG_FILE_NAME} (configuration file)`)
    .option('-q, --quiet', '只报告错误，不报告警告 (report errors only)')
    .option('--max-warnings <n>', '警告多于 n 个时退出码为 1 (exit 1 past n warnings)', parseCount)
    .option('--rule <id=severity>', '设置规则级别 error|warning|off，可重复 (set a rule’s severity; repeatable)', collect, [])
    .option('--baseline <file>', '只报告基线中没有的新问题 (report only findings not in the baseline)')
    .option('--write-baseline <file>', '把当前全部问题记为基线 (record all current findings as the baseline)')
    .option('--table <n>', '工作簿中有多张表三时核对第 n 张，默认 1 (check the nth copy of the tables, default 1)', parsePositive)
    .option('--convert', '用 LibreOffice 把 .xls、.et、.ods 转为临时 .xlsx 再检查 (convert .xls/.et/.ods with LibreOffice)')
    .option('--color', '总是使用颜色 (always colour)')
    .option('--no-color', '不使用颜色 (never colour)')
    .addHelpText(
      'after',
      '\n退出码 (exit codes): 0 没有错误 (no errors) · 1 有错误或警告超过 --max-warnings (errors, or warnings past --max-warnings) · 2 有文件无法检查、配置或用法错误 (a file could not be checked, or a configuration or usage error)',
    )
    .action(async (files: string[], options: CheckCommandOptions) => {
      if (files.length === 0) {
        io.stderr(
          options.lang === 'en'
            ? 'xxgk-check: name at least one workbook to check, e.g. xxgk-check report.xlsx\n'
            : 'xxgk-check: 请指定要检查的工作簿，例如 xxgk-check 年报.xlsx\n',
        );
        setCode(USAGE_ERROR);
        return;
      }
      setCode(await runCheck(files, options, io));
    });

  configure(program.command('rules'))
    .description('列出全部规则 (list the rules)')
    .addOption(formatOption())
    .addOption(langOption())
    .option('--color', '总是使用颜色 (always colour)')
    .option('--no-color', '不使用颜色 (never colour)')
    .action((options: { format: 'text' | 'json'; lang?: Lang; color?: boolean }) => setCode(runRules({ ...options, lang: options.lang ?? 'zh' }, io)));

  configure(program.command('template'))
    .description('写出空白的官方格式年报工作簿 (write a blank report workbook in the official layout)')
    .option('-o, --output <file>', '输出文件 (output file)')
    .addOption(new Option('--format-version <version>', '格式版本 (format version)').choices(['2019', '2021']).default('2021'))
    .option('--year <year>', '报告年度，写入标题 (report year, written into the title)', parseYear)
    .option('--agency <name>', '单位名称，写入标题 (agency name, written into the title)')
    .option('--force', '覆盖已有文件 (overwrite an existing file)')
    .addOption(langOption())
    .action(async (options: { output?: string; formatVersion: FormatVersion; year?: number; agency?: string; force?: boolean; lang?: Lang }) =>
      setCode(await runTemplate({ ...options, lang: options.lang ?? 'zh' }, io)),
    );
  return program;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count)) throw new InvalidArgumentError('应为不小于 0 的整数 (a whole number of 0 or more)');
  return count;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('应为不小于 1 的整数 (a whole number of 1 or more)');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2019 || year > 2100) throw new InvalidArgumentError('年度应为 2019 以后的四位数年份 (a year from 2019 on)');
  return year;
}
