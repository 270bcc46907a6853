import type JSZip from 'jszip';
import { readPart } from './package.js';

/**
 * Defined names go into the copy as the original wrote them. exceljs keeps a name's range but
 * forgets its scope (`localSheetId`): a name that belonged to one sheet would become the
 * workbook's. The copy has one sheet more, first, so every sheet's index moves up by one.
 */
export function withDefinedNames(copyWorkbookXml: string, originalWorkbookXml: string, inserted = 1): string {
  const original = /<definedNames>[\s\S]*?<\/definedNames>/.exec(originalWorkbookXml)?.[0];
  const present = /<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/;
  if (!original) return copyWorkbookXml.replace(present, '');
  const shifted = original.replace(/(<definedName\b[^>]*\blocalSheetId=")(\d+)"/g, (_, head: string, id: string) => `${head}${Number(id) + inserted}"`);
  return present.test(copyWorkbookXml) ? copyWorkbookXml.replace(present, shifted) : copyWorkbookXml.replace('</sheets>', `</sheets>${shifted}`);
}

export async function restoreDefinedNames(original: JSZip, copy: JSZip): Promise<void> {
  const from = await readPart(original, 'xl/workbook.xml');
  const to = await readPart(copy, 'xl/workbook.xml');
  if (from !== undefined && to !== undefined) copy.file('xl/workbook.xml', withDefinedNames(to, from));
}
