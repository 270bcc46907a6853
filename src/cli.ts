/** The command line as a function (`xxgk-check/cli`): arguments and streams in, the exit code out. */
export { runCli } from './cli/main.js';
export { processIo, type CliIo } from './cli/io.js';
