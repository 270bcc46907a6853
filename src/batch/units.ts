import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readDocumentFile } from '../node/read-file.js';
import type { Unit } from './unit-match.js';

// Matching needs no file system, so it lives apart (the page in the browser identifies files too).
export { matchUnit, type Unit } from './unit-match.js';

export type UnitsRead = { ok: true; units: Unit[] } | { ok: false; reason: string };

const NAME_HEADER = /^(单位|单位名称|机关|机关名称|名称|编制主体|name|unit|agency)$/i;
const ALIAS_HEADER = /^(别名|简称|其他名称|aliases?|also)$/i;

/**
 * The list of expected agencies: a CSV (or text) file or a workbook, one agency a row; the first
 * column is the name, an optional second (headed 别名/简称) holds other names separated by 、 ; or |.
 */
export async function readUnits(path: string): Promise<UnitsRead> {
  let rows: string[][];
  if (/^\.(xlsx|xlsm)$/i.test(extname(path))) {
    const read = await readDocumentFile(path);
    if (!read.ok) return { ok: false, reason: read.problem.code };
    const sheet = read.value.tables.find((s) => !s.hidden) ?? read.value.tables[0];
    const byRow = new Map<number, string[]>();
    for (const cell of sheet?.cells ?? []) {
      const row = byRow.get(cell.row) ?? [];
      row[cell.col - 1] = cell.text;
      byRow.set(cell.row, row);
    }
    rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => Array.from(r, (v) => v ?? ''));
  } else {
    let text: string;
    try {
      text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
    rows = parseCsv(text);
  }
  rows = rows.filter((r) => r.some((v) => v.trim() !== ''));
  let nameCol = 0;
  let aliasCol = 1;
  const header = rows[0] ?? [];
  if (header.some((v) => NAME_HEADER.test(v.trim()))) {
    nameCol = header.findIndex((v) => NAME_HEADER.test(v.trim()));
    const alias = header.findIndex((v) => ALIAS_HEADER.test(v.trim()));
    aliasCol = alias;
    rows = rows.slice(1);
  }
  const units = rows
    .map((r) => ({
      name: (r[nameCol] ?? '').trim(),
      aliases:
        aliasCol >= 0
          ? (r[aliasCol] ?? '')
              .split(/[、;；|,，]/)
              .map((a) => a.trim())
              .filter(Boolean)
          : [],
    }))
    .filter((u) => u.name !== '');
  return units.length > 0 ? { ok: true, units } : { ok: false, reason: 'empty' };
}

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',' || ch === '\t') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
