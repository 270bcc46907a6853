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
  plugins: [zodLocales],
  logLevel: 'warning',
});
