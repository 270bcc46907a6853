import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

describe('generated documentation (docs/keys.md, docs/rules.md, the config schema)', () => {
  it('is what `npm run docs` makes from the sources', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-docs.js'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
