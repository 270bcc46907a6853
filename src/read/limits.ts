import { z } from 'zod';

/** What a file may cost before we refuse it. A real report workbook is tens of kilobytes. */
export const ReadLimits = z.object({
  maxFileBytes: z.number().int().positive(),
  maxEntries: z.number().int().positive(),
  maxEntryBytes: z.number().int().positive(),
  maxTotalBytes: z.number().int().positive(),
  /** Inflation ratio above which a large entry is taken for a bomb. */
  maxRatio: z.number().positive(),
  maxSheets: z.number().int().positive(),
  /** Cells in one sheet; a report has a few hundred. */
  maxCells: z.number().int().positive(),
});
export type ReadLimits = z.infer<typeof ReadLimits>;

export const defaultLimits: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 5000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 200,
  maxSheets: 500,
  maxCells: 200_000,
};
