import { TABLE_FULL_NAMES } from '../../spec/names.js';
import type { CheckRule } from '../rule.js';
import { noteCell, notesOf } from './shared/structure-notes.js';

export const F_EXTRA_ROW: CheckRule = {
  id: 'F_EXTRA_ROW',
  severity: 'warning',
  tables: ['t2', 't3'],
  tags: ['structure'],
  title: { zh: '表中只有官方格式的行', en: 'Tables hold only the official rows' },
  description: {
    zh: '单位自加的小计行（如“（三）不予公开”合计）、省里加的行（如“其他主动公开文件”）或重复的行：能识别，不计入核对，只提示。',
    en: 'An agency’s own subtotal row (e.g. for (3) withheld), a province’s extra row (e.g. 其他主动公开文件) or a repeated row: recognised, left out of every sum, and reported.',
  },
  fix: { zh: '按官方格式删去该行；确需说明的，写在正文中。', en: 'Remove the row to keep the official layout; explain in the text if needed.' },
  messages: {
    subtotal: {
      zh: '{table}“{label}”一行（{cell}）是自加的小计行，不属于官方格式，未计入核对',
      en: '{table}: the row “{label}” ({cell}) is an added subtotal, not in the official format; it was left out of the checks',
    },
    unknown: {
      zh: '{table}“{label}”一行（{cell}）不是官方格式中的行，未计入核对',
      en: '{table}: the row “{label}” ({cell}) is not a row of the official format; it was left out of the checks',
    },
    unlabelled: {
      zh: '{table}在 {cell} 有一行没有行名的数，不属于官方格式，未计入核对',
      en: '{table}: a row of values without a label at {cell} is not a row of the official format; it was left out of the checks',
    },
    duplicate: {
      zh: '{table}“{label}”一行（{cell}）重复出现，只核对了第一次出现的那一行',
      en: '{table}: the row “{label}” ({cell}) appears twice; only the first was checked',
    },
  },
  check: (report) =>
    notesOf(report, ['ROW_SUBTOTAL', 'ROW_UNKNOWN', 'ROW_DUPLICATE']).map((n) => ({
      table: n.table,
      messageId: n.code === 'ROW_SUBTOTAL' ? 'subtotal' : n.code === 'ROW_DUPLICATE' ? 'duplicate' : n.label ? 'unknown' : 'unlabelled',
      params: { tableFull: TABLE_FULL_NAMES[n.table], label: n.label },
      cells: [noteCell(n.source, n.label)],
    })),
};
