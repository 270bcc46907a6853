import { decodeText } from '../decode-text.js';
import type { Document } from '../document.js';
import type { ReadLimits } from '../limits.js';
import { breached, fail, ok, type Result } from '../problem.js';
import type { Reader } from '../reader.js';
import { buildDocument } from './builder.js';
import { declaredCharset } from './charset.js';
import { unwrapMhtml } from './mhtml.js';

/**
 * The web page reader: a saved page (.html, .htm) or a page saved with its resources in one file
 * (.mht, .mhtml) → its tables and prose. Bytes are decoded by their byte-order mark, the charset
 * they declare (the MIME part's, else the page's meta), strict UTF-8, then GB18030; then read in one
 * pass (./builder.ts). Never throws; never touches Node's modules, so it runs in a browser as is.
 */
export const readHtmlDocument: Reader = (bytes, context) => {
  try {
    return read(bytes, context.limits);
  } catch (error) {
    // Nothing here is expected to throw; if something does, the file is refused rather than the run.
    return fail('FILE_DAMAGED', error instanceof Error ? error.message : String(error));
  }
};

function read(bytes: Uint8Array, limits: ReadLimits): Result<Document> {
  const tooLarge = fail('FILE_TOO_LARGE', String(bytes.length));
  let page = bytes;
  let declared: string | undefined;
  const mhtml = unwrapMhtml(bytes);
  if (mhtml?.kind === 'broken') return fail('FILE_NOT_XLSX', `mhtml: ${mhtml.why}`);
  if (mhtml) {
    page = mhtml.bytes;
    declared = mhtml.charset;
  }
  // Every character takes at most four bytes in the encodings read here: refuse without decoding.
  if (page.length > 4 * limits.maxTextBytes) return tooLarge;
  const decoded = decodeText(page, declared ?? declaredCharset(page));
  if (!decoded.ok) return fail('FILE_ENCODING');
  if (decoded.text.length > limits.maxTextBytes) return tooLarge;
  const built = buildDocument(decoded.text, limits);
  if (!built.ok) return breached('FILE_TOO_COMPLEX', built.breach);
  return ok(built.document);
}
