/**
 * Whether a page is in quirks mode, from its DOCTYPE, by the HTML parser's rules (the "initial"
 * insertion mode), shortened to the public identifiers' common prefixes. Only `rowspan=0` depends on
 * it here: to the end of its row group in standards mode, one row in quirks mode. Word's and many
 * CMSs' pages have no DOCTYPE at all, and are in quirks mode.
 */
// prettier-ignore
const QUIRKY_PREFIXES = [
  '+//silmaril//', '-//as//', '-//advasoft', '-//ietf//', '-//metrius//', '-//microsoft//dtd internet explorer',
  '-//netscape comm. corp.//', "-//o'reilly", '-//softquad', '-//spyglass//', '-//sq//', '-//sun microsystems',
  '-//w3c//dtd html 3', '-//w3c//dtd html 4.0 frameset//', '-//w3c//dtd html 4.0 transitional//',
  '-//w3c//dtd html experimental', '-//w3c//dtd w3 html//', '-//w3o//dtd w3 html 3.0//', '-//webtechs//dtd mozilla html',
];

/** `declaration` as htmlparser2 hands it over: `!DOCTYPE html PUBLIC "…" "…"`; undefined when the page has none. */
export function isQuirks(declaration: string | undefined): boolean {
  if (declaration === undefined) return true;
  const m = /^!doctype\s+(\S*?)(?:\s+(public|system)\s*(?:"([^"]*)"|'([^']*)')?\s*(?:"([^"]*)"|'([^']*)')?)?\s*$/i.exec(declaration.trim());
  if (!m) return true;
  if (m[1]!.toLowerCase() !== 'html') return true;
  const keyword = m[2]?.toLowerCase();
  const publicId = keyword === 'public' ? (m[3] ?? m[4] ?? '').toLowerCase() : '';
  const systemId = keyword === 'public' ? (m[5] ?? m[6]) : (m[3] ?? m[4]);
  if (publicId === 'html' || publicId === '-/w3c/dtd html 4.0 transitional/en' || publicId === '-//w3o//dtd w3 html strict 3.0//en//') return true;
  if (systemId?.toLowerCase() === 'http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd') return true;
  if (QUIRKY_PREFIXES.some((p) => publicId.startsWith(p))) return true;
  return systemId === undefined && (publicId.startsWith('-//w3c//dtd html 4.01 frameset//') || publicId.startsWith('-//w3c//dtd html 4.01 transitional//'));
}
