import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

describe('an interrupted run', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('leaves no temporary file of a write under way on %s, and ends by the signal', (signal) => {
    const dir = tempDir('interrupt');
    const url = (p: string) => pathToFileURL(join(ROOT, 'dist', 'cli', p)).href;
    // A long write (as of an annotated copy) that the signal arrives in the middle of.
    const script = `
      import { removeUnfinishedOnSignals } from ${JSON.stringify(url('io.js'))};
      import { writeFileAtomic } from ${JSON.stringify(url('write-file.js'))};
      removeUnfinishedOnSignals();
      function* pieces() {
        for (let i = 0; i < 100000; i++) {
          if (i === 10) process.kill(process.pid, ${JSON.stringify(signal)});
          yield 'x'.repeat(1000);
        }
      }
      await writeFileAtomic(${JSON.stringify(join(dir, '年报.校验.xlsx'))}, pieces());
      console.log('finished');
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.signal).toBe(signal);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the tests themselves', () => {
  it('make their temporary folders through test/support/temp.ts, which removes them', () => {
    const own = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? own(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const exempt = [join('support', 'temp.ts'), join('cli', 'interrupt.test.ts')];
    const making = own(join(ROOT, 'test')).filter((f) => !exempt.some((e) => f.endsWith(e)) && /mkdtemp|tmpdir\(\)/.test(readFileSync(f, 'utf8')));
    expect(making).toEqual([]);
    expect(readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8')).toContain('test/support/setup.ts');
  });
});
