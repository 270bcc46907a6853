import { readFile, stat } from 'node:fs/promises';
import { convertToXlsx } from './convert.js';
import type { Grid } from './grid.js';
import { defaultLimits, type ReadLimits } from './limits.js';
import { fail, type Result } from './problem.js';
import { sniffWorkbook } from './sniff.js';
import { readXlsx } from './xlsx-reader.js';

export interface ReadOptions {
  /** Convert an .xls, .et or .ods with LibreOffice (where installed) and read the result. */
  convert?: boolean;
}

export async function readWorkbookFile(path: string, limits: ReadLimits = defaultLimits, options: ReadOptions = {}): Promise<Result<Grid>> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('FILE_IS_DIRECTORY');
    if (info.size > limits.maxFileBytes) return fail('FILE_TOO_LARGE', `${info.size}`);
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? fail('FILE_NOT_FOUND') : fail('FILE_UNREADABLE', code ?? String(error));
  }
  const read = await readWorkbookBytes(bytes, limits);
  if (read.ok || !options.convert || !CONVERTIBLE.has(read.problem.code)) return read;
  const converted = await convertToXlsx(path);
  return converted.ok ? readWorkbookBytes(converted.value, limits) : converted;
}

/** What LibreOffice can turn into an .xlsx: old Excel and WPS files, OpenDocument. Never an encrypted file. */
const CONVERTIBLE = new Set(['FILE_LEGACY_XLS', 'FILE_ODS']);

export async function readWorkbookBytes(bytes: Buffer, limits: ReadLimits = defaultLimits): Promise<Result<Grid>> {
  const sniffed = sniffWorkbook(bytes, limits);
  if (!sniffed.ok) return sniffed;
  return readXlsx(bytes, sniffed.value, limits);
}
