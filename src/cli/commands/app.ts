import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../spec/text.js';
import type { CliIo } from '../io.js';
import { cliMessage } from '../messages.js';
import { refuseOverwrite, writeFileAtomic } from '../write-file.js';

export interface AppCommandOptions {
  output?: string;
  force?: boolean;
  lang: Lang;
}

/**
 * The page `npm run build` makes (scripts/build-app.js) in the package's dist/, the package found
 * above this module wherever it runs from (dist/cli/commands/, the bundle in dist/bundle/, the sources).
 */
export function appPagePath(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'xxgk-check') {
      const page = join(dir, 'dist', 'xxgk-check.html');
      return existsSync(page) ? page : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Writes the offline page: one HTML file that checks reports in the browser, with no network and
 * nothing installed (the same bytes as dist/xxgk-check.html, which the package ships).
 */
export async function runApp(options: AppCommandOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const output = options.output ?? cliMessage('appName', lang);
  const path = resolve(io.cwd, output);
  const refusal = await refuseOverwrite(path, output, options.force, lang);
  if (refusal) {
    io.stderr(`${refusal}\n`);
    return 2;
  }
  const page = appPagePath();
  if (!page) {
    io.stderr(`${cliMessage('appMissing', lang)}\n`);
    return 2;
  }
  try {
    await writeFileAtomic(path, await readFile(page));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr(`${cliMessage('outputUnwritable', lang, { file: output, reason })}\n`);
    return 2;
  }
  io.stdout(`${cliMessage('appWritten', lang, { file: output })}\n`);
  return 0;
}
