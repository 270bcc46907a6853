#!/usr/bin/env node
// Bundles the command line and the batch worker into dist/bundle/ after tsc has built dist/, then
// makes the command line's code cache: Node starts a bundled program in about two thirds of the time
// it takes to resolve and load the ~100 ES modules of the sources and their dependencies, and one
// compiled before in a third less again. exceljs and jszip stay external (loaded only to write
// workbooks).
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * zod's namespace carries every language's error messages (z.locales: half of zod's 760 kB, compiled
 * at every start); the command line uses two, English and Chinese (src/config/load.ts). Its
 * `locales/index.js` is replaced by one exporting just those.
 */
const zodLocales = {
  name: 'zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';\nexport { default as zhCN } from './zh-CN.js';\n",
      resolveDir: dirname(args.path),
    }));
  },
};
/**
 * In the command line's bundle, import() of a module named at run time goes through the loader's
 * own import (bin/load-bundle.js hands it in as `loaderImport`): Node 20 cannot run import() in a
 * vm.Script whose code came from the cache. Every other import() becomes a require(): they load
 * Node's built-ins and CommonJS packages (exceljs, jszip).
 */
const loaderImport = {
  name: 'loader-import',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]node[\\/]import-module\.js$/ }, () => ({
      contents: 'export const importModule = (specifier) => loaderImport(specifier);\n',
    }));
  },
};
const outdir = join(root, 'dist', 'bundle');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'jszip'],
  plugins: [zodLocales],
  logLevel: 'warning',
};
await rm(outdir, { recursive: true, force: true });

// The command line: one CommonJS file, so that bin/load-bundle.js can run it with V8's code cache
// (vm.Script takes cached code; ES modules cannot, on Node 20). Lazily imported parts (other
// commands, readers, formats) are wrapped by esbuild and run only when imported; they cost no
// compiling at start, since V8 compiles a function when it is first called. It sits one folder below
// dist/ like the sources it replaces, so paths relative to it (package.json two levels up, the worker
// beside the pool) stay the same.
const cli = join(outdir, 'cli.cjs');
await build({
  ...common,
  stdin: {
    contents: "export { runCli } from './cli/main.js';\nexport { processIo, removeUnfinishedOnSignals } from './cli/io.js';\n",
    resolveDir: join(root, 'dist'),
    sourcefile: 'cli-entry.js',
  },
  outfile: cli,
  format: 'cjs',
  supported: { 'dynamic-import': false },
  plugins: [zodLocales, loaderImport],
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: "const import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
});

// The batch's worker: ES modules split in chunks, each reader loaded when a file of its kind comes.
await build({
  ...common,
  entryPoints: [join(root, 'dist', 'batch', 'worker.js')],
  outdir,
  splitting: true,
  format: 'esm',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // commander is CommonJS and requires Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

if (/\bimport\(/.test((await readFile(cli, 'utf8')).replace(/\/\/.*$/gm, ''))) throw new Error(`${cli} calls import(), which fails there once its code comes from the cache`);
writeCodeCache(cli);

/** Makes the bundle's code cache in a Node of its own (scripts/code-cache.js). */
function writeCodeCache(bundle) {
  execFileSync(process.execPath, [join(root, 'scripts', 'code-cache.js'), bundle], { cwd: root, stdio: 'inherit' });
}
