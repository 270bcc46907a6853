import type { DocCell, Document } from '../read/document.js';
import { fail, ok, type Result } from '../read/problem.js';
import { gridsOf, type GridIndex } from './grid-index.js';
import type { LocatedReport, LocatedTable } from './located.js';
import { findTable2Anchors, locateTable2 } from './table2.js';
import { findTable3Anchors, locateTable3 } from './table3.js';
import { findTable4Anchors, locateTable4 } from './table4.js';
import { squash } from './normalize.js';
import { findTitle } from './title.js';
import { T3_ROWS, TABLE_TITLES } from '../spec/tables.js';

export interface LocateOptions {
  /**
   * Which copy of the tables to read when a document holds several (last year's kept beside this
   * year's): 1 for the first. 表三 must have that many copies; 表二 and 表四 take the same copy
   * where they have it, and their first otherwise.
   */
  copy?: number;
}

/**
 * Finds 表二, 表三 and 表四 wherever they are in the document, by their official labels. A
 * workbook's visible sheets are searched before its hidden ones; a document's tables in reading
 * order, as one; within either, top to bottom. Without 表三 there is nothing to check.
 */
export function locateReport(document: Document, options: LocateOptions = {}): Result<LocatedReport> {
  const copy = options.copy ?? 1;
  const grids = [...gridsOf(document.tables)].sort((a, b) => Number(a.hidden) - Number(b.hidden));
  const t3Anchors = anchorsOf(grids, findTable3Anchors);
  if (t3Anchors.length === 0) {
    if (!mentionsTheTables(document)) return fail('NO_TABLE3', 'not-a-report');
    return document.tables.length === 0 ? fail('NO_TABLE3', 'no-tables') : fail('NO_TABLE3');
  }
  if (copy > t3Anchors.length) return fail('TABLE_COPY_MISSING', String(t3Anchors.length));
  const t3 = pick(t3Anchors, copy, locateTable3)!;
  const t4 = pick(anchorsOf(grids, findTable4Anchors), copy, locateTable4);
  const t2 = pick(anchorsOf(grids, findTable2Anchors), copy, locateTable2);
  return ok({
    format: document.format,
    t3,
    ...(t2 ? { t2 } : {}),
    ...(t4 ? { t4 } : {}),
    title: findTitle(document),
  });
}

type Finder = (index: GridIndex) => DocCell[];
type Locator = (index: GridIndex, anchor: DocCell, copies: number) => LocatedTable;
type Anchor = { index: GridIndex; cell: DocCell };

/** Every copy of a table: visible sheets first, then top to bottom, left to right. */
function anchorsOf(grids: GridIndex[], find: Finder): Anchor[] {
  return grids.flatMap((index) => find(index).map((cell) => ({ index, cell })));
}

/** The wanted copy (1-based), or the first where there are fewer; it knows which it is and of how many. */
function pick(anchors: Anchor[], copy: number, locate: Locator): LocatedTable | undefined {
  const which = copy <= anchors.length ? copy : 1;
  const chosen = anchors[which - 1];
  return chosen ? { ...locate(chosen.index, chosen.cell, anchors.length), copy: which } : undefined;
}

/**
 * What only a report holds, even one whose tables are pictures: the headings of its three tables
 * (二、主动公开政府信息情况 …) or the label of 表三's first row. The report's title is not enough:
 * a cover letter sending the report (关于报送…年度报告的函) names it too.
 */
const REPORT_MARKS = [TABLE_TITLES.t2.heading, TABLE_TITLES.t3.heading, TABLE_TITLES.t4.heading, T3_ROWS[0]!.label].map((mark) => squash(mark.replace(/^[一二三四五六七八九十]+、/, '')));

/** Whether any text of the document, in its tables or its prose, holds one of the report's marks: if none, the file is no report. */
function mentionsTheTables(document: Document): boolean {
  const texts = [...document.tables.flatMap((table) => table.cells.map((cell) => cell.text)), ...document.prose.map((p) => p.text)];
  return texts.some((text) => {
    const squashed = squash(text);
    return REPORT_MARKS.some((mark) => squashed.includes(mark));
  });
}
