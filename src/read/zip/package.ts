import { utf8 } from '../bytes.js';
import type { ReadLimits } from '../limits.js';
import { breached, fail, ok, type Result } from '../problem.js';
import type { ZipEntry } from './directory.js';
import { inflateEntry, portableInflate, type InflateRaw } from './inflate.js';

/** No office program writes a DTD; one in a package is there to expand entities (billion laughs). */
const DTD = /<!(?:DOCTYPE|ENTITY)/i;

/** The XML parts of an Office package (a workbook, a Word document), read one at a time, each within the limits. */
export interface OfficePackage {
  has(name: string): boolean;
  /** A part's text; undefined when the package has no such part. */
  text(name: string): Result<string> | undefined;
}

/**
 * Opens a zip's parts on demand. Every part inflated is capped, on its own and all together (zip
 * headers can lie; the cap cannot), an encrypted part or a DTD is refused, and only the parts asked
 * for are ever inflated.
 */
export function openPackage(zip: Uint8Array, entries: readonly ZipEntry[], limits: ReadLimits, inflate: InflateRaw = portableInflate): OfficePackage {
  const byName = new Map(entries.map((e) => [e.name.replace(/\\/g, '/').replace(/^\//, ''), e]));
  let budget = limits.maxTotalBytes;
  return {
    has: (name) => byName.has(name),
    text(name) {
      const entry = byName.get(name);
      if (!entry) return undefined;
      if (entry.flags & 0x1) return fail('FILE_ENCRYPTED', name);
      const perPart = budget >= limits.maxEntryBytes;
      const inflated = inflateEntry(zip, entry, perPart ? limits.maxEntryBytes : budget, inflate);
      if (!inflated.ok) {
        if (inflated.reason === 'damaged') return fail('FILE_DAMAGED', inflated.detail);
        return perPart ? breached('FILE_ZIP_BOMB', { what: 'entryBytes', limit: limits.maxEntryBytes, part: name }) : breached('FILE_ZIP_BOMB', { what: 'totalBytes', limit: limits.maxTotalBytes });
      }
      budget -= inflated.data.length;
      const text = utf8(inflated.data);
      return DTD.test(text) ? fail('FILE_UNSAFE_XML', name) : ok(text);
    },
  };
}

/** A relationship target as a part name: `worksheets/sheet1.xml` from `xl/` → `xl/worksheets/sheet1.xml`. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const p of `${base}/${target}`.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
