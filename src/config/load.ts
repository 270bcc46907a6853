import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../spec/text.js';
import { findRule } from '../rules/catalogue/index.js';
import { unknownRuleMessage } from './messages.js';
import type { Config } from './schema.js';

/** The name looked for; kept here so that finding no configuration loads no schema. */
export const CONFIG_FILE_NAME = 'xxgk-check.config.json';

export type Loaded = { ok: true; config: Config; path?: string } | { ok: false; message: string };

/**
 * The configuration in force: the file named by --config, else the nearest xxgk-check.config.json
 * from the working directory up to the repository root, else none. Any fault is one sentence.
 */
export async function loadConfig(cwd: string, explicit: string | undefined, lang: Lang): Promise<Loaded> {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return { ok: true, config: {} };
  const shown = explicit ?? path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, message: lang === 'zh' ? `找不到配置文件 ${shown}。` : `The configuration file ${shown} does not exist.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: lang === 'zh' ? `配置文件 ${shown} 不是有效的 JSON：${reason}` : `The configuration file ${shown} is not valid JSON: ${reason}` };
  }
  const [{ z }, { Config }] = await Promise.all([import('zod'), import('./schema.js')]);
  const parsed = Config.safeParse(data, { error: (lang === 'zh' ? z.locales.zhCN() : z.locales.en()).localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : lang === 'zh' ? '顶层' : 'top level';
    return {
      ok: false,
      message: lang === 'zh' ? `配置文件 ${shown} 有误（${where}）：${issue.message}。` : `The configuration file ${shown} is wrong at ${where}: ${issue.message}.`,
    };
  }
  const unknown = Object.keys(parsed.data.rules ?? {}).find((id) => !findRule(id));
  if (unknown) return { ok: false, message: unknownRuleMessage(unknown, lang, shown) };
  return { ok: true, config: parsed.data, path };
}

function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}
