import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeInflate } from '../../../src/node/inflate.js';
import { loadNodePdfEngine } from '../../../src/node/pdfjs.js';
import { defaultLimits, type ReadLimits } from '../../../src/read/limits.js';
import { scanPdf } from '../../../src/read/pdf/scan.js';
import type { FileProblem } from '../../../src/read/problem.js';
import { readDocument } from '../../../src/read/read-document.js';
import { ROOT, fixture } from '../../support/fixtures.js';

async function problemOf(file: string, limits: Partial<ReadLimits> = {}): Promise<FileProblem | undefined> {
  const read = await readDocument(readFileSync(fixture(file)), { limits: { ...defaultLimits, ...limits }, inflate: nodeInflate, loadPdf: loadNodePdfEngine });
  return read.ok ? undefined : read.problem;
}

describe('PDFs that cannot be checked get their reason, never a stack trace', () => {
  it('a scan (pages that are pictures, no text layer): FILE_PDF_NO_TEXT', async () => {
    expect(await problemOf('real/libreoffice/scanned-2021.pdf')).toEqual({ code: 'FILE_PDF_NO_TEXT' });
  });

  it('an opening password: FILE_ENCRYPTED; a permissions password only is no obstacle', async () => {
    expect(await problemOf('real/libreoffice/encrypted-2021.pdf')).toEqual({ code: 'FILE_ENCRYPTED' });
    expect(await problemOf('real/libreoffice/restricted-2021.pdf')).toBeUndefined();
  });

  it('cut short (no %%EOF at its end), or a header and noise: FILE_DAMAGED', async () => {
    expect(await problemOf('generated/bad/pdf-truncated.pdf')).toMatchObject({ code: 'FILE_DAMAGED' });
    expect(await problemOf('generated/bad/pdf-garbage.pdf')).toMatchObject({ code: 'FILE_DAMAGED' });
  });

  it.each([
    ['generated/bad/pdf-stream-bomb.pdf', 'streamBytes', 'a content stream inflating to 2 GiB'],
    ['generated/bad/pdf-deep.pdf', 'depth', 'an array nested 100,000 deep'],
    ['generated/bad/pdf-5000-pages.pdf', 'pages', '5,000 pages'],
  ])('%s (%s: %s) is refused as too complex, in seconds', async (file, what) => {
    const start = performance.now();
    const problem = await problemOf(file);
    expect(problem).toMatchObject({ code: 'FILE_TOO_COMPLEX', breach: { what } });
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('says which limit: pages counted against maxPages, objects against maxObjects', async () => {
    expect(await problemOf('real/libreoffice/report-t3-split.pdf', { maxPages: 2 })).toEqual({
      code: 'FILE_TOO_COMPLEX',
      detail: 'pages 3 > 2',
      breach: { what: 'pages', count: 3, limit: 2 },
    });
    expect(await problemOf('real/libreoffice/report-2021.pdf', { maxObjects: 10 })).toMatchObject({ breach: { what: 'objects', limit: 10 } });
  });

  it('a file that keeps PDF.js busy past maxReadSeconds: FILE_TIMEOUT', async () => {
    expect(await problemOf('real/libreoffice/report-2021.pdf', { maxReadSeconds: 0.001 })).toEqual({ code: 'FILE_TIMEOUT', detail: '0.001 s' });
  });

  it('a stream bomb costs its cap, not its size: refused by a process with a 200 MB heap', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      const { readDocumentFile } = await import(${JSON.stringify(`${ROOT}/dist/node/read-file.js`)});
      const r = await readDocumentFile(${JSON.stringify(fixture('generated/bad/pdf-stream-bomb.pdf'))});
      console.log(JSON.stringify({ code: r.ok ? 'ok' : r.problem.code, rss: process.memoryUsage().rss }));`;
    const run = spawnSync(process.execPath, ['--max-old-space-size=200', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.code).toBe('FILE_TOO_COMPLEX');
    expect(out.rss).toBeLessThan(400 * 1024 * 1024);
  });
});

describe('the scan of a PDF’s bytes before PDF.js sees them', () => {
  const scan = (file: string, limits: Partial<ReadLimits> = {}) => scanPdf(readFileSync(fixture(file)), { ...defaultLimits, ...limits }, nodeInflate);

  it('counts objects, those in object streams too, and sees an /Encrypt dictionary', () => {
    const plain = scan('real/libreoffice/report-2021.pdf');
    expect(plain.ok && plain.value.objects).toBeGreaterThan(20);
    expect(plain.ok && plain.value.encrypted).toBe(false);
    const locked = scan('real/libreoffice/restricted-2021.pdf');
    expect(locked.ok && locked.value.encrypted).toBe(true);
  });

  it('caps each stream and all of them together', () => {
    expect(scan('generated/bad/pdf-stream-bomb.pdf')).toEqual({ ok: false, breach: { what: 'streamBytes', limit: defaultLimits.maxEntryBytes } });
    expect(scan('real/libreoffice/report-2021.pdf', { maxTotalBytes: 1000 })).toEqual({ ok: false, breach: { what: 'totalBytes', limit: 1000 } });
    expect(scan('generated/bad/pdf-deep.pdf')).toEqual({ ok: false, breach: { what: 'depth', limit: defaultLimits.maxDepth } });
  });
});

describe('reading a PDF needs PDF.js, which the core never imports itself', () => {
  it('says so when it is not given (a browser page must pass the build it serves)', async () => {
    await expect(readDocument(readFileSync(fixture('real/libreoffice/report-2021.pdf')))).rejects.toThrow(/needs PDF.js: pass `loadPdf`/);
  });
});

describe('loading PDF.js for Node', () => {
  it('leaves Node as it found it: no browser globals, native Array.prototype.push, nothing printed', () => {
    const script = `
      const push = Array.prototype.push;
      const { loadNodePdfEngine } = await import(${JSON.stringify(`${ROOT}/dist/node/pdfjs.js`)});
      const engine = await loadNodePdfEngine();
      console.log(JSON.stringify({
        push: Array.prototype.push === push,
        self: typeof self,
        DOMMatrix: typeof DOMMatrix,
        withResolvers: typeof Promise.withResolvers,
        getDocument: typeof engine.getDocument,
        cMaps: String(engine.params.cMapUrl).endsWith('/cmaps/'),
      }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ push: true, self: 'undefined', DOMMatrix: 'undefined', withResolvers: 'function', getDocument: 'function', cMaps: true });
  });
});
