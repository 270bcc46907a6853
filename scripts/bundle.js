#!/usr/bin/env node
// Bundles the command line (and the batch worker) into dist/bundle/ after tsc has built dist/:
// Node starts a bundled program in about two thirds of the time it takes to resolve and load the
// ~100 ES modules of the sources and their dependencies, which is most of checking one workbook.
// Lazily loaded parts (other commands and formats) stay in chunks of their own; exceljs stays
// external (it is loaded only to write workbooks).
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['cli/main.js', 'cli/io.js', 'batch/worker.js'].map((p) => join(root, 'dist', p)),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'jszip'],
  // The bundle sits one folder below dist/ like the sources it replaces, so paths relative to it
  // (package.json two levels up, the worker beside the pool) stay the same.
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // commander is CommonJS and requires Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
