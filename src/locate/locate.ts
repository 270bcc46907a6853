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
export interface LocateOptions {
  /**
   * Which copy of the tables to read when a workbook holds several (last year's kept beside this
   * year's): 1 for the first. 表三 must have that many copies; 表二 and 表四 take the same copy
   * where they have it, and their first otherwise.
   */
  copy?: number;
}

export function locateReport(grid: Grid, options: LocateOptions = {}): Result<LocatedReport> {
  const copy = options.copy ?? 1;
  const sheets = [...grid.sheets].sort((a, b) => Number(a.hidden) - Number(b.hidden)).map(indexSheet);
  const t3Anchors = anchorsOf(sheets, findTable3Anchors);
  if (t3Anchors.length === 0) return fail('NO_TABLE3');
  if (copy > t3Anchors.length) return fail('TABLE_COPY_MISSING', String(t3Anchors.length));
  const t3 = pick(t3Anchors, copy, locateTable3)!;
  const t4 = pick(anchorsOf(sheets, findTable4Anchors), copy, locateTable4);
  const t2 = pick(anchorsOf(sheets, findTable2Anchors), copy, locateTable2);
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
type Anchor = { index: SheetIndex; cell: GridCell };

/** Every copy of a table: visible sheets first, then top to bottom, left to right. */
function anchorsOf(sheets: SheetIndex[], find: Finder): Anchor[] {
  return sheets.flatMap((index) => find(index).map((cell) => ({ index, cell })));
}

/** The wanted copy (1-based), or the first where there are fewer; it knows which it is and of how many. */
function pick(anchors: Anchor[], copy: number, locate: Locator): LocatedTable | undefined {
  const which = copy <= anchors.length ? copy : 1;
  const chosen = anchors[which - 1];
  return chosen ? { ...locate(chosen.index, chosen.cell, anchors.length), copy: which } : undefined;
}
