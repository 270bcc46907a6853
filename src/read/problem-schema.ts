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
  'FILE_LEGACY_XLS', // an OLE2 compound file: .xls or WPS .et
  'FILE_LEGACY_DOC', // an OLE2 Word document (.doc) or WPS .wps, or an RTF file
  'FILE_ENCRYPTED', // an OLE2 wrapper holding an encrypted package, a zip with encrypted entries, or a PDF with an opening password
  'FILE_ODS',
  'FILE_ODT', // an OpenDocument text document
  'FILE_PDF_NO_TEXT', // a PDF whose pages are pictures (scanned): no text to read
  'FILE_PDF_NO_READER', // a PDF, where the core runs without PDF.js (no `loadPdf` given; detail 'browser': one too old for it): the runtime's lack, not the file's
  'FILE_ZIP_NOT_WORKBOOK', // a zip archive that is no office document
  'FILE_ENCODING', // text in an encoding that cannot be told
  'FILE_DAMAGED', // truncated or corrupt zip, or XML that does not parse
  'FILE_ZIP_BOMB', // inflates past the limits
  'FILE_TOO_COMPLEX', // more sheets, cells or merges than a report can have, or more memory than a worker may use
  'FILE_TIMEOUT', // reading it took longer than any report should
  'FILE_UNSAFE_XML', // XML with a DOCTYPE or entity declarations (billion laughs), which no office program writes
  'FILE_NOT_XLSX', // none of the above: bytes we do not recognise (binary, no known signature)
  'FILE_CONVERT_FAILED', // --convert was asked for, and LibreOffice is missing or failed
  'NO_TABLE3', // a document, but no 表三 was found in it (detail: 'not-a-report' when nothing in it is a report's, 'no-tables' when it holds no table at all)
  'TABLE_COPY_MISSING', // --table N names a copy of 表三 the workbook does not have
  'DIR_UNREADABLE', // a folder of a batch that could not be listed: the files in it were not checked
]);
export type FileProblemCode = z.infer<typeof FileProblemCode>;

/** Which limit a file broke, so the sentence can say it in the reader's language. */
export const LimitBreach = z.object({
  what: z.enum(['entries', 'entryBytes', 'totalBytes', 'ratio', 'sheets', 'cells', 'merges', 'depth', 'pages', 'objects', 'streamBytes']),
  limit: z.number(),
  /** The count found, where it is known (declared sizes, sheets); absent when reading stopped at the limit. */
  count: z.number().optional(),
  /** The zip part concerned, e.g. xl/worksheets/sheet1.xml. */
  part: z.string().optional(),
});
export type LimitBreach = z.infer<typeof LimitBreach>;

export const FileProblem = z.object({
  code: FileProblemCode,
  /** Extra facts for the message (a size, a count, a library's own words). */
  detail: z.string().optional(),
  breach: LimitBreach.optional(),
});
export type FileProblem = z.infer<typeof FileProblem>;
