import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/read/limits.js';
import { sniffWorkbook } from '../../src/read/sniff.js';
import { readZipDirectory } from '../../src/read/zip/directory.js';
import { fixture } from '../support/fixtures.js';
import { makeZip } from '../support/zip.js';

const sniff = (bytes: Buffer) => {
  const result = sniffWorkbook(bytes, defaultLimits);
  return result.ok ? 'ok' : result.problem.code;
};

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('sniffing a file before any of it is inflated', () => {
  it('accepts a workbook', () => {
    expect(sniff(readFileSync(fixture('clean-2021.xlsx')))).toBe('ok');
    expect(sniff(readFileSync(fixture('real/libreoffice/clean-2021.xlsx')))).toBe('ok');
    expect(sniff(readFileSync(fixture('real/gnumeric/clean-2021.xlsx')))).toBe('ok');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'FILE_EMPTY'],
    ['text', Buffer.from('本年新收,19\n'), 'FILE_TEXT'],
    ['an HTML page', Buffer.from('<html><body><table><tr><td>表三</td></tr></table></body></html>'), 'FILE_TEXT'],
    ['random bytes', Buffer.from([0x00, 0x9f, 0x13, 0x00, 0xff, 0x01, 0x02, 0x03]), 'FILE_NOT_XLSX'],
    ['an .xls or .et (OLE2)', Buffer.concat([OLE2, Buffer.alloc(600)]), 'FILE_LEGACY_XLS'],
    ['an encrypted workbook (OLE2 with EncryptionInfo)', Buffer.concat([OLE2, Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le')]), 'FILE_ENCRYPTED'],
    ['a Word document', makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]), 'FILE_DOCX'],
    ['an OpenDocument spreadsheet', makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', data: '<office:document-content/>' }]), 'FILE_ODS'],
    ['a zip that is no workbook', makeZip([{ name: 'readme.txt', data: 'hello' }]), 'FILE_ZIP_NOT_WORKBOOK'],
    ['an empty zip', makeZip([]), 'FILE_ZIP_NOT_WORKBOOK'],
  ])('names %s', (_name, bytes, code) => {
    expect(sniff(bytes)).toBe(code);
  });

  it('names the real .xls, .et, .ods and password-protected .xlsx LibreOffice wrote, and the .docx python-docx wrote', () => {
    expect(sniff(readFileSync(fixture('real/libreoffice/seed-jining-2020.xls')))).toBe('FILE_LEGACY_XLS');
    expect(sniff(readFileSync(fixture('real/libreoffice/seed-jining-2020.et')))).toBe('FILE_LEGACY_XLS');
    expect(sniff(readFileSync(fixture('real/libreoffice/encrypted-2021.xlsx')))).toBe('FILE_ENCRYPTED');
    expect(sniff(readFileSync(fixture('real/python-docx/report-renamed.xlsx')))).toBe('FILE_DOCX');
    expect(sniff(readFileSync(fixture('real/libreoffice/seed-jining-2020.ods')))).toBe('FILE_ODS');
  });

  it('refuses a zip whose entries would inflate past the limits, before inflating anything', () => {
    const bomb = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<x/>', claimSize: 3_000_000_000 },
    ]);
    expect(sniff(bomb)).toBe('FILE_ZIP_BOMB');
  });

  it('refuses a workbook with more sheets than a report can have', () => {
    const sheets = Array.from({ length: defaultLimits.maxSheets + 1 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: '<x/>' }));
    expect(sniff(makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, ...sheets]))).toBe('FILE_TOO_COMPLEX');
  });

  it('calls a truncated zip damaged', () => {
    const whole = readFileSync(fixture('clean-2021.xlsx'));
    expect(sniff(whole.subarray(0, whole.length - 10))).toBe('FILE_DAMAGED');
  });
});

describe('reading a zip directory', () => {
  it('lists the entries with their sizes without inflating them', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'abc' }, { name: '目录/b.xml', data: '<b/>' }]);
    const directory = readZipDirectory(zip);
    expect(directory).toEqual({
      ok: true,
      entries: [
        { name: 'a.txt', method: 0, flags: 0, compressedSize: 3, uncompressedSize: 3, localHeaderOffset: 0 },
        { name: '目录/b.xml', method: 0, flags: 0, compressedSize: 4, uncompressedSize: 4, localHeaderOffset: 38 },
      ],
    });
  });
});
