import { CATALOGUE } from '../../rules/catalogue/index.js';
import type { Lang } from '../../spec/text.js';
import { makeChalk } from '../color.js';
import type { CliIo } from '../io.js';
import { cliMessage } from '../messages.js';

export interface RulesCommandOptions {
  format: 'text' | 'json';
  lang: Lang;
  color?: boolean;
}

const SEVERITY = { zh: { error: '错误', warning: '警告' }, en: { error: 'error  ', warning: 'warning' } } as const;

/** Lists the rule catalogue: id, default severity, what it checks. */
export function runRules(options: RulesCommandOptions, io: CliIo): number {
  const { lang } = options;
  if (options.format === 'json') {
    const rules = CATALOGUE.map((r) => ({
      id: r.id,
      severity: r.severity,
      tables: r.tables,
      tags: r.tags,
      title: r.title[lang],
      description: r.description[lang],
      fix: r.fix[lang],
    }));
    io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
    return 0;
  }
  const chalk = makeChalk({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY });
  const width = Math.max(...CATALOGUE.map((r) => r.id.length));
  const lines = CATALOGUE.map((r) => {
    const severity = r.severity === 'error' ? chalk.red(SEVERITY[lang].error) : chalk.yellow(SEVERITY[lang].warning);
    return `${r.id.padEnd(width)}  ${severity}  ${r.title[lang]}`;
  });
  const total = cliMessage('rulesCount', lang, { count: CATALOGUE.length });
  io.stdout(`${lines.join('\n')}\n\n${total}\n`);
  return 0;
}
