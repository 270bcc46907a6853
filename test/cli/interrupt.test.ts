import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../support/fixtures.js';
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

describe('an interrupted conversion', () => {
  it('ends the LibreOffice it started and removes its folder, also when the conversion runs in a worker', { timeout: 30_000 }, async () => {
    const dir = tempDir('interrupt-convert');
    const bin = join(dir, 'bin');
    const tmp = join(dir, 'tmp');
    for (const d of [bin, tmp]) spawnSync('mkdir', ['-p', d]);
    // A LibreOffice that takes its time: it says it started, then sleeps.
    writeFileSync(join(bin, 'soffice'), `#!/bin/sh\necho $$ > ${JSON.stringify(join(dir, 'started'))}\nexec sleep 30\n`);
    chmodSync(join(bin, 'soffice'), 0o755);
    copyFileSync(fixture('real/libreoffice/seed-jining-2020.xls'), join(dir, 'a.xls'));
    copyFileSync(fixture('real/libreoffice/seed-jining-2020.xls'), join(dir, 'b.xls'));
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'xxgk-check.js'), '--convert', '--jobs', '2', 'a.xls', 'b.xls'], {
      cwd: dir,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, TMPDIR: tmp },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
    while (!existsSync(join(dir, 'started'))) await new Promise((r) => setTimeout(r, 50));
    const soffice = Number(readFileSync(join(dir, 'started'), 'utf8'));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(readdirSync(tmp).filter((name) => name.startsWith('xxgk-convert-'))).toEqual([]);
    // Ended: gone, or a zombie that nobody has reaped yet (a container's first process may never).
    const alive = () => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${soffice}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 20 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  });
});

describe('the tests themselves', () => {
  it('make their temporary folders through test/support/temp.ts, which removes them', () => {
    const own = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? own(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const exempt = [join('support', 'temp.ts'), join('cli', 'interrupt.test.ts')];
    const making = own(join(ROOT, 'test')).filter((f) => !exempt.some((e) => f.endsWith(e)) && /mkdtemp|tmpdir\(\)/.test(readFileSync(f, 'utf8')));
    expect(making).toEqual([]);
    expect(readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8')).toContain('test/support/setup.ts');
  });
});
