import type { NoteOf } from '../../model/schema.js';
import { T2_SECTIONS, T3_COLUMNS, T3_ROWS } from '../../spec/tables.js';
import type { Draft } from '../finding.js';
import type { Text } from '../../spec/text.js';
import { TABLE_FULL_NAMES } from '../../spec/names.js';
import type { CheckRule } from '../rule.js';
import { noteCell, notesOf } from './shared/structure-notes.js';

export const F_STRUCTURE: CheckRule = {
  id: 'F_STRUCTURE',
  severity: 'error',
  tables: ['t2', 't3', 't4'],
  tags: ['structure'],
  title: { zh: '表格包含官方格式的全部行和列', en: 'Each table has every row and column of the official format' },
  description: {
    zh: '官方格式的每一行、每一列都必须在表中，且表头文字可以识别；缺了就无法核对相关的等式。表四必须正好有 15 个数。',
    en: 'Every row and column of the official format must be there with a recognisable label, or the equations that use it cannot be checked. Table 4 must have exactly 15 values.',
  },
  fix: { zh: '按官方格式补上缺少的行或列，保留官方文字。', en: 'Add the missing row or column with its official label.' },
  messages: {
    rowMissing: { zh: '{table}缺少“{label}”一行', en: '{table} lacks the row “{label}”' },
    columnMissing: { zh: '{table}缺少“{label}”一列（或表头无法识别）', en: '{table} lacks the column “{label}” (or its header cannot be read)' },
    overflow: {
      zh: '{table}“{label}”一行的数比列多（{cell} 多出一个），可能有数字被拆进了两个单元格；没有猜测合并，请核对该行',
      en: '{table}: the row “{label}” has more values than columns ({cell} is one too many), as when a number is split over two cells; nothing was joined by guess, so check the row',
    },
    valueCount: {
      zh: '{tableFull}应有 15 个数（行政复议 5 个、行政诉讼 10 个），只找到 {count} 列表头',
      en: '{tableFull} must have 15 values (5 for review, 10 for litigation); only {count} column headers were found',
    },
  },
  check: (report) =>
    notesOf(report, ['ROW_MISSING', 'COLUMN_MISSING', 'VALUE_COUNT', 'ROW_OVERFLOW']).map((n): Draft => {
      if (n.code === 'ROW_OVERFLOW') return { table: n.table, messageId: 'overflow', params: { label: n.label }, cells: [noteCell(n.source, null)] };
      if (n.code === 'VALUE_COUNT') {
        const params = { tableFull: TABLE_FULL_NAMES[n.table], count: n.found };
        return { table: n.table, messageId: 'valueCount', params, cells: [noteCell(n.source, String(n.found))] };
      }
      const messageId = n.code === 'ROW_MISSING' ? 'rowMissing' : 'columnMissing';
      return { table: n.table, messageId, params: { label: missingLabel(n) }, cells: [noteCell(n.source, null)] };
    }),
};

/** The official label of a row or column a table lacks; its ids where the official table has none by them. */
function missingLabel(note: NoteOf<'ROW_MISSING' | 'COLUMN_MISSING'>): Text {
  const { row } = note;
  const column = note.code === 'COLUMN_MISSING' ? note.column : undefined;
  const ids = [row, column].filter((id) => id !== undefined).join('.');
  if (note.table === 't3') {
    const def = note.code === 'ROW_MISSING' ? T3_ROWS.find((r) => r.id === row) : T3_COLUMNS.find((c) => c.id === column);
    return def ? { zh: def.label, en: def.en } : { zh: ids, en: ids };
  }
  const section = T2_SECTIONS.find((s) => s.rows.some((r) => r.id === row));
  const r = section?.rows.find((x) => x.id === row);
  const c = section?.columns.find((x) => x.id === column);
  if (!r) return { zh: ids, en: ids };
  return c ? { zh: `${r.zh}·${c.zh}`, en: `${r.en}, ${c.en}` } : { zh: r.label, en: r.en };
}
