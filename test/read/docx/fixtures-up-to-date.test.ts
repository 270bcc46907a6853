import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture } from '../../support/fixtures.js';
import { tempDir } from '../../support/temp.js';

describe('the generated Word fixtures', () => {
  it('are exactly what scripts/build-docx-fixtures.js makes (run it after changing the writer or the reports; needs dist/)', () => {
    const out = tempDir('docx-fixtures');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-docx-fixtures.js'), '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const committed = readdirSync(fixture('generated/docx')).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    const stale = committed.filter((name) => !readFileSync(join(out, name)).equals(readFileSync(fixture(`generated/docx/${name}`))));
    expect(stale).toEqual([]);
  });
});
