/**
 * Files made to hurt: each is refused with its reason (or read), never throws, and never hangs (a
 * generous bound: how fast it is refused is measured by `npm run bench`, not here).
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FileProblemCode } from '../../../src/read/problem-schema.js';
import { readZipDirectory, entryData } from '../../../src/read/zip/directory.js';
import { repeatingDeflate } from '../../../scripts/lib/deflate.js';
import { makeZip } from '../../support/zip.js';
import { documentXml, fixtureBytes, p, read, readOk } from './support.js';

/** Runs `f` and checks it did not hang. */
function quick<T>(f: () => T, ms = 10_000): T {
  const start = performance.now();
  const value = f();
  expect(performance.now() - start).toBeLessThan(ms);
  return value;
}

const document = (xml: string) => makeZip([{ name: 'word/document.xml', data: xml }]);

describe('hostile Word documents', () => {
  it('refuses 100,000 nested content controls as too deep', () => {
    const n = 100_000;
    const xml = documentXml(`<w:p>${'<w:sdt><w:sdtContent>'.repeat(n)}<w:r><w:t>x</w:t></w:r>${'</w:sdtContent></w:sdt>'.repeat(n)}</w:p>`);
    const result = quick(() => read(document(xml)));
    expect(result).toMatchObject({ ok: false, problem: { code: 'FILE_TOO_COMPLEX', breach: { what: 'depth', limit: 512, part: 'word/document.xml' } } });
  });

  it('refuses 100,000 nested tables as too deep', () => {
    const n = 100_000;
    const xml = documentXml(`${'<w:tbl><w:tr><w:tc>'.repeat(n)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(n)}`);
    expect(quick(() => read(document(xml)))).toMatchObject({ ok: false, problem: { code: 'FILE_TOO_COMPLEX', breach: { what: 'depth' } } });
  });

  it('refuses deep nesting of elements it does not know, and still reads a document nested within the limit', () => {
    expect(quick(() => read(document(documentXml(`${'<x:y>'.repeat(5000)}${'</x:y>'.repeat(5000)}`))))).toMatchObject({ ok: false, problem: { breach: { what: 'depth' } } });
    const within = documentXml(`${'<w:tbl><w:tr><w:tc>'.repeat(150)}<w:p><w:r><w:t>深</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(150)}`);
    const read150 = readOk(document(within));
    expect(read150.tables).toHaveLength(150);
    expect(read150.tables[149]!.cells[0]!.text).toBe('深');
    expect(read150.tables[0]!.cells).toEqual([]);
  });

  it('refuses more table cells than maxCells in all tables together', () => {
    const row = `<w:tr>${'<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'.repeat(100)}</w:tr>`;
    const xml = documentXml(`<w:tbl>${row.repeat(1500)}</w:tbl><w:tbl>${row.repeat(1500)}</w:tbl>`); // 300,000 cells
    const result = quick(() => read(document(xml)));
    expect(result).toMatchObject({ ok: false, problem: { code: 'FILE_TOO_COMPLEX', breach: { what: 'cells', limit: 200_000 } } });
    expect(read(document(documentXml(`<w:tbl>${row.repeat(3)}</w:tbl>`)), { maxCells: 299 })).toMatchObject({ ok: false, problem: { breach: { what: 'cells', limit: 299 } } });
  });

  it('refuses a part that inflates past the limit, though its header claims a small size', () => {
    const prefix = Buffer.from(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`);
    const suffix = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
    const repeat = 258 * Math.ceil((65 * 1024 * 1024) / 258); // past the 64 MiB a part may inflate to
    const bomb = makeZip([{ name: 'word/document.xml', deflated: repeatingDeflate({ prefix, distance: 1, repeat, suffix }), size: 1000, crc: 0 }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(quick(() => read(bomb))).toMatchObject({ ok: false, problem: { code: 'FILE_ZIP_BOMB', breach: { what: 'entryBytes', part: 'word/document.xml' } } });
    expect(read(bomb, { maxEntryBytes: 100_000 })).toMatchObject({ ok: false, problem: { code: 'FILE_ZIP_BOMB' } });
  });

  it('clamps absurd spans and offsets instead of producing absurd columns', () => {
    const xml = documentXml(
      `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="99999999"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="4294967297"/></w:tcPr>${p('a')}</w:tc><w:tc><w:tcPr><w:gridSpan w:val="-3"/></w:tcPr>${p('b')}</w:tc></w:tr></w:tbl>`,
    );
    expect(readOk(document(xml)).tables[0]!.cells.map((c) => [c.col, c.colSpan ?? 1])).toEqual([
      [1001, 1000],
      [2001, 1],
    ]);
  });
});

/** A small, seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = new Set<string>(FileProblemCode.options);

function mutations(original: Buffer, seed: number, count: number) {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const bytes = Buffer.from(original);
    const flips = 1 + Math.floor(next() * 8);
    for (let i = 0; i < flips; i++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
    return bytes;
  });
}

function expectReadOrRefused(bytes: Buffer) {
  let result: ReturnType<typeof read> | undefined;
  expect(() => (result = read(bytes))).not.toThrow();
  if (result!.ok) expect(result!.value.format).toBe('docx');
  else expect(CODES.has(result!.problem.code), result!.problem.code).toBe(true);
  return result!;
}

describe('random byte flips never make the reader throw', () => {
  it('200 mutations of a deflated fixture', () => {
    const outcomes = quick(() => mutations(fixtureBytes('generated/docx/everything.docx'), 20261203, 200).map(expectReadOrRefused), 10_000);
    expect(outcomes.some((r) => !r.ok)).toBe(true);
  });

  it('200 mutations of the same document stored uncompressed, so the flips land in the XML itself', () => {
    const zip = fixtureBytes('generated/docx/clean-2021.docx');
    const directory = readZipDirectory(zip);
    if (!directory.ok) throw new Error(directory.reason);
    const stored = makeZip(directory.entries.map((e) => ({ name: e.name, data: inflateRawSync(entryData(zip, e)!) })));
    expect(readOk(stored).tables).toHaveLength(3);
    const outcomes = quick(() => mutations(stored, 7, 200).map(expectReadOrRefused), 10_000);
    // Some flips land in text and are read, some break the markup and are refused.
    expect(outcomes.some((r) => r.ok)).toBe(true);
    expect(outcomes.some((r) => !r.ok && r.problem.code === 'FILE_DAMAGED')).toBe(true);
  });
});
