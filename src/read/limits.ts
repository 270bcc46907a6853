import type { ReadLimits } from './limits-schema.js';

export type { ReadLimits } from './limits-schema.js';

/** The limits in force unless a configuration or the caller sets others; limits-schema.ts says what each bounds. */
export const defaultLimits: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxTextBytes: 10 * 1024 * 1024,
  maxEntries: 5000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 200,
  maxSheets: 500,
  maxCells: 200_000,
  maxMerges: 2_000,
  maxDepth: 512,
  maxPages: 300,
  maxObjects: 200_000,
  maxReadSeconds: 30,
};
