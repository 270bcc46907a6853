import { removeUnfinishedConversions } from '../node/convert.js';
import { removeUnfinishedFiles } from './write-file.js';

/** Everything the CLI touches of its process, so tests can run it in-process. */
export interface CliIo {
  /** Writes to stdout; `false` means the stream is full and `drain` should be awaited before more. */
  stdout: (text: string) => void | boolean;
  /** Resolves when stdout can take more (a pipe whose reader is slower than the report). */
  drain?: () => Promise<void>;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The width of the terminal stderr goes to, for the progress bar. */
  columns?: number;
  /** The width of the terminal stdout goes to (absent when stdout is a file or a pipe): help, the per-file table. */
  stdoutColumns?: number;
  cwd: string;
}

/**
 * The exit code when whoever read stdout stops reading (`xxgk-check … | head -1`): the run ends at
 * once and says nothing, with the code a shell reports for a program stopped by SIGPIPE (128 + 13).
 */
export const EXIT_PIPE_CLOSED = 141;

export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_PIPE_CLOSED);
    process.stderr.write(`xxgk-check: 无法写出报告 (cannot write to stdout)：${error.code ?? error.message}\n`);
    process.exit(2);
  });
  // A closed stderr leaves nothing to say anything on; the exit code still tells.
  process.stderr.on('error', () => {});
  return {
    stdout: (text) => process.stdout.write(text),
    drain: () => new Promise((resolve) => process.stdout.once('drain', () => resolve())),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
    ...(process.stdout.isTTY && process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
    cwd: process.cwd(),
  };
}

/**
 * On Ctrl-C (SIGINT), SIGTERM or a closed terminal (SIGHUP), removes the temporary files of writes
 * under way (an annotated copy, a report written with --output) and the folders of conversions
 * under way (ending their LibreOffice), then lets the signal end the process as it would have.
 */
export function removeUnfinishedOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeUnfinishedFiles();
      removeUnfinishedConversions();
      process.kill(process.pid, signal);
    });
  }
}
