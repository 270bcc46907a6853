import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_SINK, patchWorker, WORKER_PATCHES } from '../../../src/read/pdf/host.js';

const WORKER = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');

describe('the mends to PDF.js’s worker, the same for the command line and the page', () => {
  it('apply to the worker of the pdfjs-dist installed, each once', () => {
    const source = readFileSync(WORKER, 'utf8');
    const patched = patchWorker(source);
    for (const patch of WORKER_PATCHES) expect(patched.includes(patch.find)).toBe(false);
    expect(patched).toContain('posY < viewBox[1]');
  });

  it('stop, naming the mend, when a version of PDF.js no longer holds the text (or holds it twice)', () => {
    expect(() => patchWorker('const x = 1;')).toThrow(/`posY \+ glyphWidth < viewBox\[1\]` 0 times, not once: the mend \(a glyph of a vertical font/);
    const twice = `${WORKER_PATCHES[0]!.find} ${WORKER_PATCHES[0]!.find} ${WORKER_PATCHES[1]!.find}`;
    expect(() => patchWorker(twice)).toThrow(/2 times, not once/);
  });
});

describe('where fonts go', () => {
  it('in Node, nowhere through a style sheet (PDF.js loads fonts synchronously there); no FontFace set', () => {
    expect('fonts' in FONT_SINK).toBe(false);
    const style = FONT_SINK.createElement();
    expect(style.sheet.insertRule()).toBe(0);
  });
});
