import { readFile } from 'node:fs/promises';
import type { Lang } from '../spec/text.js';
import { Baseline } from './baseline.js';

/** A baseline file, or the sentence saying why it cannot be used. */
export async function readBaseline(path: string, shown: string, lang: Lang): Promise<Baseline | string> {
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
    // not JSON: the sentence below says so
  }
  return lang === 'zh' ? `基线文件 ${shown} 不是 xxgk-check 写出的基线；请用 --write-baseline 重新生成。` : `${shown} is not a baseline written by xxgk-check; make it again with --write-baseline.`;
}
