import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlDocument } from '../../../src/read/html/reader.js';
import { defaultLimits } from '../../../src/read/limits.js';
import { fixture, ROOT } from '../../support/fixtures.js';
import { problemOf, readPage } from './read.js';
import { nodeInflate } from '../../../src/node/inflate.js';

/** Pages made to hurt: each is refused quickly, with the limit it broke, and nothing ever throws. */
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
};

describe('a hostile page', () => {
  it('of 50 MB is refused as too large without being decoded', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    big.set(new TextEncoder().encode('<html><body><p>'));
    const { value, ms } = timed(() => problemOf(big));
    expect(value).toEqual({ code: 'FILE_TOO_LARGE', detail: String(big.length) });
    // Decoding 50 MB would take a good part of a second; refusing by size takes nothing (a loose bound: the bench measures speed).
    expect(ms).toBeLessThan(1000);
  });

  it('whose text is longer than the limit, once decoded, is refused as too large', () => {
    expect(problemOf(`<p>${'一'.repeat(2000)}</p>`, { maxTextBytes: 1000 })).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it.each([
    ['100,000 nested <div>s', '<div>'.repeat(100_000)],
    ['100,000 nested <table>s', '<table>'.repeat(100_000)],
    ['100,000 tables each in the cell of the one before', '<table><tr><td>'.repeat(100_000)],
    ['100,000 unclosed <span>s', '<p>' + '<span>1'.repeat(100_000)],
  ])('of %s is refused as too deep, with no stack overflow and no hang', (_name, page) => {
    const { value, ms } = timed(() => problemOf(page));
    expect(value).toEqual({ code: 'FILE_TOO_COMPLEX', detail: `depth > ${defaultLimits.maxDepth}`, breach: { what: 'depth', limit: defaultLimits.maxDepth } });
    expect(ms).toBeLessThan(5000);
  });

  it('nested exactly as deep as the limit is read; one level more is not', () => {
    const depth = defaultLimits.maxDepth;
    expect(readPage('<div>'.repeat(depth) + '深').prose.map((p) => p.text)).toEqual(['深']);
    expect(problemOf('<div>'.repeat(depth + 1))).toMatchObject({ code: 'FILE_TOO_COMPLEX' });
    expect(problemOf('<div>'.repeat(10) + '<br>', { maxDepth: 10 })).toMatchObject({ code: 'FILE_TOO_COMPLEX' });
    expect(readPage('<div>'.repeat(9) + '<br>', { maxDepth: 10 }).prose).toEqual([]);
  });

  it('with more cells than the limit is refused; a cell spanning n columns counts n', () => {
    const row = '<tr>' + '<td>1</td>'.repeat(100) + '</tr>';
    expect(problemOf(`<table>${row.repeat(10)}</table>`, { maxCells: 999 })).toEqual({ code: 'FILE_TOO_COMPLEX', detail: 'cells > 999', breach: { what: 'cells', limit: 999 } });
    expect(readPage(`<table>${row.repeat(10)}</table>`, { maxCells: 1000 }).tables[0]!.cells).toHaveLength(1000);
    expect(problemOf('<table><tr>' + '<td colspan="1000">1</td>'.repeat(3) + '</tr></table>', { maxCells: 2999 })).toMatchObject({ code: 'FILE_TOO_COMPLEX' });
    // Across all tables together.
    expect(problemOf(`<table>${row}</table>`.repeat(10), { maxCells: 999 })).toMatchObject({ code: 'FILE_TOO_COMPLEX' });
  });

  it('with a huge rowspan on every cell costs no more than plain cells, however the spans interleave', () => {
    // Each row's long cells push the next row's past them: 100,000 columns wide, 5,000 rows.
    const wide = '<table>' + ('<tr>' + '<td rowspan="65534">1</td>'.repeat(20) + '</tr>').repeat(5000) + '</table>';
    const { value, ms } = timed(() => readPage(wide));
    expect(value.tables[0]!.cells[0]).toMatchObject({ row: 1, col: 1, rowSpan: 5000 });
    expect(value.tables[0]!.cells.at(-1)).toMatchObject({ row: 5000, col: 100_000 });
    // A short cell first in every row, then a long one beyond all the long ones above.
    const interleaved = '<table>' + '<tr><td>a</td><td rowspan="65534">b</td></tr>'.repeat(50_000) + '</table>';
    const { value: second, ms: ms2 } = timed(() => readPage(interleaved));
    expect(second.tables[0]!.cells.at(-1)).toMatchObject({ row: 50_000, col: 50_001 });
    const plain = '<table>' + ('<tr>' + '<td>1</td>'.repeat(20) + '</tr>').repeat(5000) + '</table>';
    const { ms: baseline } = timed(() => readPage(plain));
    expect(ms + ms2).toBeLessThan(10 * baseline + 500);
  });

  it('of bytes that are text in no encoding is refused as such', () => {
    const bytes = new Uint8Array(4096).map((_, i) => 0x80 + ((i * 31) % 0x7f));
    expect(problemOf(bytes)).toEqual({ code: 'FILE_ENCODING' });
  });

  it('mutated at random 200 times never makes the reader throw', () => {
    const sources = ['generated/html/word-2020.htm', 'generated/html/cms-2021.html', 'generated/html/word-2021.mht'].map((f) => new Uint8Array(readFileSync(fixture(f))));
    let seed = 20231231;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const snippets = [
      '<table>',
      '</table>',
      '<td rowspan=0>',
      '<tr>',
      '</td>',
      '<div style="display:none">',
      '</div>',
      '<![if !x]>',
      '<!--',
      '-->',
      '&#xFFFFFF;',
      '&',
      '<',
      '\u0000',
      '=\r\n',
      '--',
      '<script>',
    ].map((s) => new TextEncoder().encode(s));
    const outcomes = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const source = sources[i % sources.length]!;
      let bytes = source.slice();
      for (let m = 0; m < 1 + Math.floor(random() * 8); m++) {
        const at = Math.floor(random() * bytes.length);
        const kind = Math.floor(random() * 4);
        if (kind === 0) bytes[at] = Math.floor(random() * 256);
        else if (kind === 1) bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + Math.floor(random() * 2000))]);
        else if (kind === 2) bytes = new Uint8Array([...bytes.subarray(0, at), ...snippets[Math.floor(random() * snippets.length)]!, ...bytes.subarray(at)]);
        else bytes = bytes.subarray(0, at);
      }
      const result = readHtmlDocument(bytes, { limits: defaultLimits, inflate: nodeInflate });
      expect(result).toHaveProperty('ok');
      outcomes.add(result instanceof Promise ? 'promise' : result.ok ? 'read' : result.problem.code);
    }
    expect(outcomes.has('read')).toBe(true);
    expect(outcomes.has('promise')).toBe(false);
  });
});

describe('the reader’s code', () => {
  it('imports no Node module and uses no Buffer, so that it runs in a browser as it is', () => {
    const dir = join(ROOT, 'src', 'read', 'html');
    const files = [...readdirSync(dir).map((f) => join(dir, f)), join(ROOT, 'src', 'read', 'decode-text.ts')];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from\s+['"]node:|require\(|\bBuffer\b|\bprocess\./);
    }
  });
});
