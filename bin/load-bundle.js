// Loads the command line's CommonJS bundle with the V8 code cache the build made for it. Node 20 has
// no compile cache (Node 22's module.enableCompileCache), and compiling the command line's code at
// every start was a third of checking one workbook; V8 takes the cached code when it was made by the
// same V8 with the same flags and compiles the source as usual otherwise (another Node, --cpu-prof).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** Where the build writes the code cache of a bundle. */
export const cachePath = (bundle) => `${bundle}.v8cache`;

/**
 * Runs the bundle at `url` as Node would run a CommonJS module and returns its exports, with the
 * script (for the build, which makes the cache from it once the code has run).
 */
export function loadBundle(url) {
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname, loaderImport) {${source}\n})`, {
    filename: file,
    cachedData: readCache(cachePath(file)),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), loaderImport);
  return { exports: module.exports, script };
}

/**
 * import() for the bundle (scripts/bundle.js sends the bundle's imports of modules named at run
 * time here): PDF.js and a user's own rules, as absolute or data: URLs.
 */
const loaderImport = (specifier) => import(specifier);

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
