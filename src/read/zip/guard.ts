import { Inflate } from 'fflate';
import type { ReadLimits } from '../limits.js';
import { breached, fail, ok, type Result } from '../problem.js';
import { WORKSHEET_PART } from '../sniff.js';
import { entryData, readZipDirectory, type ZipEntry } from './directory.js';

/**
 * Inflates every part of a workbook, counted and thrown away, before exceljs loads the whole file
 * to write an annotated copy (the checker's own reader inflates only the parts it needs, and makes
 * the same checks on them as it goes). Sizes in zip headers can lie; the deflate data cannot. Refuses a
 * part or a workbook that inflates past the limits (a zip bomb), XML with a DOCTYPE (entity
 * expansion: no office program writes one, and OOXML forbids it), and more cells, merges or sheets
 * than a report can have. Parts inflate a chunk at a time and each chunk is counted and dropped,
 * so memory stays bounded whatever the file claims or holds.
 */
export function guardWorkbookZip(bytes: Uint8Array, limits: ReadLimits): Result<void> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fail('FILE_DAMAGED', directory.reason);
  const totals: Totals = { bytes: 0, cells: 0, merges: 0 };
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.flags & ENCRYPTED_FLAG) return fail('FILE_ENCRYPTED', entry.name);
    if (entry.method !== STORED && entry.method !== DEFLATED) return fail('FILE_DAMAGED', `${entry.name}: compression method ${entry.method}`);
    const data = entryData(bytes, entry);
    if (!data) return fail('FILE_DAMAGED', `${entry.name}: its data lies outside the file`);
    const problem = inspectEntry(entry, data, limits, totals);
    if (problem) return problem;
  }
  return ok(undefined);
}

interface Totals {
  bytes: number;
  cells: number;
  merges: number;
}

const ENCRYPTED_FLAG = 0x1;
const STORED = 0;
const DEFLATED = 8;
const CHUNK = 64 * 1024;
const latin1 = new TextDecoder('latin1');
const DTD = /<!(?:DOCTYPE|ENTITY)/i;
/** `<c r="A1">`, `<c>`, `<x:c …/>`: a cell element, with or without a namespace prefix. */
const CELL = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;
const MERGE = /<(?:[A-Za-z_][\w.-]*:)?mergeCell[\s/>]/g;
const SHEET = /<(?:[A-Za-z_][\w.-]*:)?sheet[\s/>]/g;

function inspectEntry(entry: ZipEntry, data: Uint8Array, limits: ReadLimits, totals: Totals): Result<never> | undefined {
  const isXml = /\.(?:xml|rels|vml)$/i.test(entry.name);
  const cells = WORKSHEET_PART.test(entry.name) ? counter(CELL) : undefined;
  const merges = cells ? counter(MERGE) : undefined;
  const sheets = entry.name === 'xl/workbook.xml' ? counter(SHEET) : undefined;
  const dtd = isXml ? counter(DTD) : undefined;
  let size = 0;
  try {
    for (const chunk of inflated(entry, data)) {
      size += chunk.length;
      totals.bytes += chunk.length;
      if (size > limits.maxEntryBytes) return breached('FILE_ZIP_BOMB', { what: 'entryBytes', limit: limits.maxEntryBytes, part: entry.name });
      if (totals.bytes > limits.maxTotalBytes) return breached('FILE_ZIP_BOMB', { what: 'totalBytes', limit: limits.maxTotalBytes });
      if (!isXml) continue;
      // latin1 keeps one character per byte; every pattern sought is ASCII.
      const text = latin1.decode(chunk);
      if (dtd!.feed(text) > 0) return fail('FILE_UNSAFE_XML', entry.name);
      if (cells && totals.cells + cells.feed(text) > limits.maxCells) {
        return breached('FILE_TOO_COMPLEX', { what: 'cells', limit: limits.maxCells, part: entry.name });
      }
      if (merges && totals.merges + merges.feed(text) > limits.maxMerges) {
        return breached('FILE_TOO_COMPLEX', { what: 'merges', limit: limits.maxMerges, part: entry.name });
      }
      if (sheets && sheets.feed(text) > limits.maxSheets) {
        return breached('FILE_TOO_COMPLEX', { what: 'sheets', limit: limits.maxSheets, part: entry.name });
      }
    }
  } catch (error) {
    return fail('FILE_DAMAGED', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  totals.cells += cells?.count() ?? 0;
  totals.merges += merges?.count() ?? 0;
  return undefined;
}

/** The entry's bytes as they inflate, a chunk at a time; leaving the loop early stops inflating. */
function* inflated(entry: ZipEntry, data: Uint8Array): Generator<Uint8Array> {
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
    return;
  }
  const pending: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => void pending.push(chunk));
  for (let at = 0; at < data.length; at += CHUNK) {
    inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    while (pending.length > 0) yield pending.shift()!;
  }
}

/** Counts a pattern over text fed in pieces, including matches that straddle two pieces. */
function counter(pattern: RegExp) {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let tail = '';
  let total = 0;
  return {
    feed(text: string): number {
      const joined = tail + text;
      for (const match of joined.matchAll(global)) {
        // A match that ends inside the carried tail was counted with the previous piece.
        if (match.index + match[0].length > tail.length) total++;
      }
      tail = joined.slice(-TAIL);
      return total;
    },
    count: () => total,
  };
}

/** Longer than any pattern above. */
const TAIL = 32;
