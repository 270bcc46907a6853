import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePdf, stream } from '../../../scripts/lib/pdf.js';
import { checkBytes } from '../../../src/check.js';
import { nodeInflate } from '../../../src/node/inflate.js';
import { loadNodePdfEngine } from '../../../src/node/pdfjs.js';
import { defaultLimits, type ReadLimits } from '../../../src/read/limits.js';
import { PdfEngineUnavailable } from '../../../src/read/pdf/engine.js';
import { scanPdf } from '../../../src/read/pdf/scan.js';
import type { FileProblem } from '../../../src/read/problem.js';
import { readDocument } from '../../../src/read/read-document.js';
import { renderProblem } from '../../../src/report/problems.js';
import { ROOT, fixture } from '../../support/fixtures.js';
import { parseJson } from '../../support/json.js';

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

  it('reads a long, dense file in seconds: 120 pages of 60 ruled rows, one table running over all of them', async () => {
    const pages: string[] = [];
    for (let p = 0; p < 120; p++) {
      let content = '';
      for (let l = 0; l < 60; l++) {
        content += `BT /F1 9 Tf 40 ${800 - l * 12} Td (Row ${p}-${l}) Tj ET\n`;
        for (let c = 0; c < 8; c++) content += `BT /F1 9 Tf ${200 + c * 45} ${800 - l * 12} Td (${(p + l + c) % 100}) Tj ET\n`;
        content += `40 ${797 - l * 12} m 560 ${797 - l * 12} l S\n`;
      }
      for (let c = 0; c < 9; c++) content += `${195 + c * 45} 80 m ${195 + c * 45} 810 l S\n`;
      pages.push(content);
    }
    const objects: (string | Buffer)[] = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    pages.forEach((content, i) => objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${5 + i * 2} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`, stream('', content)));
    const start = performance.now();
    const read = await readDocument(makePdf(objects), { inflate: nodeInflate, loadPdf: loadNodePdfEngine });
    expect(read.ok && read.value.tables.length).toBe(1);
    expect(read.ok && read.value.tables[0]!.origin.kind === 'pdf' && read.value.tables[0]!.origin.rows.length).toBeGreaterThan(120 * 59);
    expect(performance.now() - start).toBeLessThan(20_000);
  }, 60_000);

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
    const out = parseJson<{ code: string; rss: number }>(run.stdout);
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
  it('where it is not given, the file is not checked and a sentence says why and what to do; nothing throws', async () => {
    const read = await readDocument(readFileSync(fixture('real/libreoffice/report-2021.pdf')));
    expect(read).toEqual({ ok: false, problem: { code: 'FILE_PDF_NO_READER' } });
    expect(renderProblem('年报.pdf', { code: 'FILE_PDF_NO_READER' }, 'zh')).toBe(
      '年报.pdf 是 PDF 文件，但这里运行的检查程序没有带读取 PDF 的组件（PDF.js），未检查；请用 xxgk-check 命令行或离线检查页检查它。',
    );
    const checked = await checkBytes('report.pdf', readFileSync(fixture('real/libreoffice/report-2021.pdf')));
    expect(checked).toEqual({ path: 'report.pdf', findings: [], problem: { code: 'FILE_PDF_NO_READER' } });
  });

  it('where it cannot run (a browser too old for PDF.js), the sentence says to open the page in a current browser', async () => {
    const loadPdf = () => Promise.reject(new PdfEngineUnavailable('browser'));
    const read = await readDocument(readFileSync(fixture('real/libreoffice/report-2021.pdf')), { loadPdf });
    expect(read).toEqual({ ok: false, problem: { code: 'FILE_PDF_NO_READER', detail: 'browser' } });
    // Told by name, as the page's PDF.js bundle throws its own copy of the class.
    const copy = Object.assign(new Error('PDF.js cannot run here (browser)'), { name: 'PdfEngineUnavailable', reason: 'browser' });
    expect(await readDocument(readFileSync(fixture('real/libreoffice/report-2021.pdf')), { loadPdf: () => Promise.reject(copy) })).toEqual(read);
    expect(renderProblem('年报.pdf', { code: 'FILE_PDF_NO_READER', detail: 'browser' }, 'zh')).toMatch(
      /^年报\.pdf 是 PDF 文件，但这个浏览器版本太旧.*请用新版浏览器（Chrome 或 Edge 98 以上、Firefox 94 以上）打开检查页/,
    );
    // Any other failure to load is the host's fault, not the file's: it is not hidden behind a sentence.
    await expect(readDocument(readFileSync(fixture('real/libreoffice/report-2021.pdf')), { loadPdf: () => Promise.reject(new Error('broken build')) })).rejects.toThrow('broken build');
  });

  it('a hostile PDF is refused by its bytes all the same, before PDF.js would be needed', async () => {
    expect(await readDocument(readFileSync(fixture('generated/bad/pdf-stream-bomb.pdf')))).toMatchObject({ problem: { code: 'FILE_TOO_COMPLEX' } });
    expect(await readDocument(readFileSync(fixture('generated/bad/pdf-deep.pdf')))).toMatchObject({ problem: { code: 'FILE_TOO_COMPLEX' } });
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
