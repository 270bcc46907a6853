import type { Document } from '../document.js';
import type { ReadLimits } from '../limits.js';
import { fail, ok, type Result } from '../problem.js';
import type { Reader } from '../reader.js';
import { readZipDirectory } from '../zip/directory.js';
import type { InflateRaw } from '../zip/inflate.js';
import { openPackage } from '../zip/package.js';
import { readBody } from './body.js';
import { findParts, titleOf } from './parts.js';
import { cleanText } from './text.js';

/**
 * The Word reader: every `w:tbl` becomes a table on its grid (merges as spans, nested tables
 * numbered apart), the body's paragraphs outside tables its prose, `dc:title` its declared title.
 * Only the main part, the package relationships and the core properties are ever inflated.
 */
export const readDocxDocument: Reader = (bytes, context) => {
  try {
    return readDocx(bytes, context.limits, context.inflate);
  } catch (error) {
    // Nothing below should throw; a file that makes it do so is damaged in some way not foreseen.
    return fail('FILE_DAMAGED', error instanceof Error ? error.message : String(error));
  }
};

function readDocx(bytes: Uint8Array, limits: ReadLimits, inflate: InflateRaw): Result<Document> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fail('FILE_DAMAGED', directory.reason);
  const pkg = openPackage(bytes, directory.entries, limits, inflate);
  const parts = findParts(pkg);
  if (!parts.ok) return parts;
  const main = pkg.text(parts.value.main);
  if (!main) return fail('FILE_DAMAGED', `no ${parts.value.main}`);
  if (!main.ok) return main;
  const body = readBody(main.value, limits, parts.value.main);
  if (!body.ok) return body;
  let declaredTitle: string | undefined;
  if (parts.value.core) {
    const core = pkg.text(parts.value.core);
    if (core && !core.ok) return core;
    declaredTitle = core ? titleOf(core.value) : undefined;
  }
  const prose: Document['prose'] = [];
  for (const raw of body.value.paragraphs) {
    const text = cleanText(raw);
    if (text !== '') prose.push({ text, source: { kind: 'docx', paragraph: prose.length + 1 } });
  }
  return ok({ format: 'docx', tables: body.value.tables, prose, ...(declaredTitle ? { declaredTitle } : {}) });
}
