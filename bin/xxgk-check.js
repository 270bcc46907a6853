#!/usr/bin/env node
import { processIo, removeUnfinishedOnSignals } from '../dist/bundle/io.js';
import { runCli } from '../dist/bundle/main.js';

removeUnfinishedOnSignals();
runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`xxgk-check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
