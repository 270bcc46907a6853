import { readFile, stat } from 'node:fs/promises';
import type { Document } from '../read/document.js';
import { defaultLimits, type ReadLimits } from '../read/limits.js';
import { fail, type Result } from '../read/problem.js';
import { readDocument } from '../read/read-document.js';
import { convertWithLibreOffice } from './convert.js';
import { nodeInflate } from './inflate.js';
import { loadNodePdfEngine } from './pdfjs.js';

export interface ReadFileOptions {
  limits?: ReadLimits;
  /** Convert an old or OpenDocument file with LibreOffice (where installed) and read the result. */
  convert?: boolean;
}

/** A file's bytes, or why they cannot be had: missing, a folder, unreadable, too large. */
export async function readFileBytes(path: string, limits: ReadLimits = defaultLimits): Promise<Result<Uint8Array>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('FILE_IS_DIRECTORY');
    if (info.size > limits.maxFileBytes) return fail('FILE_TOO_LARGE', `${info.size}`);
    return { ok: true, value: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? fail('FILE_NOT_FOUND') : fail('FILE_UNREADABLE', code ?? String(error));
  }
}

/** A report file from disk → its document; with `convert`, old formats go through LibreOffice first. */
export async function readDocumentFile(path: string, options: ReadFileOptions = {}): Promise<Result<Document>> {
  const limits = options.limits ?? defaultLimits;
  const bytes = await readFileBytes(path, limits);
  if (!bytes.ok) return bytes;
  const read = await readDocument(bytes.value, { limits, inflate: nodeInflate, loadPdf: loadNodePdfEngine });
  if (read.ok || !options.convert || !CONVERTIBLE.has(read.problem.code)) return read;
  const converted = await convertWithLibreOffice(path, read.problem.code === 'FILE_LEGACY_DOC' || read.problem.code === 'FILE_ODT' ? 'docx' : 'xlsx');
  return converted.ok ? readDocument(converted.value, { limits, inflate: nodeInflate, loadPdf: loadNodePdfEngine }) : converted;
}

/** What LibreOffice can turn into an .xlsx or .docx: old Excel, Word and WPS files, OpenDocument. Never an encrypted file. */
const CONVERTIBLE = new Set(['FILE_LEGACY_XLS', 'FILE_ODS', 'FILE_LEGACY_DOC', 'FILE_ODT']);
