import { z } from 'zod';

/**
 * The reader's output: what a spreadsheet holds, with no idea of what a report is.
 * Only the top-left (master) cell of a merge is kept, so a merged value is never seen twice.
 */
export const CellKind = z.enum([
  'number', // a number, or a formula whose cached result is a number
  'text', // any text, numeric-looking or not: the model decides what it means
  'boolean',
  'date', // a number formatted as a date; `number` holds the serial
  'error', // #DIV/0! and the like, typed or cached from a formula
  'formula-no-result', // a formula saved without its cached result (written by a script, never opened)
]);
export type CellKind = z.infer<typeof CellKind>;

export const GridCell = z.object({
  row: z.number().int().positive(),
  col: z.number().int().positive(),
  address: z.string(),
  kind: CellKind,
  /** The text a person sees (for numbers, the number as written by JavaScript). */
  text: z.string(),
  number: z.number().optional(),
  formula: z.string().optional(),
});
export type GridCell = z.infer<typeof GridCell>;

export const Merge = z.object({
  top: z.number().int(),
  left: z.number().int(),
  bottom: z.number().int(),
  right: z.number().int(),
});
export type Merge = z.infer<typeof Merge>;

export const GridSheet = z.object({
  name: z.string(),
  hidden: z.boolean(),
  /** Non-empty master cells in row-major order. */
  cells: z.array(GridCell),
  merges: z.array(Merge),
});
export type GridSheet = z.infer<typeof GridSheet>;

export const Grid = z.object({
  sheets: z.array(GridSheet),
});
export type Grid = z.infer<typeof Grid>;

export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function addressOf(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}
