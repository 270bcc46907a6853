import type { DocCell, DocTable, Document } from '../../../src/read/document.js';
import { readHtmlDocument } from '../../../src/read/html/reader.js';
import { defaultLimits, type ReadLimits } from '../../../src/read/limits.js';
import type { FileProblem } from '../../../src/read/problem.js';
import { nodeInflate } from '../../../src/node/inflate.js';

/** Helpers for the web page reader's tests: read a page given as text (UTF-8) or bytes. */

const bytesOf = (page: string | Uint8Array) => (typeof page === 'string' ? new TextEncoder().encode(page) : page);

export function readPage(page: string | Uint8Array, limits: Partial<ReadLimits> = {}): Document {
  const result = readHtmlDocument(bytesOf(page), { limits: { ...defaultLimits, ...limits }, inflate: nodeInflate });
  if (result instanceof Promise) throw new Error('the web page reader is synchronous');
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

export function problemOf(page: string | Uint8Array, limits: Partial<ReadLimits> = {}): FileProblem | undefined {
  const result = readHtmlDocument(bytesOf(page), { limits: { ...defaultLimits, ...limits }, inflate: nodeInflate });
  if (result instanceof Promise) throw new Error('the web page reader is synchronous');
  return result.ok ? undefined : result.problem;
}

/** A table's cells as `row,col[,rowSpan x colSpan]: text` lines, the compact form the tests compare. */
export function layout(table: DocTable | undefined): string[] {
  return (table?.cells ?? []).map(describe);
}

export function describe(cell: DocCell): string {
  const span = cell.rowSpan || cell.colSpan ? ` ${cell.rowSpan ?? 1}x${cell.colSpan ?? 1}` : '';
  return `${cell.row},${cell.col}${span}: ${cell.text}`;
}

/** The cells of the only table of a page given as a fragment of markup. */
export function cellsOf(markup: string): string[] {
  const doc = readPage(markup);
  if (doc.tables.length !== 1) throw new Error(`expected one table, got ${doc.tables.length}`);
  return layout(doc.tables[0]);
}

export const textsOf = (doc: Document) => doc.prose.map((p) => p.text);
