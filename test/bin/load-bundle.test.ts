import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

const LOADER = pathToFileURL(join(ROOT, 'bin', 'load-bundle.js')).href;

/** Loads a bundle with bin/load-bundle.js in a Node of its own, as bin/xxgk-check.js does; returns what it prints. */
function load(bundle: string, then: string): string {
  const script = `import { loadBundle } from ${JSON.stringify(LOADER)};
const { exports, script } = loadBundle(${JSON.stringify(pathToFileURL(bundle).href)});
${then}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

describe('bin/load-bundle.js: the command line starts from the code cache the build made', () => {
  it('the built command line takes its V8 code cache (a plain `node`, as a user starts it)', () => {
    const bundle = join(ROOT, 'dist', 'bundle', 'cli.cjs');
    expect(load(bundle, 'console.log(script.cachedDataRejected, typeof exports.runCli, typeof exports.processIo);')).toBe('false function function');
  });

  it('a bundle with no cache, or a cache another V8 made, is compiled from its source and runs the same', () => {
    const dir = tempDir('bundle');
    const bundle = join(dir, 'b.cjs');
    writeFileSync(bundle, 'exports.where = __filename; exports.answer = require("node:path").basename(__dirname).length > 0;\n');
    expect(load(bundle, 'console.log(script.cachedDataRejected, exports.where === ' + JSON.stringify(bundle) + ', exports.answer);')).toBe('undefined true true');
    writeFileSync(`${bundle}.v8cache`, Buffer.from('not a code cache, or one from another Node'));
    expect(load(bundle, 'console.log(script.cachedDataRejected, exports.answer);')).toBe('true true');
  });
});
