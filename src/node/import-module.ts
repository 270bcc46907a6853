/**
 * import() of an ES module named at run time: PDF.js, a user's own rules. In a module of its own
 * because the command line's bundle runs from V8's code cache in a vm.Script, where Node 20 cannot
 * run import() (code read from the cache loses the script's import callback): scripts/bundle.js
 * puts the loader's import (bin/load-bundle.js) in its place.
 */
export const importModule = (specifier: string): Promise<unknown> => import(specifier);
