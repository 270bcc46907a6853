import type JSZip from 'jszip';

/**
 * Reading the parts of an .xlsx package as text: which part holds which sheet, and the attributes
 * of an element. Only what carrying parts over from the original into the copy needs.
 */
export async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  const { default: JSZipClass } = await import('jszip');
  return JSZipClass.loadAsync(bytes);
}

export async function readPart(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** `name="x" r:id='y'` → { name: 'x', 'r:id': 'y' }, entities decoded. */
export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
  return found;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name]!;
  });
}

/** Sheet name → the path of its worksheet part (`xl/worksheets/sheet1.xml`), from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readPart(zip, 'xl/workbook.xml')) ?? '';
  const rels = (await readPart(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(match[0]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(match[0]);
    const target = a['r:id'] ? targets.get(a['r:id']) : undefined;
    if (a.name && target) parts.set(a.name, target);
  }
  return parts;
}

/** The opening tag of a part's root element (`<worksheet xmlns=… >`). */
export function rootTag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}\\b[^>]*>`).exec(xml)?.[0];
}
