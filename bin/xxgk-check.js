#!/usr/bin/env node
import { loadBundle } from './load-bundle.js';

const { processIo, removeUnfinishedOnSignals, runCli } = loadBundle(new URL('../dist/bundle/cli.cjs', import.meta.url)).exports;

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
