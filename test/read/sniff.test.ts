import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/read/limits.js';
import { sniff as sniffBytes } from '../../src/read/sniff.js';
import { readZipDirectory } from '../../src/read/zip/directory.js';
import { fixture } from '../support/fixtures.js';
import { makeZip } from '../support/zip.js';

/** The format a file goes to, or the problem that stops it. */
const sniff = (bytes: Uint8Array) => {
  const result = sniffBytes(bytes, defaultLimits);
  return result.ok ? result.value.format : result.problem.code;
};

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('sniffing a file by its bytes, whatever its name, before any of it is inflated', () => {
  it('sends a workbook to the workbook reader', () => {
    expect(sniff(readFileSync(fixture('clean-2021.xlsx')))).toBe('xlsx');
    expect(sniff(readFileSync(fixture('real/libreoffice/clean-2021.xlsx')))).toBe('xlsx');
    expect(sniff(readFileSync(fixture('real/gnumeric/clean-2021.xlsx')))).toBe('xlsx');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'FILE_EMPTY'],
    ['text', Buffer.from('本年新收,19\n'), 'text'],
    ['text in GBK', Buffer.from([0xb1, 0xbe, 0xc4, 0xea, 0xd0, 0xc2, 0xca, 0xd5, 0x0a]), 'text'],
    ['an HTML page', Buffer.from('<html><body><table><tr><td>表三</td></tr></table></body></html>'), 'html'],
    ['an HTML fragment', Buffer.from('\n  <table><tr><td>表三</td></tr></table>'), 'html'],
    ['a page saved by a browser as .mht', Buffer.from('From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;\n'), 'html'],
    ['UTF-16 text with its byte-order mark', Buffer.from('\ufeff表三', 'utf16le'), 'text'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['random bytes', Buffer.from([0x00, 0x9f, 0x13, 0x00, 0xff, 0x01, 0x02, 0x03]), 'FILE_NOT_XLSX'],
    ['an .xls or .et (OLE2)', Buffer.concat([OLE2, Buffer.alloc(600)]), 'FILE_LEGACY_XLS'],
    ['a Word 97 .doc or WPS .wps (OLE2 with a WordDocument stream)', Buffer.concat([OLE2, Buffer.alloc(100), Buffer.from('WordDocument', 'utf16le')]), 'FILE_LEGACY_DOC'],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi 年报}'), 'FILE_LEGACY_DOC'],
    ['an encrypted workbook (OLE2 with EncryptionInfo)', Buffer.concat([OLE2, Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le')]), 'FILE_ENCRYPTED'],
    [
      'a Word document',
      makeZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<w:document/>' },
      ]),
      'docx',
    ],
    [
      'an OpenDocument text',
      makeZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]),
      'FILE_ODT',
    ],
    [
      'an OpenDocument spreadsheet',
      makeZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]),
      'FILE_ODS',
    ],
    ['a zip that is no workbook', makeZip([{ name: 'readme.txt', data: 'hello' }]), 'FILE_ZIP_NOT_WORKBOOK'],
    ['an empty zip', makeZip([]), 'FILE_ZIP_NOT_WORKBOOK'],
  ])('names %s', (_name, bytes, code) => {
    expect(sniff(bytes)).toBe(code);
  });

  it('names the real .xls, .et, .ods and password-protected .xlsx LibreOffice wrote, and takes the .docx python-docx wrote (named .xlsx) for the Word document it is', () => {
    expect(sniff(readFileSync(fixture('real/libreoffice/seed-jining-2020.xls')))).toBe('FILE_LEGACY_XLS');
    expect(sniff(readFileSync(fixture('real/libreoffice/seed-jining-2020.et')))).toBe('FILE_LEGACY_XLS');
    expect(sniff(readFileSync(fixture('real/libreoffice/encrypted-2021.xlsx')))).toBe('FILE_ENCRYPTED');
    expect(sniff(readFileSync(fixture('real/python-docx/report-renamed.xlsx')))).toBe('docx');
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

  it('refuses a web page or text file larger than any report before decoding it', () => {
    expect(sniffBytes(Buffer.alloc(defaultLimits.maxTextBytes + 1, 0x61), defaultLimits)).toEqual({ ok: false, problem: { code: 'FILE_TOO_LARGE', detail: String(defaultLimits.maxTextBytes + 1) } });
  });

  it('calls a truncated zip damaged', () => {
    const whole = readFileSync(fixture('clean-2021.xlsx'));
    expect(sniff(whole.subarray(0, whole.length - 10))).toBe('FILE_DAMAGED');
  });
});

describe('reading a zip directory', () => {
  it('lists the entries with their sizes without inflating them', () => {
    const zip = makeZip([
      { name: 'a.txt', data: 'abc' },
      { name: '目录/b.xml', data: '<b/>' },
    ]);
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
