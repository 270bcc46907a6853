import type ExcelJS from 'exceljs';
import { addressOf, type GridCell, type GridSheet, type Merge } from './grid.js';

/**
 * exceljs's model → our grid. Kept apart from file handling so the conversion of every value shape
 * (formula with or without a cached result, rich text, hyperlinks, dates, errors) is in one place.
 */
export function sheetToGrid(ws: ExcelJS.Worksheet): GridSheet {
  const cells: GridCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const converted =
        cell.type === FORMULA_TYPE ? convertFormula(cell.formula, cell.result) : convertValue(cell.value);
      if (converted === undefined) return;
      cells.push({ row: Number(cell.row), col: Number(cell.col), address: addressOf(Number(cell.row), Number(cell.col)), ...converted });
    });
  });
  return { name: ws.name, hidden: ws.state !== 'visible', cells, merges: mergesOf(ws) };
}

type Converted = Omit<GridCell, 'row' | 'col' | 'address'>;

/** ExcelJS.ValueType.Formula; the enum is not importable as a type-only import. */
const FORMULA_TYPE = 6;

/**
 * Read through `cell.result`, not `cell.value.result`: exceljs's value getter drops a falsy cached
 * result, so a total of 0 would look like a formula never calculated.
 */
function convertFormula(formula: string, result: unknown): Converted {
  if (result === undefined || result === null) return { kind: 'formula-no-result', text: `=${formula}`, formula };
  if (typeof result === 'number' && Number.isNaN(result)) return { kind: 'error', text: '#VALUE!', formula };
  const inner = convertValue(result as ExcelJS.CellValue);
  return inner === undefined ? { kind: 'text', text: '', formula } : { ...inner, formula };
}

function convertValue(value: ExcelJS.CellValue): Converted | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return { kind: 'number', text: String(value), number: value };
  if (typeof value === 'string') return value === '' ? undefined : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    const serial = (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { kind: 'date', text: value.toISOString().slice(0, 10), number: serial };
  }
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) {
    const text = value.richText.map((run) => run.text).join('');
    return text === '' ? undefined : { kind: 'text', text };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = ('formula' in value ? value.formula : undefined) ?? '';
    return convertFormula(formula, (value as { result?: unknown }).result);
  }
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : convertValue(value.text as ExcelJS.CellValue)?.text;
    return text ? { kind: 'text', text } : undefined;
  }
  return undefined;
}

function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  // exceljs keeps merges keyed by master address; the public `model.merges` would rebuild the whole sheet model.
  const internal = (ws as unknown as { _merges?: Record<string, Merge | undefined> })._merges ?? {};
  return Object.values(internal)
    .filter((m): m is Merge => m !== undefined)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
