#!/usr/bin/env node
import { runCli } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/io.js';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`xxgk-check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
