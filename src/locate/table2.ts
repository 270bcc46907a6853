import type { DocCell } from '../read/document.js';
import { T2_SECTIONS, type FormatVersion, type Label, type T2Section } from '../spec/tables.js';
import type { LocatedColumn, LocatedRow, LocatedTable } from './located.js';
import { deviationOf, type Deviation } from './headers.js';
import { candidate, labelCore, matchExact, matchLoose, matchPrefix, squash } from './normalize.js';
import type { GridIndex } from './grid-index.js';

const ARTICLE = /^第二十条第\(([一二三四五六七八九十]+)\)项/;
const HEADER_CORE = labelCore('信息内容');
const SECTION_ROWS = 8;

const itemOf = (cell: DocCell) => ARTICLE.exec(squash(cell.text))?.[1];

/** Cells of article headings 「第二十条第（N）项」, top to bottom. */
function articleCells(index: GridIndex): DocCell[] {
  return index.cells.filter((c) => c.kind === 'text' && itemOf(c) !== undefined);
}

/** Cells that start a 表二: each 「第二十条第（一）项」 (or, lacking one, the first article heading). */
export function findTable2Anchors(index: GridIndex): DocCell[] {
  const articles = articleCells(index);
  const firsts = articles.filter((c) => itemOf(c) === '一');
  return firsts.length > 0 ? firsts : articles.slice(0, 1);
}

/**
 * 表二 is a run of sections, each an article heading, a 「信息内容」 header row naming the columns,
 * and labelled rows. Sections are read from the anchor down, until an article comes round again.
 */
export function locateTable2(index: GridIndex, anchor: DocCell, copies: number): LocatedTable {
  const columns: LocatedColumn[] = [];
  const rows: LocatedRow[] = [];
  const deviations: Deviation[] = [];
  const sorted = articleCells(index).filter((c) => c.row >= anchor.row);
  const seenItems = new Set<string>();
  for (const [i, article] of sorted.entries()) {
    const item = itemOf(article)!;
    const section = T2_SECTIONS.find((s) => s.item === item);
    if (!section || seenItems.has(item)) break;
    seenItems.add(item);
    const end = sorted[i + 1]?.row ?? article.row + SECTION_ROWS;
    readSection(index, article, end, section, columns, rows, deviations);
  }
  const version = versionOf(columns);
  return {
    anchor: anchor.source,
    ...(version ? { version } : {}),
    columns,
    byPosition: false,
    rows,
    copies,
    deviations,
  };
}

function readSection(
  index: GridIndex,
  article: DocCell,
  end: number,
  section: T2Section,
  columns: LocatedColumn[],
  rows: LocatedRow[],
  deviations: Deviation[],
) {
  let headerRow = 0;
  let labelCol = article.col;
  for (let r = article.row + 1; r < end && headerRow === 0; r++) {
    const header = index.rowCells(r).find((c) => c.kind === 'text' && labelCore(c.text) === HEADER_CORE);
    if (header) {
      headerRow = r;
      labelCol = header.col;
    }
  }
  if (headerRow === 0) return;
  const sectionColumns = headerColumns(index, headerRow, labelCol, section, deviations);
  columns.push(...sectionColumns);
  const rowCandidates = section.rows.map((d) => candidate(d, [d.label, ...(d.alternates ?? [])]));
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < end; r++) {
    const label = index.rowCells(r).find((c) => c.col <= labelCol && c.kind === 'text');
    if (!label) continue;
    if (ARTICLE.test(squash(label.text))) break;
    const values = Object.fromEntries(sectionColumns.map((c) => [c.id, index.slot(r, c.col)]));
    const def = matchExact(label.text, rowCandidates) ?? matchLoose(label.text, rowCandidates);
    if (def) {
      const devi = deviationOf(label, def.label);
      if (devi && !(def.alternates ?? []).some((a) => labelCore(a) === labelCore(label.text))) deviations.push(devi);
      rows.push({ id: def.id, kind: seen.has(def.id) ? 'duplicate' : 'standard', label: label.text, labelSource: label.source, row: r, values });
      seen.add(def.id);
    } else if (Object.values(values).some((s) => s.cell !== undefined)) {
      rows.push({ kind: 'unknown', label: label.text, labelSource: label.source, row: r, values });
    } else {
      break;
    }
  }
}

/**
 * The header row's cells right of 「信息内容」, matched to the section's columns. A truncated header
 * naming several columns (「本年新」 for 本年新制作数量 and 本年新公开数量) takes the first of them
 * not already taken, as text copies of the 2019 table keep only the first line of a two-line header.
 */
function headerColumns(index: GridIndex, row: number, labelCol: number, section: T2Section, deviations: Deviation[]) {
  const candidates = section.columns.map((c) => candidate(c, [c.label]));
  const taken = new Set<string>();
  const result: LocatedColumn[] = [];
  for (const cell of index.rowCells(row)) {
    if (cell.col <= labelCol || cell.kind !== 'text') continue;
    let def: Label | undefined = matchExact(cell.text, candidates) ?? matchLoose(cell.text, candidates);
    if (!def || taken.has(def.id)) def = matchPrefix(cell.text, candidates).find((c) => !taken.has(c.id));
    if (!def) continue;
    taken.add(def.id);
    const devi = deviationOf(cell, def.label);
    if (devi) deviations.push(devi);
    result.push({ id: def.id, label: cell.text, source: cell.source, row: cell.row, col: cell.col });
  }
  return result;
}

function versionOf(columns: LocatedColumn[]): FormatVersion | undefined {
  const ids = columns.map((c) => c.id);
  const all = T2_SECTIONS.flatMap((s) => s.columns);
  const votes = { '2019': 0, '2021': 0 };
  for (const id of ids) {
    const versions = new Set(all.filter((c) => c.id === id).flatMap((c) => c.versions ?? []));
    if (versions.size === 1) votes[[...versions][0]!]++;
  }
  if (votes['2019'] === votes['2021']) return undefined;
  return votes['2019'] > votes['2021'] ? '2019' : '2021';
}
