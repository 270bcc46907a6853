import type { Grid, GridCell } from '../read/grid.js';
import { fail, ok, type Result } from '../read/problem.js';
import type { LocatedReport, LocatedTable } from './located.js';
import { indexSheet, type SheetIndex } from './sheet-index.js';
import { findArticleCells, locateTable2 } from './table2.js';
import { findTable3Anchors, locateTable3 } from './table3.js';
import { findTable4Anchors, locateTable4 } from './table4.js';
import { findTitle } from './title.js';

/**
 * Finds 表二, 表三 and 表四 wherever they are in the workbook, by their official labels. Visible
 * sheets are searched before hidden ones; within a sheet, top to bottom. Without 表三 there is
 * nothing to check.
 */
export function locateReport(grid: Grid): Result<LocatedReport> {
  const sheets = [...grid.sheets].sort((a, b) => Number(a.hidden) - Number(b.hidden)).map(indexSheet);
  const t3 = firstTable(sheets, findTable3Anchors, (index, anchors, copies) => locateTable3(index, anchors[0]!, copies));
  if (!t3) return fail('NO_TABLE3');
  const t4 = firstTable(sheets, findTable4Anchors, (index, anchors, copies) => locateTable4(index, anchors[0]!, copies));
  const t2 = firstTable(sheets, findT2Starts, locateTable2Copy);
  return ok({
    t3,
    ...(t2 ? { t2 } : {}),
    ...(t4 ? { t4 } : {}),
    title: findTitle(grid),
    sheets: grid.sheets.map((s) => s.name),
  });
}

type Finder = (index: SheetIndex) => GridCell[];
type Locator = (index: SheetIndex, anchors: GridCell[], copies: number) => LocatedTable;

function firstTable(sheets: SheetIndex[], find: Finder, locate: Locator): LocatedTable | undefined {
  const found = sheets.map((index) => ({ index, anchors: find(index) })).filter((f) => f.anchors.length > 0);
  const copies = found.reduce((n, f) => n + countCopies(f.anchors), 0);
  const first = found[0];
  return first ? locate(first.index, first.anchors, copies) : undefined;
}

/** 表二 has several article cells per copy; a copy starts at each 「第二十条第（一）项」. */
function findT2Starts(index: SheetIndex): GridCell[] {
  return findArticleCells(index);
}

function countCopies(anchors: GridCell[]): number {
  const firsts = anchors.filter((a) => /第二十条第[(（]一[)）]项/.test(a.text.replace(/\s/g, '')));
  return firsts.length > 0 ? firsts.length : anchors.length;
}

/** Only the articles of the first copy of 表二 (those before a second 「第二十条第（一）项」). */
function locateTable2Copy(index: SheetIndex, anchors: GridCell[], copies: number): LocatedTable {
  const sorted = [...anchors].sort((a, b) => a.row - b.row || a.col - b.col);
  const isFirstArticle = (a: GridCell) => /第二十条第[(（]一[)）]项/.test(a.text.replace(/\s/g, ''));
  const start = Math.max(0, sorted.findIndex(isFirstArticle));
  const next = sorted.findIndex((a, i) => i > start && isFirstArticle(a));
  return locateTable2(index, sorted.slice(start, next < 0 ? undefined : next), copies);
}
