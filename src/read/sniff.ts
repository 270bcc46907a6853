import { ascii, indexOfBytes, startsWith, utf16le } from './bytes.js';
import type { DocumentFormat } from './document.js';
import type { ReadLimits } from './limits.js';
import { breached, fail, ok, type LimitBreach, type Result } from './problem.js';
import { readZipDirectory, type ZipEntry } from './zip/directory.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = utf16le('EncryptionInfo');
const WORD_DOCUMENT = utf16le('WordDocument');
const PDF_MAGIC = ascii('%PDF-');
const RTF_MAGIC = ascii('{\\rtf');

/** What a file is, judged from its bytes alone, before any reader spends anything on it. */
export interface Sniffed {
  format: DocumentFormat;
  /** A zip's directory, read while sniffing. */
  entries?: ZipEntry[];
}

/**
 * Decides from the bytes (never the name) which reader a file goes to, and if none, what it is, so
 * that the user is told to re-save rather than shown a parser's complaint. Zip-based formats are
 * told apart by their parts, and their declared sizes checked before anything is inflated.
 * Text is a web page when it starts like one (markup, or a browser's saved .mht), else plain text.
 */
export function sniff(bytes: Uint8Array, limits: ReadLimits): Result<Sniffed> {
  if (bytes.length === 0) return fail('FILE_EMPTY');
  if (bytes.length > limits.maxFileBytes) return fail('FILE_TOO_LARGE', `${bytes.length}`);
  if (startsWith(bytes, OLE2_MAGIC)) {
    if (indexOfBytes(bytes, ENCRYPTION_INFO) >= 0) return fail('FILE_ENCRYPTED');
    return indexOfBytes(bytes, WORD_DOCUMENT) >= 0 ? fail('FILE_LEGACY_DOC') : fail('FILE_LEGACY_XLS');
  }
  if (startsWith(bytes, PDF_MAGIC, pdfOffset(bytes))) return ok({ format: 'pdf' });
  if (startsWith(bytes, RTF_MAGIC)) return fail('FILE_LEGACY_DOC');
  if (startsWith(bytes, ZIP_EMPTY_MAGIC)) return fail('FILE_ZIP_NOT_WORKBOOK');
  if (startsWith(bytes, ZIP_MAGIC)) return sniffZip(bytes, limits);
  if (!looksLikeText(bytes)) return fail('FILE_NOT_XLSX');
  if (bytes.length > limits.maxTextBytes) return fail('FILE_TOO_LARGE', `${bytes.length}`);
  return ok({ format: looksLikeHtml(bytes) ? 'html' : 'text' });
}

/** Made once: a decoder made for every page was most of the cost of this test (1.5% of checking a web page). */
const LATIN1 = new TextDecoder('latin1');

/** Markup tags near the start (ASCII, so the test holds in GBK as in UTF-8), or a MIME archive of a page. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = LATIN1.decode(bytes.subarray(0, 4096)).toLowerCase();
  if (/^\s*(?:mime-version:|content-type:\s*multipart\/related|from:.*\n.*mime-version)/.test(head)) return true;
  return /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|table[\s>]|div[\s>]|p[\s>]|title>)/.test(head);
}

function sniffZip(bytes: Uint8Array, limits: ReadLimits): Result<Sniffed> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fail('FILE_DAMAGED', directory.reason);
  const names = new Set(directory.entries.map((e) => e.name));
  const format = names.has('xl/workbook.xml') ? 'xlsx' : names.has('word/document.xml') ? 'docx' : undefined;
  if (!format) {
    const mimetype = names.has('mimetype') && names.has('content.xml');
    if (mimetype && bytesOfEntry(bytes, 'mimetype').includes('opendocument.text')) return fail('FILE_ODT');
    if (mimetype) return fail('FILE_ODS');
    return fail('FILE_ZIP_NOT_WORKBOOK');
  }
  const bomb = declaredInflation(directory.entries, limits);
  if (bomb) return breached('FILE_ZIP_BOMB', bomb);
  if (format === 'xlsx') {
    const sheets = directory.entries.filter((e) => WORKSHEET_PART.test(e.name)).length;
    if (sheets > limits.maxSheets) return breached('FILE_TOO_COMPLEX', { what: 'sheets', count: sheets, limit: limits.maxSheets });
  }
  return ok({ format, entries: directory.entries });
}

export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** An OpenDocument file stores its `mimetype` first and uncompressed: its name can be read in place. */
function bytesOfEntry(bytes: Uint8Array, name: string): string {
  const at = indexOfBytes(bytes.subarray(0, 200), ascii(name));
  return at < 0 ? '' : new TextDecoder().decode(bytes.subarray(at + name.length, at + name.length + 60));
}

/** The sizes the directory declares. They can lie; each part is capped again as it inflates. */
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

/** PDF readers accept the header anywhere in the first kilobyte (some servers prepend junk). */
function pdfOffset(bytes: Uint8Array): number {
  const at = indexOfBytes(bytes.subarray(0, 1024), PDF_MAGIC);
  return at < 0 ? 0 : at;
}

/**
 * Text has no NUL bytes (UTF-16 has a BOM and is let through) and few control characters. GBK and
 * UTF-8 are both byte-oriented, so this holds for either.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!;
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control / head.length < 0.02;
}
