import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, ROOT, fixture } from './support/fixtures.js';
import { tempDir } from './support/temp.js';

describe('the generated fixtures', () => {
  it('are exactly what scripts/build-fixtures.js makes from fixtures/src (run `npm run fixtures` after changing either)', () => {
    const out = tempDir('fixtures');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-fixtures.js'), '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const stale = CASES.filter((c) => !readFileSync(join(out, c.file)).equals(readFileSync(fixture(c.file)))).map((c) => c.file);
    expect(stale).toEqual([]);
  });
});
