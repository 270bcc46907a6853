import type { FindingCell } from '../rules/finding.js';

/** A sheet-qualified A1 reference as Excel writes it: quoted when the sheet name needs it. */
export function cellRef(sheet: string, address: string): string {
  const plain = /^[\p{L}\p{N}_]+$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

export const refOf = (cell: FindingCell): string => cellRef(cell.sheet, cell.address);
