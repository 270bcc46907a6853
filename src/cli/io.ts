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
  /** The terminal's width, for the progress bar. */
  columns?: number;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    drain: () => new Promise((resolve) => process.stdout.once('drain', () => resolve())),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
    cwd: process.cwd(),
  };
}
