import { resolve } from 'node:path';
import { checkFile } from '../../check.js';
import { formatJson } from '../../report/json.js';
import type { Lang } from '../../report/lang.js';
import { formatText } from '../../report/text.js';
import { exitCodeOf, type FileResult } from '../../result.js';
import { makeChalk } from '../color.js';
import type { CliIo } from '../io.js';
import { TOOL } from '../version.js';

export interface CheckCommandOptions {
  format: 'text' | 'json';
  lang: Lang;
  color?: boolean;
}

/** Checks every file given, in order; a file that cannot be read is reported and the rest go on. */
export async function runCheck(files: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const results: FileResult[] = [];
  for (const file of files) {
    const result = await checkFile(resolve(io.cwd, file));
    results.push({ ...result, path: file });
  }
  if (options.format === 'json') io.stdout(formatJson(results, { lang: options.lang, tool: TOOL }));
  else {
    const chalk = makeChalk({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY });
    io.stdout(formatText(results, { lang: options.lang, chalk }));
  }
  return exitCodeOf(results);
}
