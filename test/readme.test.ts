import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

/** Statements of the README that numbers in the code decide. */
describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('states a worker’s heap once, as src/batch/pool.ts sets it', () => {
    const pool = readFileSync(join(ROOT, 'src', 'batch', 'pool.ts'), 'utf8');
    const heap = Number(/const DEFAULT_HEAP_MB = (\d+);/.exec(pool)![1]);
    const young = Number(/maxYoungGenerationSizeMb: (\d+)/.exec(pool)![1]);
    expect(readme).toContain(`${heap} MB of old generation and ${young} MB of young`);
    expect(readme.match(/\d+ MB (?:a|per) worker/g) ?? []).toEqual([]);
  });

  it('installs the package as it can be had: not from the registry, where it is not', () => {
    expect(readme).not.toMatch(/npm install --global xxgk-check\b/);
  });
});
