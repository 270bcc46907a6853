import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';
import { parseJson } from '../support/json.js';

const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

/**
 * The package as it would be published: `npm pack` lists the command, the built library and the
 * schemas and nothing else, and the tarball installs into an empty folder (its dependencies from the
 * registry) and runs. The slowest test: about half a minute, most of it npm installing dependencies.
 */
describe('the packed package', () => {
  it('builds from scratch when packed', () => {
    const scripts = parseJson<{ scripts: Record<string, string> }>(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.prepack).toBe('npm run clean && npm run build');
  });

  it('holds exactly what is needed, installs in an empty folder and checks a report', { timeout: 300_000 }, () => {
    const out = tempDir('pack');
    // dist/ is built already (npm test builds first); building again here would pull it from under the other tests.
    const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', out], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const { filename, files } = (JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[])[0]!;
    const paths = files.map((f) => f.path);
    expect(
      paths.filter(
        (p) =>
          !/^(bin\/(xxgk-check|load-bundle)\.js|dist\/.+\.(js|d\.ts)|dist\/bundle\/cli\.cjs(\.v8cache)?|dist\/xxgk-check\.html|schema\/xxgk-check\.(config|report)\.schema\.json|package\.json|README\.md|LICENSE)$/.test(
            p,
          ),
      ),
    ).toEqual([]);
    for (const needed of [
      'bin/xxgk-check.js',
      'bin/load-bundle.js',
      'dist/bundle/cli.cjs',
      'dist/bundle/cli.cjs.v8cache',
      'dist/bundle/worker.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/core.js',
      'dist/core.d.ts',
      'dist/cli.js',
      'dist/cli.d.ts',
      'schema/xxgk-check.config.schema.json',
    ]) {
      expect(paths).toContain(needed);
    }

    const project = tempDir('install');
    writeFileSync(join(project, 'package.json'), '{"name": "uses-xxgk-check", "private": true}\n');
    const installed = npm(['install', '--no-package-lock', join(out, filename)], project);
    expect(installed.status, installed.stderr).toBe(0);
    expect(readdirSync(join(project, 'node_modules', 'xxgk-check')).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'schema']);

    const run = spawnSync('npx', ['--no-install', 'xxgk-check', fixture('seed-jining-2020.xlsx')], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1');
    // and the library, from its published entry points
    const library = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { checkFile } from 'xxgk-check'; import { checkBytes } from 'xxgk-check/core'; import { runCli } from 'xxgk-check/cli'; const r = await checkFile(${JSON.stringify(fixture('clean-2021.xlsx'))}); console.log(r.findings.length, typeof checkBytes, typeof runCli);`,
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(library.stderr).toBe('');
    expect(library.stdout).toBe('0 function function\n');
  });
});
