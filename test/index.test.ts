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
