import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli } from '../support/cli.js';
import { ROOT } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

const PAGE = join(ROOT, 'dist', 'xxgk-check.html');
const workdir = () => tempDir('app-command');

describe('xxgk-check app', () => {
  it('writes the page the build made, byte for byte', async () => {
    const cwd = workdir();
    const run = await cli(['app', '-o', '年报检查.html'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已写出 年报检查\.html：/);
    expect(readFileSync(join(cwd, '年报检查.html')).equals(readFileSync(PAGE))).toBe(true);
  });

  it('names it 年报检查.html when no name is given, and works from the installed command', () => {
    const cwd = workdir();
    const run = bin(['app'], { cwd });
    expect(run.code).toBe(0);
    expect(readFileSync(join(cwd, '年报检查.html')).equals(readFileSync(PAGE))).toBe(true);
  });

  it('will not overwrite a file unless told to', async () => {
    const cwd = workdir();
    writeFileSync(join(cwd, 'p.html'), 'precious');
    const refused = await cli(['app', '-o', 'p.html'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('p.html 已存在，未覆盖；换一个文件名，或加 --force 覆盖。\n');
    expect(readFileSync(join(cwd, 'p.html'), 'utf8')).toBe('precious');
    const forced = await cli(['app', '-o', 'p.html', '--force', '--lang', 'en'], { cwd });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^Wrote p\.html: /);
    expect(readFileSync(join(cwd, 'p.html')).equals(readFileSync(PAGE))).toBe(true);
  });

  it('is one file that fetches nothing: a policy forbidding connections, no external reference', () => {
    const page = readFileSync(PAGE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    // PDF.js did not widen it: scripts only by the page's own hash, never eval, workers only from blob:.
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).toContain('worker-src blob:;');
    expect(csp).not.toContain('unsafe-eval');
    // No element loads anything from elsewhere: no src= or href= but the page's own anchors.
    const markup = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/, '');
    expect(markup.match(/\b(src|href)="(?!#)[^"]*"/g) ?? []).toEqual([]);
    // Three scripts, the worker's and PDF.js's (not run by the page, started from a blob:) and the page's: nothing can close them early.
    expect(page.match(/<\/script/gi)).toHaveLength(3);
  });
});
