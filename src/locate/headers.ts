import type { DocCell } from '../read/document.js';
import type { GridIndex } from './grid-index.js';
import type { Deviation, LocatedColumn } from './located.js';
import { labelCore, matchExact, type Candidate } from './normalize.js';

export type { Deviation } from './located.js';

/** A recognised label whose words differ from the official ones (beyond punctuation, spacing and notes). */
export function deviationOf(cell: DocCell, official: string): Deviation | undefined {
  return labelCore(cell.text) === labelCore(official) ? undefined : { source: cell.source, found: cell.text, official };
}

interface HeaderOptions {
  /** The top row of the header block; the search stops there. */
  stopAt: (cell: DocCell) => boolean;
  deviations: Deviation[];
  maxRows?: number;
}

/**
 * Finds column headers in the rows above a table's first data row, to the right of its label
 * column. A header may be one cell, or broken over cells stacked in one column (「商业」 over 「企业」).
 * Where a label is found twice, the one nearest the data wins.
 */
export function findHeaderColumns<T extends { id: string; label: string }>(index: GridIndex, anchor: DocCell, candidates: readonly Candidate<T>[], options: HeaderOptions): LocatedColumn[] {
  const top = Math.max(1, anchor.row - (options.maxRows ?? 8));
  let first = top;
  for (let r = anchor.row - 1; r >= top; r--) {
    if (index.rowCells(r).some(options.stopAt)) {
      first = r;
      break;
    }
  }
  const found = new Map<string, LocatedColumn>();
  const columns = new Map<number, DocCell[]>();
  for (let r = first; r < anchor.row; r++) {
    for (const cell of index.rowCells(r)) {
      if (cell.col <= anchor.col || cell.kind !== 'text') continue;
      let list = columns.get(cell.col);
      if (!list) columns.set(cell.col, (list = []));
      list.push(cell);
    }
  }
  for (const [col, cells] of columns) {
    for (let i = 0; i < cells.length; i++) {
      for (let span = 1; span <= 3 && i + span <= cells.length; span++) {
        const parts = cells.slice(i, i + span);
        if (span > 1 && parts.some((p, k) => k > 0 && p.row !== parts[k - 1]!.row + 1)) break;
        const text = parts.map((p) => p.text).join('');
        const def = matchExact(text, candidates);
        if (!def) continue;
        const previous = found.get(def.id);
        if (!previous || previous.col === col || previous.row < parts[0]!.row) {
          found.set(def.id, { id: def.id, label: text, source: parts[0]!.source, row: parts[0]!.row, col });
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.col - b.col);
}
