import type { Finding } from '../../rules/finding.js';
import { fixZipTimes } from '../../template/fixed-zip-times.js';
import { defaultLimits } from '../../read/limits.js';
import type { Lang } from '../../spec/text.js';
import { presentFindings, type PresentedFinding } from '../present.js';
import { restoreDefinedNames } from './defined-names.js';
import { droppedParts } from './dropped-parts.js';
import { summaryRows } from './marks.js';
import { sizeAllNoteBoxes } from './note-boxes.js';
import { openPackage } from './package.js';
import { restoreValidations } from './validations.js';
import { addResultsSheet, markCells } from './workbook.js';

export interface Annotated {
  bytes: Uint8Array;
  /** Kinds of content the original holds that the copy could not keep (charts, pivot tables …), named in `lang`. */
  dropped: string[];
}

/**
 * The annotated copy of a workbook: every cell a finding names filled (red for an error, yellow for
 * a warning) with a note giving the findings, and a first sheet 校验结果 listing them all with links.
 * Made from the original file's bytes through exceljs, which keeps values, formulas with their
 * cached results, merges, column widths, styles and hidden sheets; data validations (which exceljs
 * cannot read fast) and defined names (whose sheet scope it forgets) are carried over around it.
 * The same input gives the same bytes.
 */
export async function annotatePresented(original: Uint8Array, findings: readonly PresentedFinding[], lang: Lang): Promise<Annotated> {
  // exceljs inflates every part, not only those the checker read: each is measured first. The
  // guard (with fflate, which builds its tables as it loads) is imported here, when a copy is made,
  // not by every check that imports this module for the copy's name.
  const { guardWorkbookZip } = await import('../../read/zip/index.js');
  const guarded = guardWorkbookZip(original, defaultLimits);
  if (!guarded.ok) throw new Error(guarded.problem.detail ?? guarded.problem.code);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // The sheets' data validations are left out here and put back from the original afterwards (validations.ts).
  await workbook.xlsx.load(original as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
  markCells(workbook, findings, lang);
  addResultsSheet(workbook, summaryRows(findings, lang), lang);
  const source = await openPackage(original);
  const copy = await openPackage(new Uint8Array(await workbook.xlsx.writeBuffer()));
  await restoreValidations(source, copy);
  await restoreDefinedNames(source, copy);
  await sizeAllNoteBoxes(copy);
  const bytes = await copy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes: fixZipTimes(bytes), dropped: droppedParts(Object.keys(source.files), lang) };
}

/** The same, for a library user's findings as checked: their messages rendered first. */
export async function annotateWorkbook(original: Uint8Array, findings: readonly Finding[], lang: Lang): Promise<Annotated> {
  return annotatePresented(original, presentFindings(findings, lang), lang);
}
