import type { Lang } from '../spec/text.js';

/**
 * commander's error messages (English, `error: …`) in the language of the run. commander has no
 * catalogue of its own, so each message it writes is recognised by its shape and said again; one
 * not recognised is passed on as commander wrote it.
 */
export function usageErrorMessage(message: string, lang: Lang): string {
  const text = message.replace(/^error: /, '').trimEnd();
  const [first = '', ...rest] = text.split('\n');
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join(' ').trim())?.[1];
  const said = say(first, lang);
  const hint = suggestion ? (lang === 'zh' ? `是不是要写 ${suggestion.split(', ').join(' 或 ')}？` : ` Did you mean ${suggestion}?`) : '';
  return `${said ?? text}${hint}`;
}

function say(message: string, lang: Lang): string | undefined {
  const zh = lang === 'zh';
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.+)'$/.exec(message))) return zh ? `没有 ${m[1]} 这个选项。` : `There is no option ${m[1]}.`;
  if ((m = /^unknown command '(.+)'$/.exec(message))) return zh ? `没有 ${m[1]} 这个命令。` : `There is no command ${m[1]}.`;
  if ((m = /^missing required argument '(.+)'$/.exec(message))) return zh ? `缺少参数 ${m[1]}。` : `The argument ${m[1]} is missing.`;
  if ((m = /^option '(.+)' argument missing$/.exec(message))) return zh ? `选项 ${m[1]} 后面缺少取值。` : `The option ${m[1]} needs a value.`;
  if ((m = /^required option '(.+)' not specified$/.exec(message))) return zh ? `必须给出选项 ${m[1]}。` : `The option ${m[1]} is required.`;
  if ((m = /^option '(.+)' argument '(.*)' is invalid\. ?([\s\S]*)$/.exec(message))) {
    const choices = /^Allowed choices are (.+)\.$/.exec(m[3] ?? '')?.[1];
    const why = choices ? (zh ? `可选的取值为 ${choices.split(', ').join('、')}` : `it takes one of ${choices}`) : (m[3] ?? '').replace(/[。.]$/, '');
    return zh ? `选项 ${m[1]} 的取值“${m[2]}”无效：${why}。` : `The option ${m[1]} cannot take “${m[2]}”: ${why}.`;
  }
  if ((m = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(message))) {
    return zh ? `参数太多${m[1] ? `（${m[1]} 命令）` : ''}：应为 ${m[2]} 个，收到 ${m[3]} 个。` : `Too many arguments${m[1] ? ` for ${m[1]}` : ''}: ${m[2]} expected, ${m[3]} given.`;
  }
  return undefined;
}

/** The language a run's messages are in, known before the arguments are parsed: `--lang en` or `--lang=en`, else Chinese. */
export function langOfArgs(argv: readonly string[]): Lang {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  return 'zh';
}
