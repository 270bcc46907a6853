import { z } from 'zod';

/**
 * What a file may cost before we refuse it. A real report is tens or hundreds of kilobytes, a few
 * tables and about a thousand cells; every limit is far above that and far below what would
 * exhaust memory. Sizes in a zip are checked twice: as its directory declares them (before anything
 * is inflated), and as the parts actually inflate (headers can lie).
 */
const count = (what: string) => z.number().int().positive().describe(what);

export const ReadLimits = z.object({
  maxFileBytes: count('Largest file read at all, in bytes.'),
  maxTextBytes: count('Largest web page or text file read, in bytes.'),
  maxEntries: count('Most parts (zip entries) in a workbook or Word document.'),
  maxEntryBytes: count('Largest size one part (of a zip, or a compressed stream of a PDF) may inflate to, in bytes.'),
  maxTotalBytes: count('Largest size all parts (or all compressed streams of a PDF) together may inflate to, in bytes.'),
  /** Inflation ratio above which a large entry is taken for a bomb. */
  maxRatio: z.number().positive().describe('Highest compression ratio of a part larger than 10 MB.'),
  maxSheets: count('Most worksheets in a workbook.'),
  maxCells: count('Most cells in all worksheets or tables together.'),
  /** Counted by the reader too; it matters most for the annotated copy: exceljs checks each merge against every other (O(n²)). */
  maxMerges: count('Most merged ranges in all worksheets together.'),
  maxDepth: count('Deepest nesting of elements in a web page or Word document, or of arrays and dictionaries in a PDF.'),
  maxPages: count('Most pages in a PDF.'),
  maxObjects: count('Most objects in a PDF.'),
  /** PDF.js runs in the reading thread; a file that keeps it busy this long is refused. */
  maxReadSeconds: z.number().positive().describe('Longest a PDF may take to read, in seconds.'),
});
export type ReadLimits = z.infer<typeof ReadLimits>;
