import { utf8 } from '../bytes.js';
import type { ReadLimits } from '../limits.js';
import { breached, fail, ok, type Result } from '../problem.js';
import type { ZipEntry } from './directory.js';
import { inflateEntry, type InflateRaw } from './inflate.js';

/**
 * No office program writes a DTD; one in a package is there to expand entities (billion laughs).
 * True where `/<!(?:DOCTYPE|ENTITY)/i` would match, found by jumping from one `!` to the next: XML
 * has few, and an '<' before each (a 16 kB sheet: 0.15 µs, against 2 µs for the pattern and 9 µs
 * for indexOf('<!'), every '<' being a candidate).
 */
export function declaresDtd(text: string): boolean {
  for (let at = text.indexOf('!'); at >= 0; at = text.indexOf('!', at + 1)) {
    if (text.charCodeAt(at - 1) === 0x3c && (startsWithWord(text, at + 1, 'doctype') || startsWithWord(text, at + 1, 'entity'))) return true;
  }
  return false;
}

/** Whether `text` has `word` (lower-case ASCII) at `at`, in either case; only ASCII letters fold, as in a pattern's /i. */
function startsWithWord(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

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
export function openPackage(zip: Uint8Array, entries: readonly ZipEntry[], limits: ReadLimits, inflate: InflateRaw): OfficePackage {
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
      return declaresDtd(text) ? fail('FILE_UNSAFE_XML', name) : ok(text);
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
