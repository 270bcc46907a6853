import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every import of a Node built-in the bundle meets, with who imports it. */
function builtinsSeen(seen: string[]): Plugin {
  return {
    name: 'node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!BUILTINS.has(args.path)) return undefined;
        seen.push(`${args.path} (imported by ${args.importer.replace(ROOT, '')})`);
        return { path: args.path, external: true };
      });
    },
  };
}

describe('the core runs in a browser', () => {
  it('bundles src/core.ts for the browser with no Node built-in anywhere in it, its dependencies included', async () => {
    const seen: string[] = [];
    const result = await build({
      entryPoints: [join(ROOT, 'src', 'core.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
      plugins: [builtinsSeen(seen)],
    });
    expect(seen).toEqual([]);
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    // Nor Node's globals: a Buffer or process in the bundle would fail at run time in a page.
    expect(code).not.toMatch(/\bBuffer\.(from|alloc|isBuffer|concat)\b/);
    expect(code).not.toMatch(/\bprocess\.(env|cwd|stdout|platform)\b/);
  }, 60_000);
});
