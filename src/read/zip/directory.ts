import { u16, u32 } from '../bytes.js';

/**
 * Reads a zip's central directory without inflating anything, so that a file can be judged
 * (is it a workbook, a Word document? would it inflate to gigabytes?) before any of it is inflated.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's local header starts; its data follows that header. */
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const COMMENT_MAX = 0xffff;
const NAMES = new TextDecoder('utf-8');

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return { ok: false, reason: 'no end-of-central-directory record (truncated?)' };
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: 'zip64 archives are not used by office documents' };
  if (offset + size > eocd) return { ok: false, reason: 'central directory lies outside the file (truncated?)' };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: `central directory entry ${i + 1} is damaged` };
    }
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    entries.push({
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
      name: NAMES.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

const LOCAL_SIGNATURE = 0x04034b50;

/**
 * An entry's data as stored (compressed), found the way JSZip finds it: the local header at the
 * offset the central directory gives, its name and extra field skipped, then the central
 * directory's compressed size. Inspecting these bytes is inspecting what is inflated: by the reader,
 * and by JSZip when exceljs loads a workbook to write its annotated copy.
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end > bytes.length ? undefined : bytes.subarray(start, end);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - EOCD_MIN;
  const first = Math.max(0, last - COMMENT_MAX);
  for (let i = last; i >= first; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
