/** Small Word packages made in the tests, and the reader called as the pipeline calls it. */
import { readFileSync } from 'node:fs';
import type { Document } from '../../../src/read/document.js';
import { readDocxDocument } from '../../../src/read/docx/reader.js';
import { defaultLimits, type ReadLimits } from '../../../src/read/limits.js';
import type { Result } from '../../../src/read/problem.js';
import { fixture } from '../../support/fixtures.js';
import { makeZip, type ZipSpec } from '../../support/zip.js';
import { nodeInflate } from '../../../src/node/inflate.js';

export { nodeInflate };

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
export const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The whole document part around a body's content. */
export const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}<w:sectPr/></w:body></w:document>`;

/** A Word package holding `body` (the content of w:body), plus any extra parts. */
export function docx(body: string, extra: ZipSpec[] = []): Buffer {
  return makeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: '_rels/.rels', data: PACKAGE_RELS }, { name: 'word/document.xml', data: documentXml(body) }, ...extra]);
}

/** A paragraph of one run of text. */
export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
/** A cell holding `content` (paragraphs; one empty paragraph if none), with optional tcPr content. */
export const tc = (content: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content || '<w:p/>'}</w:tc>`;
export const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid/>${rows.join('')}</w:tbl>`;

export function read(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Result<Document> {
  const result = readDocxDocument(bytes, { limits: { ...defaultLimits, ...limits }, inflate: nodeInflate });
  if (result instanceof Promise) throw new Error('the Word reader is synchronous');
  return result;
}

/** The document, failing the test with the problem if the file could not be read. */
export function readOk(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Document {
  const result = read(bytes, limits);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.problem)}`);
  return result.value;
}

/** The problem code of a file that cannot be read, or 'ok'. */
export function problemOf(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): string {
  const result = read(bytes, limits);
  return result.ok ? 'ok' : result.problem.code;
}

/** The texts of a table as `row,col` → text, for compact expectations. */
export function grid(document: Document, table = 1): Record<string, string> {
  const t = document.tables[table - 1];
  if (!t) throw new Error(`no table ${table}`);
  return Object.fromEntries(t.cells.map((c) => [`${c.row},${c.col}`, c.text]));
}

/** The text of one body cell of a one-table document. */
export function cellText(body: string): string | undefined {
  return readOk(docx(tbl(tr(tc(body))))).tables[0]?.cells[0]?.text;
}

export const fixtureBytes = (name: string) => readFileSync(fixture(name));
