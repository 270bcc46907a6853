import type { Lang } from '../spec/text.js';
import type { FileRow } from './engine.js';

/** The columns of the table of files a person can sort by. */
export const SORT_COLUMNS = ['path', 'agency', 'year', 'format', 'errors', 'warnings', 'status'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type Direction = 'ascending' | 'descending';

/** How bad a file's status is, for sorting by status: the unreadable first when descending. */
const STATUS_RANK = { ok: 0, warnings: 1, errors: 2, unreadable: 3 } as const;

/**
 * The rows' order (indexes into `rows`) sorted by one column: text in the language's collation
 * (Chinese by pinyin), numbers as numbers, empty cells last either way, ties in the order checked.
 */
export function sortRows(rows: readonly FileRow[], column: SortColumn, direction: Direction, lang: Lang): number[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const valueOf = (row: FileRow): string | number | null => {
    if (column === 'status') return STATUS_RANK[row.status];
    const value = row[column];
    return value === '' ? null : value;
  };
  return rows
    .map((row, index) => ({ index, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((entry) => entry.index);
}
