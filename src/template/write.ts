import type ExcelJS from 'exceljs';
import { addressOf } from '../spec/a1.js';
import type { DocSheet, WorkbookDoc } from './document.js';
import { fixZipTimes } from './fixed-zip-times.js';
import { displayWidth } from '../width/terminal.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes a workbook document with exceljs: values, merges, borders and wrapping as in the official tables. */
export async function writeWorkbook(doc: WorkbookDoc): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xxgk-check';
  const fixed = new Date(Date.UTC(2024, 0, 1));
  workbook.created = fixed;
  workbook.modified = fixed;
  if (doc.keywords) workbook.keywords = doc.keywords;
  for (const sheet of doc.sheets) writeSheet(workbook.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {}), sheet, doc);
  const out = await workbook.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(out));
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: DocSheet, doc: WorkbookDoc) {
  // Printed, the tables fit the width of a landscape page, as the published tables do.
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  sheet.columnWidths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  fitRowHeights(ws, sheet);
  for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const c of sheet.cells) {
    const cell = ws.getCell(addressOf(c.row, c.col));
    if (c.value !== null) cell.value = c.value;
    if (c.role === 'title') {
      cell.font = { bold: true, size: 16 };
      cell.alignment = { horizontal: 'center' };
      continue;
    }
    if (c.role === 'heading') {
      cell.font = { bold: true };
      continue;
    }
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: c.role === 'label' ? 'left' : 'center', wrapText: true };
    if (c.role === 'header' || c.role === 'note') cell.font = { bold: c.role === 'header' };
    if (c.role === 'value' && doc.validations && typeof c.value !== 'object') {
      cell.dataValidation = {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        errorTitle: '请填写数字',
        error: '请填写不小于 0 的数字（件数为整数）。',
      };
    }
  }
  // Borders on every position of a merge, so the grid lines show in Excel and WPS.
  const roles = new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c.role]));
  for (const m of sheet.merges) {
    const role = roles.get(`${m.top}:${m.left}`);
    if (role === 'title' || role === 'heading') continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) ws.getCell(r, c).border = BORDER;
  }
  for (const column of doc.columnValidations ?? []) {
    const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(`${column}1:${column}1048576`, { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0] });
  }
}

/** Rows tall enough for their wrapped labels: Excel does not grow a row for text in merged cells. */
function fitRowHeights(ws: ExcelJS.Worksheet, sheet: DocSheet) {
  const widthOf = (left: number, right: number) => {
    let width = 0;
    for (let c = left; c <= right; c++) width += sheet.columnWidths?.[c - 1] ?? 9;
    return width;
  };
  const lines = new Map<number, number>();
  for (const cell of sheet.cells) {
    if (typeof cell.value !== 'string' || cell.role === 'title' || cell.role === 'heading') continue;
    const merge = sheet.merges.find((m) => m.top === cell.row && m.left === cell.col);
    if (merge && merge.bottom > merge.top) continue;
    const available = widthOf(cell.col, merge?.right ?? cell.col);
    const needed = Math.ceil(displayWidth(cell.value) / Math.max(1, available - 1));
    lines.set(cell.row, Math.max(lines.get(cell.row) ?? 1, needed));
  }
  for (const [row, count] of lines) if (count > 1) ws.getRow(row).height = 15 * count;
}
