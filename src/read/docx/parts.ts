import { fail, ok, type Result } from '../problem.js';
import { coreProperty, elements } from '../xml.js';
import { resolveTarget, type OfficePackage } from '../zip/package.js';

/** Where a Word package keeps the parts the reader needs. */
export interface DocxParts {
  /** The main document part, `word/document.xml` in every file Word, WPS and LibreOffice write. */
  main: string;
  /** The core properties (title, author), when the package has them. */
  core?: string;
}

const DEFAULT_MAIN = 'word/document.xml';
const DEFAULT_CORE = 'docProps/core.xml';
/** `…/relationships/officeDocument` (transitional) or `…/officeDocument/relationships/officeDocument` (strict). */
const OFFICE_DOCUMENT = /\/officeDocument$/;
const CORE_PROPERTIES = /\/metadata\/core-properties$/;
/** A Word main part: a document or template, macro-enabled or not. */
const MAIN_CONTENT_TYPE = /word.*\.main\+xml$/;

/**
 * Finds the main part as the package names it: the package relationship of type officeDocument,
 * else the content type of a Word main part, else the usual name.
 */
export function findParts(pkg: OfficePackage): Result<DocxParts> {
  const rels = pkg.text('_rels/.rels');
  if (rels && !rels.ok) return rels;
  let main: string | undefined;
  let core: string | undefined;
  for (const r of elements(rels?.value ?? '', 'Relationship')) {
    if (r.TargetMode === 'External' || !r.Target) continue;
    const target = resolveTarget('', r.Target);
    if (!main && OFFICE_DOCUMENT.test(r.Type ?? '') && pkg.has(target)) main = target;
    if (!core && CORE_PROPERTIES.test(r.Type ?? '') && pkg.has(target)) core = target;
  }
  if (!main) {
    const types = pkg.text('[Content_Types].xml');
    if (types && !types.ok) return types;
    const override = elements(types?.value ?? '', 'Override').find((o) => MAIN_CONTENT_TYPE.test(o.ContentType ?? '') && pkg.has(resolveTarget('', o.PartName ?? '')));
    main = override ? resolveTarget('', override.PartName!) : DEFAULT_MAIN;
  }
  if (!pkg.has(main)) return fail('FILE_DAMAGED', `the package has no main document part (${main})`);
  core ??= pkg.has(DEFAULT_CORE) ? DEFAULT_CORE : undefined;
  return ok(core ? { main, core } : { main });
}

/** `dc:title` of the core properties, when it holds text. */
export function titleOf(coreXml: string): string | undefined {
  const title = (coreProperty(coreXml, 'title') ?? '').replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
}
