/**
 * A report reads in a few milliseconds. Measured on this project's 2-core machine (Node 20, after
 * warm-up, Node's zlib, CPU time per read): word.docx (a 372 KB main part, 280 cells, formatted
 * as Word writes it) 2.9 ms, of which 1.4 ms is inflating, decoding and checking the part
 * (openPackage) and 1.3 ms the walk; LibreOffice's clean-2021.docx (181 KB) 2.0 ms; the plain
 * generated clean-2021.docx (71 KB) 0.9 ms. With the portable inflate about 1 ms more. The bound
 * here is loose, for a busy CI machine: it catches a reader grown several times slower.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDocxDocument } from '../../../src/read/docx/reader.js';
import { defaultLimits } from '../../../src/read/limits.js';
import { entryData, readZipDirectory } from '../../../src/read/zip/directory.js';
import { makeZip } from '../../support/zip.js';
import { fixtureBytes, nodeInflate } from './support.js';

function median(f: () => unknown, runs: number, warmUp = 30): number {
  for (let i = 0; i < warmUp; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe('speed', () => {
  it('reads a report formatted as Word writes it in well under 5 ms (bound 12 ms for CI)', () => {
    const bytes = fixtureBytes('generated/docx/word.docx');
    expect(median(() => readDocxDocument(bytes, { limits: defaultLimits, inflate: nodeInflate }), 60)).toBeLessThan(12);
  });

  it('takes time in proportion to the document: ten copies of a report take about ten times as long, nowhere near a hundred', () => {
    const zip = fixtureBytes('generated/docx/word.docx');
    const directory = readZipDirectory(zip);
    if (!directory.ok) throw new Error(directory.reason);
    const xml = inflateRawSync(entryData(zip, directory.entries.find((e) => e.name === 'word/document.xml')!)!).toString('utf8');
    const [head, rest] = xml.split('<w:body>') as [string, string];
    const [body, tail] = rest.split('<w:sectPr>') as [string, string];
    const document = (copies: number) => makeZip([{ name: 'word/document.xml', data: `${head}<w:body>${body.repeat(copies)}<w:sectPr>${tail}` }]);
    const one = document(1);
    const ten = document(10);
    const time = (bytes: Uint8Array, runs: number, warmUp: number) => median(() => readDocxDocument(bytes, { limits: defaultLimits, inflate: nodeInflate }), runs, warmUp);
    expect(readDocxDocument(ten, { limits: defaultLimits })).toMatchObject({ ok: true, value: { tables: { length: 30 } } });
    expect(time(ten, 5, 3) / time(one, 21, 30)).toBeLessThan(30);
  });
});
