import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repeatingDeflate } from '../../scripts/lib/deflate.js';
import { defaultLimits, type ReadLimits } from '../../src/read/limits.js';
import { guardWorkbookZip } from '../../src/read/zip/guard.js';
import { fixture } from '../support/fixtures.js';
import { makeZip, type ZipSpec } from '../support/zip.js';

function guard(bytes: Buffer, limits: Partial<ReadLimits> = {}) {
  const result = guardWorkbookZip(bytes, { ...defaultLimits, ...limits });
  return result.ok ? 'ok' : result.problem;
}

const workbook = (sheet: ZipSpec): Buffer => makeZip([{ name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="a"/></sheets></workbook>' }, sheet]);
const cells = (n: number) => `<worksheet><sheetData><row r="1">${'<c r="A1"><v>1</v></c>'.repeat(n)}</row></sheetData></worksheet>`;

describe('inflating every part, counted and thrown away, before exceljs is called', () => {
  it('passes workbooks written by exceljs, LibreOffice, Gnumeric, openpyxl and xlsxwriter', () => {
    for (const file of ['clean-2021.xlsx', 'real/libreoffice/clean-2021.xlsx', 'real/gnumeric/clean-2021.xlsx', 'real/openpyxl/clean-2021.xlsx', 'real/xlsxwriter/clean-2021.xlsx']) {
      expect(guard(readFileSync(fixture(file))), file).toBe('ok');
    }
  });

  it('refuses bytes whose zip directory cannot be read as a damaged file', () => {
    expect(guard(Buffer.from('PK\x03\x04 not a zip at all'))).toMatchObject({ code: 'FILE_DAMAGED' });
  });

  it('stops a part that inflates past the limit although its headers claim a small size', () => {
    const deflated = repeatingDeflate({ prefix: Buffer.from('<worksheet> '), distance: 1, repeat: 258 * 4000, suffix: Buffer.from('</worksheet>') });
    const bomb = workbook({ name: 'xl/worksheets/sheet1.xml', deflated, size: 100, crc: 0 });
    expect(guard(bomb, { maxEntryBytes: 500_000 })).toEqual({
      code: 'FILE_ZIP_BOMB',
      detail: 'xl/worksheets/sheet1.xml: entryBytes > 500000',
      breach: { what: 'entryBytes', limit: 500_000, part: 'xl/worksheets/sheet1.xml' },
    });
    expect(guard(bomb, { maxEntryBytes: 2_000_000, maxTotalBytes: 600_000 })).toMatchObject({ code: 'FILE_ZIP_BOMB', breach: { what: 'totalBytes' } });
    expect(guard(bomb)).toBe('ok');
  });

  it('refuses XML that declares a DOCTYPE or entities, in any part', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;">]><sst><si><t>&lol1;</t></si></sst>';
    expect(guard(workbook({ name: 'xl/sharedStrings.xml', data: laughs }))).toEqual({ code: 'FILE_UNSAFE_XML', detail: 'xl/sharedStrings.xml' });
    const deflated = deflateRawSync(Buffer.from(laughs));
    expect(guard(workbook({ name: 'xl/worksheets/sheet1.xml', data: laughs, deflated }))).toMatchObject({ code: 'FILE_UNSAFE_XML' });
  });

  it('counts cells across the whole workbook, also where a cell straddles two inflated chunks', () => {
    const n = 10_000; // 210 kB of XML: several 64 kB chunks
    const sheet = { name: 'xl/worksheets/sheet1.xml', data: cells(n), deflated: deflateRawSync(Buffer.from(cells(n))) };
    expect(guard(workbook(sheet), { maxCells: n })).toBe('ok');
    expect(guard(workbook(sheet), { maxCells: n - 1 })).toMatchObject({ code: 'FILE_TOO_COMPLEX', breach: { what: 'cells', limit: n - 1 } });
    const two = makeZip([sheet, { ...sheet, name: 'xl/worksheets/sheet2.xml' }]);
    expect(guard(two, { maxCells: 2 * n - 1 })).toMatchObject({ code: 'FILE_TOO_COMPLEX', breach: { what: 'cells' } });
  });

  it('counts cells and merges written with a namespace prefix', () => {
    const xml = `<x:worksheet><x:sheetData><x:row>${'<x:c r="A1"/>'.repeat(5)}</x:row></x:sheetData><x:mergeCells>${'<x:mergeCell ref="A1:B1"/>'.repeat(3)}</x:mergeCells></x:worksheet>`;
    const zip = workbook({ name: 'xl/worksheets/sheet1.xml', data: xml });
    expect(guard(zip, { maxCells: 4 })).toMatchObject({ breach: { what: 'cells' } });
    expect(guard(zip, { maxMerges: 2 })).toMatchObject({ breach: { what: 'merges' } });
    expect(guard(zip, { maxCells: 5, maxMerges: 3 })).toBe('ok');
  });

  it('counts the sheets workbook.xml lists, whatever parts the zip holds', () => {
    const zip = makeZip([{ name: 'xl/workbook.xml', data: `<workbook><sheets>${'<sheet name="s"/>'.repeat(4)}</sheets></workbook>` }]);
    expect(guard(zip, { maxSheets: 3 })).toMatchObject({ code: 'FILE_TOO_COMPLEX', breach: { what: 'sheets', limit: 3 } });
  });

  it('calls deflate data that does not inflate damaged, and a zip-encrypted part encrypted', () => {
    const broken = workbook({ name: 'xl/worksheets/sheet1.xml', data: 'x', deflated: Buffer.from([0xff, 0xff, 0xff, 0xff]) });
    expect(guard(broken)).toMatchObject({ code: 'FILE_DAMAGED' });
    const encrypted = workbook({ name: 'xl/worksheets/sheet1.xml', data: 'x' });
    const flagAt = encrypted.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1')) + 8; // the sheet's central directory entry
    encrypted.writeUInt16LE(1, flagAt);
    expect(guard(encrypted)).toEqual({ code: 'FILE_ENCRYPTED', detail: 'xl/worksheets/sheet1.xml' });
  });
});
