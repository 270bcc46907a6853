import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as core from '../src/core.js';
import * as library from '../src/index.js';
import * as cli from '../src/cli.js';
import { formatJson } from '../src/report/json.js';
import { fixture, ROOT } from './support/fixtures.js';

/** Every module and package an entry point loads, as esbuild resolves it (dynamic imports included). */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, platform: 'node', format: 'esm', metafile: true, logLevel: 'silent', packages: 'external' });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  return [...Object.keys(result.metafile.inputs), ...imports];
}

/**
 * The modules the entry points load before any `import()` is taken (those reached through static
 * imports alone), and every module esbuild resolved from them, with its imports.
 */
async function staticGraphOf(entries: readonly string[]) {
  const result = await build({
    entryPoints: entries.map((entry) => join(ROOT, entry)),
    absWorkingDir: ROOT,
    outdir: 'out',
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    packages: 'external',
  });
  const inputs = result.metafile.inputs;
  const reached = new Set(entries);
  for (const path of reached) for (const i of inputs[path]?.imports ?? []) if (i.kind === 'import-statement') reached.add(i.path);
  return { reached, inputs };
}

describe("the library's surface", () => {
  it('core: checking, the stages one call each, the catalogue, presenting and formatters by name, what reading needs from its host, the data types', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'checkBytes',
        'checkDocument',
        'checkReport',
        'readDocument',
        'locateReport',
        'buildReport',
        'readClaims',
        'runRules',
        'runPairRules',
        'runRegionRules',
        'CATALOGUE',
        'findRule',
        'present',
        'Presented',
        'PresentedFile',
        'PresentedFinding',
        'formatResults',
        'FORMATTERS',
        'FORMATS',
        'describeSource',
        'countResults',
        'exitCodeOf',
        'defaultLimits',
        'portableInflate',
        'PdfEngineUnavailable',
        'Document',
        'DocTable',
        'DocCell',
        'Paragraph',
        'Source',
        'Report',
        'ModelCell',
        'Claim',
        'SkipReason',
        'Finding',
        'FileResult',
        'spec',
      ].sort(),
    );
  });

  it('the Node library: the core, and files from disk, batches, a region’s sum and the workbooks the tool writes; not the command line', () => {
    const added = Object.keys(library).filter((name) => !(name in core));
    expect(added.sort()).toEqual(
      [
        'checkFile',
        'readDocumentFile',
        'loadNodePdfEngine',
        'checkFiles',
        'expandInputs',
        'runBatch',
        'streamBatch',
        'sumReports',
        'readUnits',
        'matchUnit',
        'summaryWorkbook',
        'annotateWorkbook',
        'placeReport',
        'writeWorkbook',
      ].sort(),
    );
    expect(Object.keys(cli).sort()).toEqual(['processIo', 'runCli']);
  });

  it('loading the library loads neither the command line nor commander; the core loads no Node built-in', async () => {
    const library = await inputsOf('src/index.ts');
    expect(library.filter((path) => path.startsWith('src/cli/') || path === 'src/cli.ts' || path === 'commander')).toEqual([]);
    expect(library).toContain('src/node/check-file.ts');
    expect((await inputsOf('src/cli.ts')).filter((path) => path === 'commander')).toEqual(['commander']);
  });

  it('formats results by the formatter’s name, as the command line’s --format does', async () => {
    const result = await library.checkFile(fixture('seed-jining-2020.xlsx'));
    const tool = { name: 'xxgk-check', version: '0.0.0' };
    expect(await core.formatResults('json', [result], { tool })).toBe(formatJson([result], { lang: 'zh', tool }));
    const text = await core.formatResults('text', [result], { lang: 'en' });
    expect(text).toContain('Table 3');
    expect(text).not.toContain('\u001b[');
  });
});

describe('what a check loads', () => {
  /** A check as the command line and a batch's workers run it: the command, each reader, each formatter, and the library's pipeline. */
  const CHECK_PATH = [
    'src/cli/main.ts',
    'src/cli/commands/check.ts',
    ...['xlsx', 'docx', 'html', 'text', 'pdf'].map((format) => `src/read/${format}/reader.ts`),
    ...['text', 'json', 'sarif', 'junit', 'github', 'html/html'].map((format) => `src/report/${format}.ts`),
    'src/node/pdfjs.ts',
    'src/batch/worker.ts',
    'src/check.ts',
  ];

  it('a plain check loads no zod: the schemas give types and the published JSON schemas, and only a configuration file found is validated with them', async () => {
    const { reached, inputs } = await staticGraphOf(CHECK_PATH);
    const isZod = (path: string) => path === 'zod' || path.startsWith('zod/');
    // The modules that import zod themselves, so that a failure names where it crept in.
    const importing = (kind: 'import-statement' | 'dynamic-import') => Object.keys(inputs).filter((path) => inputs[path]!.imports.some((i) => i.kind === kind && isZod(i.path)));
    expect(importing('import-statement').filter((path) => reached.has(path))).toEqual([]);
    expect(reached).toContain('src/config/load.ts');
    // The walk would see zod: it is there, imported on demand.
    expect(importing('dynamic-import')).toEqual(['src/config/load.ts']);
  }, 30_000);

  it("a check in Node loads neither fflate nor node:crypto: Node's zlib inflates (fflate builds its tables as it loads), and a temporary file's name is drawn only when one is written", async () => {
    const { reached, inputs } = await staticGraphOf(CHECK_PATH);
    expect([...reached].filter((path) => path === 'fflate' || path === 'node:crypto')).toEqual([]);
    // The walk would see them: the portable inflate and the zip guard import fflate, on demand.
    expect(
      Object.keys(inputs)
        .filter((path) => inputs[path]!.imports.some((i) => i.path === 'fflate'))
        .sort(),
    ).toEqual(['src/read/zip/guard.ts', 'src/read/zip/portable-inflate.ts']);
  }, 30_000);
});
