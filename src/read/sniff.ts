import type { ReadLimits } from './limits.js';
import { breached, fail, ok, type LimitBreach, type Result } from './problem.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/**
 * Decides from the bytes alone whether a file is an .xlsx we may hand to exceljs, and if not,
 * what it is, so that the user is told to re-save rather than shown a zip library's complaint.
 */
export function sniffWorkbook(bytes: Buffer, limits: ReadLimits): Result<ZipEntry[]> {
  if (bytes.length === 0) return fail('FILE_EMPTY');
  if (bytes.length > limits.maxFileBytes) return fail('FILE_TOO_LARGE', `${bytes.length}`);
  if (startsWith(bytes, OLE2_MAGIC)) {
    return bytes.includes(ENCRYPTION_INFO) ? fail('FILE_ENCRYPTED') : fail('FILE_LEGACY_XLS');
  }
  if (startsWith(bytes, ZIP_EMPTY_MAGIC)) return fail('FILE_ZIP_NOT_WORKBOOK');
  if (!startsWith(bytes, ZIP_MAGIC)) return looksLikeText(bytes) ? fail('FILE_TEXT') : fail('FILE_NOT_XLSX');

  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fail('FILE_DAMAGED', directory.reason);
  const names = new Set(directory.entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) return fail('FILE_DOCX');
    if (names.has('content.xml') && names.has('mimetype')) return fail('FILE_ODS');
    return fail('FILE_ZIP_NOT_WORKBOOK');
  }
  const bomb = declaredInflation(directory.entries, limits);
  if (bomb) return breached('FILE_ZIP_BOMB', bomb);
  const sheets = directory.entries.filter((e) => WORKSHEET_PART.test(e.name)).length;
  if (sheets > limits.maxSheets) return breached('FILE_TOO_COMPLEX', { what: 'sheets', count: sheets, limit: limits.maxSheets });
  return ok(directory.entries);
}

export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** The sizes the directory declares. They can lie; src/read/zip-guard.ts checks what really inflates. */
function declaredInflation(entries: ZipEntry[], limits: ReadLimits): LimitBreach | undefined {
  if (entries.length > limits.maxEntries) return { what: 'entries', count: entries.length, limit: limits.maxEntries };
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      return { what: 'entryBytes', count: entry.uncompressedSize, limit: limits.maxEntryBytes, part: entry.name };
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 10 * 1024 * 1024 && ratio > limits.maxRatio) {
      return { what: 'ratio', count: Math.round(ratio), limit: limits.maxRatio, part: entry.name };
    }
  }
  if (total > limits.maxTotalBytes) return { what: 'totalBytes', count: total, limit: limits.maxTotalBytes };
  return undefined;
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control / head.length < 0.02;
}
