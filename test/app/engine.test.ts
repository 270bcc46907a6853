import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatedDownload, checkInput, combine, fileView, htmlReport, jsonReport, summaryDownload, view } from '../../src/app/engine.js';
import { TOOL } from '../../src/cli/version.js';
import { loadNodePdfEngine } from '../../src/node/pdfjs.js';
import { cli } from '../support/cli.js';
import { BATCHES, CASES, fixture } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

/**
 * What the page's worker runs (src/app/engine.ts), here in Node: for the same files it must give the
 * command line's outputs byte for byte. The page itself is compared in a browser by test/e2e/app-*.
 * PDF.js is the command line's here (src/node/pdfjs.ts): the page's own (src/app/pdfjs.ts) is its
 * bundle's, with the worker's code mended and the character maps embedded by the build, and runs
 * where the page runs, in the browsers of test/e2e/app-*.
 */
const FIXTURES = fixture('');
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const inputOf = (path: string) => ({ path, size: statSync(join(FIXTURES, path)).size, bytes: () => Promise.resolve(new Uint8Array(readFileSync(join(FIXTURES, path)))) });

async function pageRun(paths: string[], summaryIndex = -1) {
  const checked = [];
  for (const path of paths) checked.push(await checkInput(inputOf(path), loadNodePdfEngine));
  return combine(paths, checked, summaryIndex, []);
}

const ALL = CASES.map((c) => c.file);

describe('the page’s engine gives the command line’s outputs', () => {
  it('every fixture of cases.json in one batch: the same JSON, in Chinese and in English', { timeout: 120_000 }, async () => {
    const outcome = await pageRun(ALL);
    for (const lang of ['zh', 'en'] as const) {
      const run = await cli(['--format', 'json', '--lang', lang, ...ALL], { cwd: FIXTURES });
      expect(run.code).toBe(2);
      expect(decode(jsonReport(outcome.results, outcome.info, lang, TOOL).bytes)).toBe(run.stdout);
    }
    // The table of files says what the command line's table says.
    const rows = view(outcome, 'zh').rows;
    expect(rows.filter((r) => r.status === 'unreadable').length).toBe(CASES.filter((c) => c.expect.problem && ALL.includes(c.file)).length);
  });

  it('the same HTML report and summary workbook', { timeout: 120_000 }, async () => {
    const dir = tempDir('app');
    const files = [
      'seed-jining-2020.xlsx',
      'generated/rules/t4-sums.xlsx',
      'generated/years/a-2021.xlsx',
      'generated/years/a-2022.xlsx',
      'generated/bad/zip-bomb.xlsx',
      'generated/text/seed-jining-2020.txt',
    ];
    const run = await cli(['--format', 'html', '--output', join(dir, 'r.html'), '--summary-xlsx', join(dir, 's.xlsx'), ...files], { cwd: FIXTURES });
    expect(run.code).toBe(2);
    const outcome = await pageRun(files);
    expect(decode(htmlReport(outcome.results, outcome.info, 'zh', TOOL).bytes)).toBe(readFileSync(join(dir, 'r.html'), 'utf8'));
    const summary = await summaryDownload(outcome.results, outcome.info, 'zh');
    expect(summary.name).toBe('检查结果.xlsx');
    expect(Buffer.from(summary.bytes).equals(readFileSync(join(dir, 's.xlsx')))).toBe(true);
  });

  for (const b of BATCHES) {
    it(`the batch ${b.files.join(' + ')}${b.summary ? ` against ${b.summary}` : ''}: the same findings across files`, async () => {
      const paths = [...b.files, ...(b.summary ? [b.summary] : [])];
      const run = await cli(['--format', 'json', ...(b.summary ? ['--summary', b.summary] : []), ...b.files], { cwd: FIXTURES });
      expect(run.code).toBe(b.expect.exit);
      const outcome = await pageRun(paths, b.summary ? paths.length - 1 : -1);
      expect(decode(jsonReport(outcome.results, outcome.info, 'zh', TOOL).bytes)).toBe(run.stdout);
    });
  }

  it('the region’s summary in another format: the command line’s sentence', async () => {
    const run = await cli(['--summary', 'seed-jining-2020.xlsx', 'clean-2021.xlsx'], { cwd: FIXTURES });
    expect(run.code).toBe(2);
    const outcome = await pageRun(['clean-2021.xlsx', 'seed-jining-2020.xlsx'], 1);
    expect(`xxgk-check: ${view(outcome, 'zh').region}\n`).toBe(run.stderr);
  });

  it.each(['seed-jining-2020.xlsx', 'generated/rules/merged-value.xlsx', 'clean-2021.xlsx', 'generated/layout/whole-column-validations.xlsx'])(
    'the same annotated copy of %s',
    { timeout: 60_000 },
    async (file) => {
      const dir = tempDir('app');
      const run = await cli(['--annotate', dir, '--annotate-all', file], { cwd: FIXTURES });
      expect(run.code).toBeLessThan(2);
      const outcome = await pageRun([file]);
      const copy = await annotatedDownload(readFileSync(join(FIXTURES, file)), outcome.results[0]!, 'zh');
      expect(copy.name).toBe(
        file
          .split('/')
          .pop()!
          .replace(/\.xlsx$/, '.校验.xlsx'),
      );
      expect(Buffer.from(copy.bytes).equals(readFileSync(join(dir, copy.name)))).toBe(true);
    },
  );

  it('a hostile file: the command line’s sentence, and the file’s view says it could not be checked', async () => {
    const file = 'generated/bad/zip-bomb.xlsx';
    const run = await cli([file], { cwd: FIXTURES });
    const outcome = await pageRun([file]);
    const shown = fileView(outcome.results[0]!, 1, 'zh');
    expect(shown.problem).toMatch(/解压后异常巨大/);
    expect(run.stdout).toContain(shown.problem);
    expect(shown.markup).toContain('<p class="problem">');
  });

  it('a file larger than the limit is refused before it is read, as on the command line', async () => {
    const checked = await checkInput({ path: 'big.xlsx', size: 10 ** 9, bytes: () => Promise.reject(new Error('must not be read')) }, loadNodePdfEngine);
    expect(checked.result.problem).toEqual({ code: 'FILE_TOO_LARGE', detail: String(10 ** 9) });
  });
});
