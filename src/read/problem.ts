import { z } from 'zod';

/**
 * Why a file could not be checked. Codes are stable (JSON output, tests); the sentence a person reads
 * is rendered from the code and params by the report stage, in the user's language.
 */
export const FileProblemCode = z.enum([
  'FILE_NOT_FOUND',
  'FILE_IS_DIRECTORY',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_TEXT', // a text, HTML or CSV file with an .xlsx name
  'FILE_LEGACY_XLS', // an OLE2 compound file: .xls or WPS .et
  'FILE_ENCRYPTED', // an OLE2 wrapper holding an encrypted package
  'FILE_ODS',
  'FILE_DOCX',
  'FILE_ZIP_NOT_WORKBOOK',
  'FILE_DAMAGED', // truncated or corrupt zip, or XML that does not parse
  'FILE_ZIP_BOMB', // inflates past the limits
  'FILE_TOO_COMPLEX', // more sheets or cells than a report can have, or more memory than a worker may use
  'FILE_TIMEOUT', // reading it took longer than any report should
  'FILE_NOT_XLSX', // none of the above: bytes we do not recognise
  'NO_TABLE3', // a workbook, but no 表三 was found in it
]);
export type FileProblemCode = z.infer<typeof FileProblemCode>;

export const FileProblem = z.object({
  code: FileProblemCode,
  /** Extra facts for the message (a size, a limit, a library's own words). */
  detail: z.string().optional(),
});
export type FileProblem = z.infer<typeof FileProblem>;

export type Result<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: FileProblemCode, detail?: string): Result<never> => ({
  ok: false,
  problem: detail === undefined ? { code } : { code, detail },
});
