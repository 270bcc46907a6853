import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
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

/**
 * A file's bytes, or why they cannot be had: missing, a folder, unreadable, too large. Opened once
 * and measured through the open handle (not stat, then readFile), so that a file replaced between
 * the two is never read past the limit, and a batch pays for one path lookup per file. Read
 * synchronously: a report is small, and the four trips through libuv's thread pool that open, stat,
 * read and close take asynchronously cost several times the read itself (0.08–0.4 ms against
 * 0.02 ms a workbook), in a batch's worker, which has nothing else to do meanwhile, for every file.
 */
export function readFileBytes(path: string, limits: ReadLimits = defaultLimits): Result<Uint8Array> {
  let fd: number | undefined;
  try {
    // Not blocking: a named pipe given as a report would otherwise hold the thread (and its worker's time limit) forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (info.isDirectory()) return fail('FILE_IS_DIRECTORY');
    if (!info.isFile()) return fail('FILE_UNREADABLE', 'not a regular file');
    if (info.size > limits.maxFileBytes) return fail('FILE_TOO_LARGE', `${info.size}`);
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const bytesRead = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { ok: true, value: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return fail('FILE_IS_DIRECTORY');
    return code === 'ENOENT' ? fail('FILE_NOT_FOUND') : fail('FILE_UNREADABLE', code ?? String(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A report file from disk → its document; with `convert`, old formats go through LibreOffice first. */
export async function readDocumentFile(path: string, options: ReadFileOptions = {}): Promise<Result<Document>> {
  const limits = options.limits ?? defaultLimits;
  const bytes = readFileBytes(path, limits);
  if (!bytes.ok) return bytes;
  const read = await readDocument(bytes.value, { limits, inflate: nodeInflate, loadPdf: loadNodePdfEngine });
  if (read.ok || !options.convert || !CONVERTIBLE.has(read.problem.code)) return read;
  const converted = await convertWithLibreOffice(path, read.problem.code === 'FILE_LEGACY_DOC' || read.problem.code === 'FILE_ODT' ? 'docx' : 'xlsx');
  return converted.ok ? readDocument(converted.value, { limits, inflate: nodeInflate, loadPdf: loadNodePdfEngine }) : converted;
}

/** What LibreOffice can turn into an .xlsx or .docx: old Excel, Word and WPS files, OpenDocument. Never an encrypted file. */
const CONVERTIBLE = new Set(['FILE_LEGACY_XLS', 'FILE_ODS', 'FILE_LEGACY_DOC', 'FILE_ODT']);
