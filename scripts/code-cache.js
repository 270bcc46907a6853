#!/usr/bin/env node
// Makes the V8 code cache of the command line's bundle (bin/load-bundle.js reads it): runs the bundle
// on a few of the fixtures, so that the cache holds the code a check runs and not only the code
// that runs at load, then writes what V8 compiled. Run by scripts/bundle.js in a Node of its own,
// started without flags as a user's is, since V8 takes a cache only under the flags that made it.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachePath, loadBundle } from '../bin/load-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = process.argv[2] ?? join(root, 'dist', 'bundle', 'cli.cjs');

/** What is checked: each kind of report the command line reads in one thread, and the usual outputs. */
const RUNS = [
  ['fixtures/seed-jining-2020.xlsx'],
  ['--format', 'json', 'fixtures/clean-2021.xlsx'],
  ['--format', 'sarif', 'fixtures/generated/docx/clean-2021.docx'],
  ['fixtures/generated/html/clean-2021.html'],
  ['fixtures/generated/text/clean-2021.txt'],
];

const { exports: cli, script } = loadBundle(pathToFileURL(bundle));
const quiet = { stdout: () => true, stderr: () => {}, env: {}, stdoutIsTTY: false, stderrIsTTY: false, cwd: root };
for (const args of RUNS) {
  const code = await cli.runCli(args, quiet);
  // 0 or 1 (findings); 2 would mean the fixture could not be read and the cache missed its code.
  if (code > 1) throw new Error(`code cache: xxgk-check ${args.join(' ')} exited ${code}`);
}
writeFileSync(cachePath(bundle), script.createCachedData());
