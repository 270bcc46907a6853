import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { ROOT } from './fixtures.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process, with its io captured. */
export async function cli(args: string[], options: { env?: Record<string, string>; tty?: boolean; cwd?: string; columns?: number } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    cwd: options.cwd ?? ROOT,
    ...(options.columns ? { columns: options.columns, stdoutColumns: options.columns } : {}),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** The installed command, as a user runs it (needs `npm run build`, which `npm test` does first). */
export function bin(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'xxgk-check.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
