/**
 * The package around the document: where the main part is, the declared title, another prefix for
 * the WordprocessingML namespace, and the files the reader must refuse with a reason.
 */
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../src/read/limits.js';
import { sniff } from '../../../src/read/sniff.js';
import { makeZip } from '../../support/zip.js';
import { CONTENT_TYPES, PACKAGE_RELS, W, docx, documentXml, fixtureBytes, nodeInflate, p, problemOf, read, readOk } from './support.js';

const core = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>x</dc:creator>${title}</cp:coreProperties>`;

describe('the declared title', () => {
  it('is dc:title of docProps/core.xml, references decoded and white space trimmed', () => {
    expect(readOk(docx(p('x'), [{ name: 'docProps/core.xml', data: core('<dc:title> 某某局2022年&amp;年报 </dc:title>') }])).declaredTitle).toBe('某某局2022年&年报');
  });

  it('is absent when core.xml has none, an empty one, or there is no core.xml', () => {
    expect(readOk(docx(p('x'), [{ name: 'docProps/core.xml', data: core('<dc:title></dc:title>') }]))).not.toHaveProperty('declaredTitle');
    expect(readOk(docx(p('x'), [{ name: 'docProps/core.xml', data: core('<dc:title/>') }]))).not.toHaveProperty('declaredTitle');
    expect(readOk(docx(p('x')))).not.toHaveProperty('declaredTitle');
  });
});

describe('finding the main document part', () => {
  const rels = (target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="meta/props.xml"/></Relationships>`;

  it('follows the package relationship, and finds core properties the same way', () => {
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: rels('/content/main.xml') },
      { name: 'word/document.xml', data: documentXml(p('不是这个')) },
      { name: 'content/main.xml', data: documentXml(p('正文')) },
      { name: 'meta/props.xml', data: core('<dc:title>标题</dc:title>') },
    ]);
    const document = readOk(bytes);
    expect(document.prose.map((x) => x.text)).toEqual(['正文']);
    expect(document.declaredTitle).toBe('标题');
  });

  it('falls back to the content type of a Word main part, then to word/document.xml', () => {
    const types = CONTENT_TYPES.replace('/word/document.xml', '/doc/body.xml');
    expect(
      readOk(
        makeZip([
          { name: '[Content_Types].xml', data: types },
          { name: 'doc/body.xml', data: documentXml(p('甲')) },
        ]),
      ).prose[0]!.text,
    ).toBe('甲');
    expect(readOk(makeZip([{ name: 'word/document.xml', data: documentXml(p('乙')) }])).prose[0]!.text).toBe('乙');
  });

  it('calls a package without its main part damaged', () => {
    expect(
      problemOf(
        makeZip([
          { name: '[Content_Types].xml', data: CONTENT_TYPES },
          { name: '_rels/.rels', data: PACKAGE_RELS },
        ]),
      ),
    ).toBe('FILE_DAMAGED');
  });
});

describe('namespaces', () => {
  it('reads a document whose WordprocessingML prefix is not w:', () => {
    const xml = `<x:document xmlns:x="${W}"><x:body><x:tbl><x:tr><x:tc><x:p><x:r><x:t>21</x:t></x:r></x:p></x:tc></x:tr></x:tbl><x:p><x:r><x:t>段</x:t></x:r></x:p></x:body></x:document>`;
    const document = readOk(makeZip([{ name: 'word/document.xml', data: xml }]));
    expect(document.tables[0]!.cells[0]!.text).toBe('21');
    expect(document.prose[0]!.text).toBe('段');
  });

  it('reads the default namespace and ISO 29500 Strict', () => {
    const plain = `<document xmlns="${W}"><body><p><r><t>默认</t></r></p></body></document>`;
    expect(readOk(makeZip([{ name: 'word/document.xml', data: plain }])).prose[0]!.text).toBe('默认');
    const strict = `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>`;
    expect(readOk(makeZip([{ name: 'word/document.xml', data: strict }])).prose[0]!.text).toBe('严格');
  });

  it('does not take elements of other namespaces with the same local names for Word text (DrawingML a:t, math m:t)', () => {
    const xml = documentXml(`<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:drawing><a:t xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">图中字</a:t></w:drawing></w:r></w:p>`);
    expect(readOk(makeZip([{ name: 'word/document.xml', data: xml }])).prose[0]!.text).toBe('甲');
  });
});

describe('files the reader refuses, with a reason', () => {
  it('calls bytes that are no zip, or XML that is not a document, damaged', () => {
    expect(problemOf(new Uint8Array([1, 2, 3]))).toBe('FILE_DAMAGED');
    expect(problemOf(makeZip([{ name: 'word/document.xml', data: '' }]))).toBe('FILE_DAMAGED');
    expect(problemOf(makeZip([{ name: 'word/document.xml', data: 'no markup at all' }]))).toBe('FILE_DAMAGED');
    expect(problemOf(makeZip([{ name: 'word/document.xml', data: `<w:worksheet xmlns:w="${W}"/>` }]))).toBe('FILE_DAMAGED');
  });

  it('calls XML cut short, or with elements left open, damaged', () => {
    const whole = documentXml(p('一') + p('二'));
    expect(problemOf(makeZip([{ name: 'word/document.xml', data: whole.slice(0, whole.length - 30) }]))).toBe('FILE_DAMAGED');
    expect(problemOf(makeZip([{ name: 'word/document.xml', data: whole.replace('</w:body>', '') }]))).toBe('FILE_DAMAGED');
    const result = read(makeZip([{ name: 'word/document.xml', data: whole.replace('</w:r></w:p>', '</w:p>') }]));
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
    expect(result).toMatchObject({ ok: false, problem: { code: 'FILE_DAMAGED', detail: expect.stringContaining('word/document.xml') } });
  });

  it('refuses a DTD or entity declaration in any part it reads', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(problemOf(makeZip([{ name: 'word/document.xml', data: laughs }]))).toBe('FILE_UNSAFE_XML');
    expect(problemOf(docx(p('x'), [{ name: 'docProps/core.xml', data: `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${core('<dc:title>&e;</dc:title>')}` }]))).toBe('FILE_UNSAFE_XML');
  });

  it('refuses encrypted entries', () => {
    const bytes = docx(p('x'));
    // Set the "encrypted" flag of word/document.xml in the central directory.
    const at = bytes.lastIndexOf(Buffer.from('word/document.xml')) - 46;
    bytes.writeUInt16LE(bytes.readUInt16LE(at + 8) | 1, at + 8);
    expect(problemOf(bytes)).toBe('FILE_ENCRYPTED');
  });
});

describe('what sniffing decides before the reader (src/read/sniff.ts)', () => {
  it('sends the LibreOffice .doc and the password-protected .docx away, and a .docx to this reader', () => {
    const code = (name: string) => {
      const result = sniff(fixtureBytes(name), defaultLimits);
      return result.ok ? result.value.format : result.problem.code;
    };
    expect(code('real/libreoffice/seed-jining-2020.doc')).toBe('FILE_LEGACY_DOC');
    expect(code('real/libreoffice/encrypted-2021.docx')).toBe('FILE_ENCRYPTED');
    expect(code('real/libreoffice/clean-2021.docx')).toBe('docx');
    expect(code('generated/docx/wps.docx')).toBe('docx');
  });

  it('gives the same document whether inflated by Node’s zlib or the portable inflate', async () => {
    const bytes = fixtureBytes('generated/docx/everything.docx');
    const portable = readOk(bytes);
    const result = await import('../../../src/read/docx/reader.js').then((m) => m.readDocxDocument(bytes, { limits: defaultLimits, inflate: nodeInflate }));
    expect(result).toEqual({ ok: true, value: portable });
  });
});
