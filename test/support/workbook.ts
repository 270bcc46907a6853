import type ExcelJS from 'exceljs';

/** A workbook as exceljs reads it, whole (validations skipped: whole-column ones would take minutes). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] });
  return workbook;
}

export interface CellSnapshot {
  /** The value as a person reads it; a formula by its text and cached result (read via `cell.result`, which keeps a 0). */
  value: unknown;
  formula?: string;
  result?: unknown;
  style: string;
  note?: string;
}

export interface SheetSnapshot {
  name: string;
  state: string;
  merges: string[];
  widths: (number | undefined)[];
  heights: Record<number, number | undefined>;
  cells: Record<string, CellSnapshot>;
}

/**
 * Everything of a sheet that an annotated copy must keep: every cell's value, formula and cached
 * result, style, and note; merges; column widths; row heights; whether it is hidden.
 */
export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    heights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      const formula = cell.formula;
      cells[cell.address] = {
        value: formula ? undefined : cell.value,
        ...(formula ? { formula, result: cell.result } : {}),
        style: stableJson(withoutDefaults(cell.style ?? {})),
        ...(cell.note ? { note: JSON.stringify(cell.note) } : {}),
      };
    });
  });
  const widths: (number | undefined)[] = [];
  for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
  const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
  return { name: ws.name, state: ws.state, merges, widths, heights, cells };
}

export const argbOf = (cell: ExcelJS.Cell): string | undefined => {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
};

export function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

/** JSON with keys sorted at every level: two styles equal in content give the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A style without the properties that say “the default” (indent 0, no rotation, underline none, an
 * empty border): programs write them or leave them out, and exceljs leaves them out.
 */
function withoutDefaults(style: object): object {
  const defaults: Record<string, unknown> = { indent: 0, shrinkToFit: false, textRotation: 0, underline: 'none', readingOrder: 'ltr', numFmt: 'General', horizontal: 'general', wrapText: false };
  const clean = (value: unknown): unknown => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
    const entries = Object.entries(value)
      .filter(([k, v]) => v !== undefined && defaults[k] !== v)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => !(v && typeof v === 'object' && Object.keys(v).length === 0));
    return Object.fromEntries(entries);
  };
  return clean(style) as object;
}
