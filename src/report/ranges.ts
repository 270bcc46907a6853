import { addressOf, parseAddress } from '../spec/a1.js';

/** A run of cells down a column or along a row, from its first to its last (the same for one cell). */
export interface Run<T> {
  first: T;
  last: T;
}

/**
 * Cells as a person would list them: runs down a column or along a row become one range
 * (J24、J25、…、J46 → J24:J46), and side-by-side runs of the same rows one block (AB53:AF77).
 * Order of first appearance is kept.
 */
export function compressRuns<T extends { row: number; col: number }>(cells: readonly T[]): Run<T>[] {
  const blocks: Run<T>[] = [];
  for (const run of lineRuns(cells)) {
    const previous = blocks.at(-1);
    const besides = previous && run.first.row === previous.first.row && run.last.row === previous.last.row && run.first.col === previous.last.col + 1 && run.last.col === run.first.col;
    if (besides && previous.first.row !== previous.last.row) blocks[blocks.length - 1] = { first: previous.first, last: run.last };
    else blocks.push(run);
  }
  return blocks;
}

function lineRuns<T extends { row: number; col: number }>(cells: readonly T[]): Run<T>[] {
  const used = new Set<number>();
  const runs: Run<T>[] = [];
  cells.forEach((start, i) => {
    if (used.has(i)) return;
    used.add(i);
    const down = take(cells, used, (c, k) => c.col === start.col && c.row === start.row + k);
    if (down.length > 0) return void runs.push({ first: start, last: down.at(-1)! });
    const across = take(cells, used, (c, k) => c.row === start.row && c.col === start.col + k);
    runs.push({ first: start, last: across.at(-1) ?? start });
  });
  return runs;
}

/** A1 addresses as ranges: 「J24、J25、…、J46」 → 「J24:J46」; anything not an address is left as it is. */
export function compressAddresses(addresses: readonly string[]): string[] {
  const cells = addresses.map((address) => (/^[A-Z]+\d+$/.test(address) ? parseAddress(address) : undefined));
  if (cells.some((c) => c === undefined)) return [...addresses];
  return compressRuns(cells as { row: number; col: number }[]).map(({ first, last }) =>
    first === last ? addressOf(first.row, first.col) : `${addressOf(first.row, first.col)}:${addressOf(last.row, last.col)}`,
  );
}

/** The cells that continue a run one step at a time (k = 1, 2, …), marking them used. */
function take<T extends { row: number; col: number }>(cells: readonly T[], used: Set<number>, continues: (c: T, k: number) => boolean): T[] {
  const taken: T[] = [];
  for (let k = 1; ; k++) {
    const next = cells.findIndex((c, i) => !used.has(i) && continues(c, k));
    if (next < 0) break;
    used.add(next);
    taken.push(cells[next]!);
  }
  return taken;
}
