import type JSZip from 'jszip';
import { attributes, readPart, rootTag, sheetParts } from './package.js';

/**
 * Data validations (Excel's input checks) are carried into the copy verbatim, around exceljs: its
 * reader expands every address of a validation's range, so one over a whole column (A1:A1048576,
 * common in supervisors' templates) takes minutes and ten hang it. The copy is read without them
 * (`ignoreNodes`) and each sheet's validations are put back afterwards, as the original wrote them:
 * the `<dataValidations>` element and Excel 2010's `x14:dataValidations` extension.
 */
export interface CarriedValidations {
  /** Elements for the sheet's body (`<dataValidations>`) and for its `<extLst>` (`<ext …>`). */
  body?: string;
  ext?: string;
  /** Namespace declarations the elements' prefixes need, from the original sheet's root. */
  namespaces: Record<string, string>;
  /** Prefixes the original marked ignorable (`mc:Ignorable`). */
  ignorable: string[];
}

const X14_VALIDATIONS_URI = '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}';

/** What a sheet's XML says about validations, or undefined when it has none. */
export function validationsIn(sheetXml: string): CarriedValidations | undefined {
  const body = /<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(sheetXml)?.[0];
  const ext = [...sheetXml.matchAll(/<ext\b[^>]*>[\s\S]*?<\/ext>/g)].map((m) => m[0]).find((e) => e.toUpperCase().includes(X14_VALIDATIONS_URI.toUpperCase()));
  if (!body && !ext) return undefined;
  const root = attributes(rootTag(sheetXml, 'worksheet') ?? '');
  const prefixes = new Set<string>();
  for (const element of [body, ext]) {
    for (const match of (element ?? '').matchAll(/<\/?([A-Za-z_][\w.-]*):|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=/g)) {
      const prefix = match[1] ?? match[2]!;
      if (prefix !== 'xmlns' && prefix !== 'xml') prefixes.add(prefix);
    }
  }
  const namespaces: Record<string, string> = {};
  for (const prefix of prefixes) if (root[`xmlns:${prefix}`]) namespaces[prefix] = root[`xmlns:${prefix}`]!;
  const ignorable = (root['mc:Ignorable'] ?? '').split(/\s+/).filter((p) => prefixes.has(p));
  return { ...(body ? { body } : {}), ...(ext ? { ext } : {}), namespaces, ignorable };
}

/** Elements that follow `<dataValidations>` in a worksheet (ECMA-376 CT_Worksheet order). */
// prettier-ignore
const AFTER_VALIDATIONS = [
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties',
  'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture',
  'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** The sheet's XML with the carried validations in their places and the namespaces they need declared. */
export function withValidations(sheetXml: string, carried: CarriedValidations): string {
  let xml = sheetXml;
  if (carried.body && !/<dataValidations\b/.test(xml)) {
    const at = Math.min(...AFTER_VALIDATIONS.map((name) => xml.search(new RegExp(`<${name}[\\s/>]`))).filter((i) => i >= 0), xml.lastIndexOf('</worksheet>'));
    xml = `${xml.slice(0, at)}${carried.body}${xml.slice(at)}`;
  }
  if (carried.ext) {
    const close = xml.lastIndexOf('</extLst>');
    xml = close >= 0 ? `${xml.slice(0, close)}${carried.ext}${xml.slice(close)}` : xml.replace(/<\/worksheet>\s*$/, `<extLst>${carried.ext}</extLst></worksheet>`);
  }
  return declare(xml, carried);
}

function declare(xml: string, carried: CarriedValidations): string {
  const tag = rootTag(xml, 'worksheet');
  if (!tag) return xml;
  const present = attributes(tag);
  let added = '';
  for (const [prefix, uri] of Object.entries(carried.namespaces)) if (!present[`xmlns:${prefix}`]) added += ` xmlns:${prefix}="${uri}"`;
  let next = tag.replace(/\s*(\/?)>$/, `${added}$1>`);
  const ignorable = (present['mc:Ignorable'] ?? '').split(/\s+/).filter(Boolean);
  const missing = carried.ignorable.filter((p) => !ignorable.includes(p));
  if (missing.length > 0 && present['xmlns:mc']) {
    const value = [...ignorable, ...missing].join(' ');
    next = present['mc:Ignorable'] !== undefined ? next.replace(/mc:Ignorable\s*=\s*("[^"]*"|'[^']*')/, `mc:Ignorable="${value}"`) : next.replace(/>$/, ` mc:Ignorable="${value}">`);
  }
  return xml.replace(tag, next);
}

/** Puts each original sheet's validations into the copy's sheet of the same name. */
export async function restoreValidations(original: JSZip, copy: JSZip): Promise<number> {
  const from = await sheetParts(original);
  const to = await sheetParts(copy);
  let restored = 0;
  for (const [sheet, path] of from) {
    const carried = validationsIn((await readPart(original, path)) ?? '');
    const target = to.get(sheet);
    if (!carried || !target) continue;
    const xml = await readPart(copy, target);
    if (xml === undefined) continue;
    copy.file(target, withValidations(xml, carried));
    restored++;
  }
  return restored;
}
