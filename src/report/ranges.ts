import { parseAddress } from '../spec/a1.js';

/**
 * Addresses as a person would write them: runs down a column or along a row become ranges,
 * 「J24、J25、…、J46」 → 「J24:J46」. Order of first appearance is kept.
 */
export function compressAddresses(addresses: readonly string[]): string[] {
  const cells = addresses.map(parse).filter((c): c is Parsed => c !== undefined);
  if (cells.length !== addresses.length) return [...addresses];
  const used = new Set<number>();
  const ranges: string[] = [];
  cells.forEach((start, i) => {
    if (used.has(i)) return;
    used.add(i);
    const down = run(cells, used, (c, k) => c.col === start.col && c.row === start.row + k);
    if (down.length > 0) return void ranges.push(`${start.address}:${down.at(-1)!.address}`);
    const across = run(cells, used, (c, k) => c.row === start.row && c.colNumber === start.colNumber + k);
    ranges.push(across.length > 0 ? `${start.address}:${across.at(-1)!.address}` : start.address);
  });
  return ranges;
}

interface Parsed {
  address: string;
  col: string;
  colNumber: number;
  row: number;
}

function parse(address: string): Parsed | undefined {
  const at = /^[A-Z]+\d+$/.test(address) ? parseAddress(address) : undefined;
  return at && { address, col: address.replace(/\d+$/, ''), colNumber: at.col, row: at.row };
}

/** The cells that continue a run one step at a time (k = 1, 2, …), marking them used. */
function run(cells: Parsed[], used: Set<number>, continues: (c: Parsed, k: number) => boolean): Parsed[] {
  const taken: Parsed[] = [];
  for (let k = 1; ; k++) {
    const next = cells.findIndex((c, i) => !used.has(i) && continues(c, k));
    if (next < 0) break;
    used.add(next);
    taken.push(cells[next]!);
  }
  return taken;
}
