import { addressOf, parseAddress } from '../../spec/a1.js';
import { docCell, type DocCell, type DocTable, type Document, type Source } from '../document.js';
import type { ReadLimits } from '../limits.js';
import { breached, fail, ok, type Result } from '../problem.js';
import type { Reader } from '../reader.js';
import { coreProperty, decodeXml, elements, textOf } from '../xml.js';
import { readZipDirectory, type ZipEntry } from '../zip/directory.js';
import type { InflateRaw } from '../zip/inflate.js';
import { openPackage, resolveTarget, type OfficePackage } from '../zip/package.js';

/** The workbook reader: every worksheet becomes a table whose rows and columns are the sheet's. */
export const readXlsxDocument: Reader = (bytes, context) => {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fail('FILE_DAMAGED', directory.reason);
  const pkg = openPackage(bytes, directory.entries, context.limits, context.inflate);
  const read = readWorkbook(pkg, context.limits);
  if (!read.ok) return read;
  const keywords = keywordsOf(pkg);
  return ok({ format: 'xlsx', tables: read.value, prose: proseOf(read.value), ...(keywords ? { keywords } : {}) });
};

/** The keywords of the document properties (docProps/core.xml), where a summary `xxgk-check sum` wrote is marked. */
function keywordsOf(pkg: OfficePackage): string | undefined {
  const core = pkg.text('docProps/core.xml');
  if (!core?.ok) return undefined;
  return coreProperty(core.value, 'keywords')?.trim() || undefined;
}

/**
 * A workbook's prose: text alone on its row (a title, a heading, a paragraph of a pasted page), in
 * the order of the visible sheets. A sheet's cells are sorted by row, so a row is a run of them.
 */
function proseOf(tables: readonly DocTable[]): Document['prose'] {
  const prose: Document['prose'] = [];
  for (const table of tables) {
    if (table.hidden) continue;
    const cells = table.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const alone = cells[i - 1]?.row !== cell.row && cells[i + 1]?.row !== cell.row;
      if (alone && cell.kind === 'text' && cell.text.trim() !== '') prose.push({ text: cell.text, source: cell.source });
    }
  }
  return prose;
}

/**
 * SpreadsheetML → grid, reading only what a check needs: sheet names and visibility, shared
 * strings, cell values (a formula by its cached result) and merges. Styles, drawings, validations
 * and the rest are never inflated, so a workbook whose template validates whole columns costs
 * nothing extra. Every part inflated is capped (zip headers can lie, the cap cannot), and a DTD,
 * or more sheets, cells or merged ranges than a report can have, is refused.
 */
export function readXlsx(zip: Uint8Array, entries: readonly ZipEntry[], limits: ReadLimits, inflate: InflateRaw): Result<DocTable[]> {
  return readWorkbook(openPackage(zip, entries, limits, inflate), limits);
}

function readWorkbook(pkg: OfficePackage, limits: ReadLimits): Result<DocTable[]> {
  const part = (name: string) => pkg.text(name);

  const workbook = part('xl/workbook.xml');
  if (!workbook) return fail('FILE_ZIP_NOT_WORKBOOK');
  if (!workbook.ok) return workbook;
  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels && !rels.ok) return rels;
  const targets = new Map<string, { target: string; type: string }>();
  for (const r of elements(rels?.value ?? '', 'Relationship')) targets.set(r.Id ?? '', { target: resolveTarget('xl', r.Target ?? ''), type: r.Type ?? '' });

  const sharedName = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const sharedPart = part(sharedName);
  if (sharedPart && !sharedPart.ok) return sharedPart;
  const shared = sharedPart ? sharedStrings(sharedPart.value) : [];

  const sheetTags = elements(workbook.value, 'sheet');
  if (sheetTags.length > limits.maxSheets) return breached('FILE_TOO_COMPLEX', { what: 'sheets', limit: limits.maxSheets, part: 'xl/workbook.xml' });
  const sheets: DocTable[] = [];
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
    mergesLeft -= sheet.value.merges;
    if (mergesLeft < 0) return breached('FILE_TOO_COMPLEX', { what: 'merges', limit: limits.maxMerges, part: path });
    sheets.push(sheet.value.table);
  }
  return ok(sheets);
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
function readSheet(xml: string, name: string, hidden: boolean, shared: readonly string[], maxCells: number): { ok: true; value: { table: DocTable; count: number; merges: number } } | { ok: false } {
  const data = sheetData(xml);
  const ranges = merges(xml);
  // Keyed by row, then column: an address as key would be made and hashed once a cell.
  const spans = new Map<number, Map<number, { rowSpan: number; colSpan: number }>>();
  for (const m of ranges) {
    let row = spans.get(m.top);
    if (!row) spans.set(m.top, (row = new Map<number, { rowSpan: number; colSpan: number }>()));
    row.set(m.left, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
  }
  const cells: DocCell[] = [];
  let rowNumber = 0;
  let count = 0;
  // exec() from lastIndex 0, not matchAll(), which copies the pattern at every call (once a row).
  ROW.lastIndex = 0;
  for (let row = ROW.exec(data); row; row = ROW.exec(data)) {
    const r = attribute(row[1]!, 'r');
    rowNumber = r ? Number(r) : rowNumber + 1;
    let col = 0;
    const content = row[2] ?? '';
    CELL.lastIndex = 0;
    for (let c = CELL.exec(content); c; c = CELL.exec(content)) {
      if (++count > maxCells) return { ok: false };
      const ref = attribute(c[1]!, 'r');
      const at = ref ? parseAddress(ref) : undefined;
      const cellRow = at?.row ?? rowNumber;
      col = at?.col ?? col + 1;
      if (!c[2]) continue; // `<c …/>`, `<c …></c>`: a cell with a style and nothing in it
      const converted = convert(c[2], attribute(c[1]!, 't'), shared);
      if (!converted) continue;
      // Spaces around a text show as nothing: a paste that kept the blanks around `|` leaves them (「 19 」),
      // and a cell of spaces alone (「 」) is blank.
      const text = converted.kind === 'text' ? converted.text.trim() : converted.text;
      if (converted.kind === 'text' && text === '') continue;
      const source: Source = { kind: 'xlsx', sheet: name, address: addressOf(cellRow, col) };
      const span = spans.get(cellRow)?.get(col);
      cells.push(docCell(cellRow, col, span?.rowSpan, span?.colSpan, converted.kind, text, source, converted.number, converted.formula));
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const table: DocTable = { origin: { kind: 'xlsx', sheet: name }, ...(hidden ? { hidden } : {}), cells };
  return { ok: true, value: { table, count, merges: ranges.length } };
}

type Converted = Omit<DocCell, 'row' | 'col' | 'source' | 'rowSpan' | 'colSpan'>;

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function convert(content: string, type: string | undefined, shared: readonly string[]): Converted | undefined {
  const formulaMatch = FORMULA.exec(content);
  const valueMatch = VALUE.exec(content);
  const raw = valueMatch ? decodeXml(valueMatch[1] ?? '') : undefined;
  if (formulaMatch) {
    const formula = decodeXml(formulaMatch[1] ?? '');
    // openpyxl writes an empty <v></v> for a formula it could not calculate.
    if (raw === undefined || (raw === '' && type !== 'str')) return { kind: 'formula-no-result', text: `=${formula}`, formula };
    const converted = value(raw, type === 's' ? 'n' : type, shared);
    converted.formula = formula;
    return converted;
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

/** Where `<sheetData>`'s content ends: the first `</sheetData>` after it opens. */
const SHEET_DATA_OPEN = /<(?:\w+:)?sheetData\b[^>]*>/;
const SHEET_DATA_CLOSE = /<\/(?:\w+:)?sheetData>/g;

/** The content of `<sheetData>` (the rows), or '' when it is missing or not closed. */
function sheetData(xml: string): string {
  const open = SHEET_DATA_OPEN.exec(xml);
  if (!open) return '';
  const from = open.index + open[0].length;
  const close = closeOfSheetData(xml, from);
  return close < 0 ? '' : xml.slice(from, close);
}

/**
 * Where the first `</sheetData>` or `</x:sheetData>` at or after `from` starts, or -1. Two
 * indexOf() calls answer for every file but one that mixes prefixed and plain end tags (the
 * pattern alone, trying every character, was 3% of reading a workbook).
 */
function closeOfSheetData(xml: string, from: number): number {
  const plain = xml.indexOf('</sheetData>', from);
  const prefixed = xml.indexOf(':sheetData>', from);
  if (prefixed < 0 || (plain >= 0 && plain < prefixed)) return plain;
  SHEET_DATA_CLOSE.lastIndex = from;
  const close = SHEET_DATA_CLOSE.exec(xml);
  SHEET_DATA_CLOSE.lastIndex = 0;
  return close ? close.index : -1;
}

function merges(xml: string): Merge[] {
  // Every merge tag holds the word, so the search starts at the tag of its first occurrence: the
  // merges follow the cells, and the sheet is not scanned tag by tag twice.
  const first = xml.indexOf('mergeCell');
  if (first < 0) return [];
  // Back over the tag's name and prefix to its '<' (lastIndexOf('<', first) took 6 µs on a 16 kB sheet).
  let start = first;
  while (start > 0 && isNameCharacter(xml.charCodeAt(start - 1))) start--;
  if (start > 0 && xml.charCodeAt(start - 1) === 0x3c) start--;
  return elements(xml.slice(start), 'mergeCell')
    .map((m) => (m.ref ?? '').split(':'))
    .flatMap(([from, to]) => {
      const a = from ? parseAddress(from) : undefined;
      const b = to ? parseAddress(to) : a;
      if (!a || !b) return [];
      return [{ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) }];
    })
    .sort((x, y) => x.top - y.top || x.left - y.left);
}

/** `\w` or ':', what may stand between a tag's '<' and its local name. */
function isNameCharacter(c: number): boolean {
  return (c >= 0x30 && c <= 0x3a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** One attribute of a cell or row tag, read without parsing the others (the hot path: every cell). */
function attribute(tag: string, name: 'r' | 't'): string | undefined {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const quote = tag[at + name.length + 2];
  const end = tag.indexOf(quote!, at + name.length + 3);
  return end < 0 ? undefined : tag.slice(at + name.length + 3, end);
}
