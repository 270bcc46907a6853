/**
 * Reads a zip's central directory without inflating anything, so that a file can be judged
 * (is it a workbook? would it inflate to gigabytes?) before any of it is inflated.
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

export function readZipDirectory(bytes: Buffer): ZipDirectory {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return { ok: false, reason: 'no end-of-central-directory record (truncated?)' };
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: 'zip64 archives are not used by workbooks' };
  if (offset + size > eocd) return { ok: false, reason: 'central directory lies outside the file (truncated?)' };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: `central directory entry ${i + 1} is damaged` };
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

const LOCAL_SIGNATURE = 0x04034b50;

/**
 * An entry's data as stored (compressed), found the way JSZip finds it: the local header at the
 * offset the central directory gives, its name and extra field skipped, then the central
 * directory's compressed size. Inspecting these bytes is inspecting what exceljs will inflate.
 */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  return end > bytes.length ? undefined : bytes.subarray(start, end);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - EOCD_MIN;
  const first = Math.max(0, last - COMMENT_MAX);
  for (let i = last; i >= first; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
