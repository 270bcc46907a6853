import { parseAddress } from '../spec/a1.js';
import { addressOf, type Grid, type GridCell, type GridSheet, type Merge } from './grid.js';
import type { ReadLimits } from './limits.js';
import { breached, fail, ok, type Result } from './problem.js';
import { decodeXml, elements, textOf } from './xml.js';
import type { ZipEntry } from './zip-directory.js';
import { inflateEntry } from './zip-entry.js';

/** No office program writes a DTD; one in a workbook is there to expand entities (billion laughs). */
const DTD = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * SpreadsheetML → grid, reading only what a check needs: sheet names and visibility, shared
 * strings, cell values (a formula by its cached result) and merges. Styles, drawings, validations
 * and the rest are never inflated, so a workbook whose template validates whole columns costs
 * nothing extra. Every part inflated is capped (zip headers can lie, the cap cannot), and a DTD,
 * or more sheets, cells or merged ranges than a report can have, is refused.
 */
export function readXlsx(zip: Buffer, entries: readonly ZipEntry[], limits: ReadLimits): Result<Grid> {
  const byName = new Map(entries.map((e) => [e.name.replace(/\\/g, '/').replace(/^\//, ''), e]));
  let budget = limits.maxTotalBytes;
  const part = (name: string): Result<string> | undefined => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    if (entry.flags & 0x1) return fail('FILE_ENCRYPTED', name);
    const perPart = budget >= limits.maxEntryBytes;
    const inflated = inflateEntry(zip, entry, perPart ? limits.maxEntryBytes : budget);
    if (!inflated.ok) {
      if (inflated.reason === 'damaged') return fail('FILE_DAMAGED', inflated.detail);
      return perPart
        ? breached('FILE_ZIP_BOMB', { what: 'entryBytes', limit: limits.maxEntryBytes, part: name })
        : breached('FILE_ZIP_BOMB', { what: 'totalBytes', limit: limits.maxTotalBytes });
    }
    budget -= inflated.data.length;
    const text = inflated.data.toString('utf8');
    return DTD.test(text) ? fail('FILE_UNSAFE_XML', name) : ok(text);
  };

  const workbook = part('xl/workbook.xml');
  if (!workbook) return fail('FILE_ZIP_NOT_WORKBOOK');
  if (!workbook.ok) return workbook;
  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels && !rels.ok) return rels;
  const targets = new Map<string, { target: string; type: string }>();
  for (const r of elements(rels?.value ?? '', 'Relationship')) targets.set(r.Id ?? '', { target: resolveTarget(r.Target ?? ''), type: r.Type ?? '' });

  const sharedName = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const sharedPart = part(sharedName);
  if (sharedPart && !sharedPart.ok) return sharedPart;
  const shared = sharedPart ? sharedStrings(sharedPart.value) : [];

  const sheetTags = elements(workbook.value, 'sheet');
  if (sheetTags.length > limits.maxSheets) return breached('FILE_TOO_COMPLEX', { what: 'sheets', limit: limits.maxSheets, part: 'xl/workbook.xml' });
  const sheets: GridSheet[] = [];
  let cellsLeft = limits.maxCells;
  let mergesLeft = limits.maxMerges;
  for (const [i, tag] of sheetTags.entries()) {
    const rid = Object.entries(tag).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
    const path = targets.get(rid)?.target ?? `xl/worksheets/sheet${i + 1}.xml`;
    const xml = part(path);
    if (!xml) continue; // a chart sheet or a missing part: nothing to read
    if (!xml.ok) return xml;
    const sheet = readSheet(xml.value, tag.name ?? `Sheet${i + 1}`, tag.state !== undefined && tag.state !== 'visible', shared, cellsLeft);
    if (!sheet.ok) return breached('FILE_TOO_COMPLEX', { what: 'cells', limit: limits.maxCells, part: path });
    cellsLeft -= sheet.value.count;
    mergesLeft -= sheet.value.grid.merges.length;
    if (mergesLeft < 0) return breached('FILE_TOO_COMPLEX', { what: 'merges', limit: limits.maxMerges, part: path });
    sheets.push(sheet.value.grid);
  }
  return ok({ sheets });
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g)].map((m) => textOf(m[1] ?? ''));
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>|<(?:\w+:)?v\s*\/>/;
const INLINE = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;

/** A sheet and the cells it held; fails when there are more than `maxCells`. */
function readSheet(
  xml: string,
  name: string,
  hidden: boolean,
  shared: readonly string[],
  maxCells: number,
): { ok: true; value: { grid: GridSheet; count: number } } | { ok: false } {
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? '';
  const cells: GridCell[] = [];
  let rowNumber = 0;
  let count = 0;
  for (const row of data.matchAll(ROW)) {
    const r = attribute(row[1]!, 'r');
    rowNumber = r ? Number(r) : rowNumber + 1;
    let col = 0;
    for (const c of (row[2] ?? '').matchAll(CELL)) {
      if (++count > maxCells) return { ok: false };
      const ref = attribute(c[1]!, 'r');
      const at = ref ? parseAddress(ref) : undefined;
      const cellRow = at?.row ?? rowNumber;
      col = at?.col ?? col + 1;
      const converted = convert(c[2] ?? '', attribute(c[1]!, 't'), shared);
      if (converted) cells.push({ row: cellRow, col, address: addressOf(cellRow, col), ...converted });
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { ok: true, value: { grid: { name, hidden, cells, merges: merges(xml) }, count } };
}

type Converted = Omit<GridCell, 'row' | 'col' | 'address'>;

function convert(content: string, type: string | undefined, shared: readonly string[]): Converted | undefined {
  const formulaMatch = FORMULA.exec(content);
  const valueMatch = VALUE.exec(content);
  const raw = valueMatch ? decodeXml(valueMatch[1] ?? '') : undefined;
  if (formulaMatch) {
    const formula = decodeXml(formulaMatch[1] ?? '');
    // openpyxl writes an empty <v></v> for a formula it could not calculate.
    if (raw === undefined || (raw === '' && type !== 'str')) return { kind: 'formula-no-result', text: `=${formula}`, formula };
    return { ...value(raw, type === 's' ? 'n' : type, shared), formula };
  }
  if (type === 'inlineStr') {
    const text = textOf(INLINE.exec(content)?.[1] ?? '');
    return text === '' ? undefined : { kind: 'text', text };
  }
  if (raw === undefined || (raw === '' && type !== 'str')) return undefined;
  const converted = value(raw, type, shared);
  return converted.kind === 'text' && converted.text === '' ? undefined : converted;
}

function value(raw: string, type: string | undefined, shared: readonly string[]): Converted {
  switch (type) {
    case 's': {
      const text = shared[Number(raw)];
      return text === undefined ? { kind: 'error', text: '#REF!' } : { kind: 'text', text };
    }
    case 'str':
      return { kind: 'text', text: raw };
    case 'b':
      return { kind: 'boolean', text: raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE' };
    case 'e':
      return { kind: 'error', text: raw };
    case 'd': {
      const time = Date.parse(raw);
      return Number.isNaN(time) ? { kind: 'text', text: raw } : { kind: 'date', text: raw.slice(0, 10), number: (time - Date.UTC(1899, 11, 30)) / 86_400_000 };
    }
    default: {
      const number = Number(raw.trim());
      return raw.trim() === '' || !Number.isFinite(number) ? { kind: 'error', text: raw } : { kind: 'number', text: String(number), number };
    }
  }
}

function merges(xml: string): Merge[] {
  return elements(xml, 'mergeCell')
    .map((m) => (m.ref ?? '').split(':'))
    .flatMap(([from, to]) => {
      const a = from ? parseAddress(from) : undefined;
      const b = to ? parseAddress(to) : a;
      if (!a || !b) return [];
      return [{ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) }];
    })
    .sort((x, y) => x.top - y.top || x.left - y.left);
}

/** One attribute of a cell or row tag, read without parsing the others (the hot path: every cell). */
function attribute(tag: string, name: 'r' | 't'): string | undefined {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const quote = tag[at + name.length + 2];
  const end = tag.indexOf(quote!, at + name.length + 3);
  return end < 0 ? undefined : tag.slice(at + name.length + 3, end);
}

