import type ExcelJS from 'exceljs';
import type { Severity } from '../../rules/finding.js';
import type { PresentedFinding } from '../present.js';
import { describeSource } from '../source.js';
import type { Lang } from '../../spec/text.js';
import { cellMarks, type SummaryRow } from './marks.js';
import { printable } from '../../width/printable.js';
import { wrappedLines } from '../../width/sheet.js';

/** Excel's own “light red” and “yellow” fills (its conditional-format presets): dark text stays readable. */
export const FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
/** Paler ones for the parts of an equation, which support a finding without deciding it. */
export const PART_FILLS: Record<Severity, string> = { error: 'FFFDEEF0', warning: 'FFFFF8DC' };

export const RESULTS_SHEET = '校验结果';

const fillOf = (severity: Severity, strong = true): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: (strong ? FILLS : PART_FILLS)[severity] } });

/**
 * Fills each cell the findings name, strongly the cells that decide a finding (with a note giving
 * its findings), lightly the parts of an equation (no note: the total's note lists them). A cell covered by a merge is marked on the merge's
 * master cell, the one the workbook shows. The new style is a copy: exceljs shares one style object
 * among all cells read with the same style, so setting `cell.fill` would colour every one of them.
 */
export function markCells(workbook: ExcelJS.Workbook, findings: readonly PresentedFinding[], lang: Lang): void {
  const placeOf = (sheet: string, address: string) => {
    const cell = workbook.getWorksheet(sheet)?.getCell(address);
    return cell && (cell.isMerged ? cell.master.address : cell.address);
  };
  for (const mark of cellMarks(findings, lang, placeOf)) {
    const cell = workbook.getWorksheet(mark.sheet)!.getCell(mark.address);
    cell.style = { ...cell.style, fill: fillOf(mark.severity, mark.strong) };
    if (mark.lines.length === 0) continue;
    // Workbook text with a control character is no XML: shown escaped.
    const ours = mark.lines.map(printable).join('\n');
    const existing = noteText(cell.note);
    cell.note = existing ? `${existing}\n\n${ours}` : ours;
  }
}

/** A note as plain text, whether exceljs read it as a string or as runs of rich text. */
function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

const HEADERS: Record<Lang, string[]> = {
  zh: ['序号', '表', '规则', '级别', '单元格', '说明'],
  en: ['No.', 'Table', 'Rule', 'Severity', 'Cells', 'Finding'],
};
const WIDTHS = [6, 8, 18, 8, 30, 70];
const LINE_HEIGHT = 15;
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const NONE_FOUND: Record<Lang, string> = { zh: '未发现问题。', en: 'No problems found.' };

/**
 * The sheet that lists every finding, placed first and shown on opening: one row per finding, its
 * cells as a link (a HYPERLINK formula, which Excel, WPS and LibreOffice all follow, with the text
 * cached so viewers that do not calculate still show it).
 */
export function addResultsSheet(workbook: ExcelJS.Workbook, rows: readonly SummaryRow[], lang: Lang): ExcelJS.Worksheet {
  const existing = new Set(workbook.worksheets.map((ws) => ws.name));
  let name = RESULTS_SHEET;
  for (let n = 2; existing.has(name); n++) name = `${RESULTS_SHEET} (${n})`;
  // The one selected sheet (exceljs drops `tabSelected` when it reads a sheet, so no other is; its types leave the flag out).
  const view = { state: 'frozen', ySplit: 1, tabSelected: true } as unknown as ExcelJS.WorksheetView;
  const sheet = workbook.addWorksheet(name, { views: [view] });
  // exceljs orders sheets by this number, which its types leave out.
  const order = (ws: ExcelJS.Worksheet) => ws as unknown as { orderNo: number };
  order(sheet).orderNo = Math.min(0, ...workbook.worksheets.map((ws) => order(ws).orderNo)) - 1;
  workbook.views = [{ ...(workbook.views?.[0] ?? { x: 0, y: 0, width: 16384, height: 8192, visibility: 'visible' }), firstSheet: 0, activeTab: 0 }];

  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const header = sheet.addRow(HEADERS[lang]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle' };
  });
  if (rows.length === 0) sheet.getCell('A2').value = NONE_FOUND[lang];
  for (const row of rows) {
    const added = sheet.addRow([row.index, row.table, row.rule, row.severityText, linkValue(row, lang), printable(row.message)]);
    added.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: Number(cell.col) === 6 };
    });
    // Excel keeps a row's height as saved and does not fit it to wrapped text on opening.
    added.height = Math.max(1, wrappedLines(row.message, WIDTHS[5]! - 2)) * LINE_HEIGHT + 3;
    added.getCell(4).fill = fillOf(row.severity);
    if (row.target) added.getCell(5).font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.autoFilter = { from: 'A1', to: `F${Math.max(1, rows.length + 1)}` };
  return sheet;
}

/** Excel refuses a formula whose text literal is longer than this. */
const MAX_LITERAL = 255;

/**
 * `HYPERLINK("#'年度报告'!D53","年度报告!D32:D33、D53:D54")`: a link to the finding's primary cell.
 * A list of cells too long for a formula shows the primary cell and how many there are.
 */
function linkValue(row: SummaryRow, lang: Lang): ExcelJS.CellValue {
  if (!row.target) return row.cells;
  const target = `#'${row.target.sheet.replace(/'/g, "''")}'!${row.target.address}`;
  const text = row.cells.length <= MAX_LITERAL ? row.cells : MORE_CELLS[lang](describeSource({ kind: 'xlsx', ...row.target }, lang), row.cellCount);
  const quote = (literal: string) => `"${literal.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${quote(target)},${quote(text)})`, result: text };
}

const MORE_CELLS: Record<Lang, (first: string, count: number) => string> = {
  zh: (first, count) => `${first} 等 ${count} 个单元格`,
  en: (first, count) => `${first} and ${count - 1} more cells`,
};
