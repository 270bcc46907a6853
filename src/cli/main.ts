import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../report/lang.js';
import type { FormatVersion } from '../spec/tables.js';
import { runCheck } from './commands/check.js';
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

const langOption = () => new Option('--lang <lang>', '输出语言 (output language)').choices(['zh', 'en']).default('zh');
const formatOption = () => new Option('-f, --format <format>', '输出格式 (output format)').choices(['text', 'json']).default('text');

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
    .addOption(formatOption())
    .addOption(langOption())
    .option('--color', '总是使用颜色 (always colour)')
    .option('--no-color', '不使用颜色 (never colour)')
    .addHelpText(
      'after',
      '\n退出码 (exit codes): 0 没有错误 (no errors) · 1 有错误 (errors found) · 2 有文件无法检查或用法错误 (a file could not be checked, or usage error)',
    )
    .action(async (files: string[], options: { format: 'text' | 'json'; lang: Lang; color?: boolean }) => {
      if (files.length === 0) {
        io.stderr(
          options.lang === 'en'
            ? 'xxgk-check: name at least one workbook to check, e.g. xxgk-check report.xlsx\n'
            : 'xxgk-check：请指定要检查的工作簿，例如 xxgk-check 年报.xlsx\n',
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
    .action((options: { format: 'text' | 'json'; lang: Lang; color?: boolean }) => setCode(runRules(options, io)));

  configure(program.command('template'))
    .description('写出空白的官方格式年报工作簿 (write a blank report workbook in the official layout)')
    .option('-o, --output <file>', '输出文件 (output file)')
    .addOption(new Option('--format-version <version>', '格式版本 (format version)').choices(['2019', '2021']).default('2021'))
    .option('--year <year>', '报告年度，写入标题 (report year, written into the title)', parseYear)
    .option('--agency <name>', '单位名称，写入标题 (agency name, written into the title)')
    .option('--force', '覆盖已有文件 (overwrite an existing file)')
    .addOption(langOption())
    .action(async (options: { output?: string; formatVersion: FormatVersion; year?: number; agency?: string; force?: boolean; lang: Lang }) =>
      setCode(await runTemplate(options, io)),
    );
  return program;
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2019 || year > 2100) throw new InvalidArgumentError('年度应为 2019 以后的四位数年份 (a year from 2019 on)');
  return year;
}
