import type { Grid, GridCell } from '../read/grid.js';
import { fail, ok, type Result } from '../read/problem.js';
import type { LocatedReport, LocatedTable } from './located.js';
import { indexSheet, type SheetIndex } from './sheet-index.js';
import { findTable2Anchors, locateTable2 } from './table2.js';
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
  const t3 = firstTable(sheets, findTable3Anchors, locateTable3);
  if (!t3) return fail('NO_TABLE3');
  const t4 = firstTable(sheets, findTable4Anchors, locateTable4);
  const t2 = firstTable(sheets, findTable2Anchors, locateTable2);
  return ok({
    t3,
    ...(t2 ? { t2 } : {}),
    ...(t4 ? { t4 } : {}),
    title: findTitle(grid),
    sheets: grid.sheets.map((s) => s.name),
  });
}

type Finder = (index: SheetIndex) => GridCell[];
type Locator = (index: SheetIndex, anchor: GridCell, copies: number) => LocatedTable;

/** The first copy of a table (visible sheets first, top to bottom), knowing how many copies there are. */
function firstTable(sheets: SheetIndex[], find: Finder, locate: Locator): LocatedTable | undefined {
  const found = sheets.map((index) => ({ index, anchors: find(index) })).filter((f) => f.anchors.length > 0);
  const copies = found.reduce((n, f) => n + f.anchors.length, 0);
  const first = found[0];
  return first ? locate(first.index, first.anchors[0]!, copies) : undefined;
}
