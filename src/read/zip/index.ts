/** What leaves the zip layer: inflating (Node passes its zlib in) and the guard a writer runs before a library of its own opens the whole workbook. */
export type { InflateRaw } from './inflate.js';
export { portableInflate } from './portable-inflate.js';
export { guardWorkbookZip } from './guard.js';
