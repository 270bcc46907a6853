import { cellKey } from '../../spec/keys.js';
import { findingCell } from '../../model/cited.js';
import type { Draft } from '../finding.js';
import type { PairRule } from '../rule.js';
import { numberAt } from './shared/number-at.js';

const VALID_ROWS = [
  { id: 'guizhang', zh: '规章', en: 'government rules' },
  { id: 'normative', zh: '规范性文件', en: 'normative documents' },
];

export const XY_T2_VALID: PairRule = {
  id: 'XY_T2_VALID',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', 'cross-year', '2021'],
  title: {
    zh: '表二现行有效件数 ≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数',
    en: 'Table 2: valid now ≈ valid last year + issued − repealed this year',
  },
  description: {
    zh: '只比较两年都用 2021 格式的报告（2020 年的“对外公开总数量”与 2021 年的“现行有效件数”口径不同，不比较）。修改、清理、失效也会改变现行有效件数，所以只是提示。',
    en: 'Only between two reports in the 2021 format (2020’s “total published” is not 2021’s “currently valid”). Revisions, clean-ups and expiry also change the valid count, so this is a warning.',
  },
  fix: { zh: '核对现行有效件数；有修改、清理、失效的，在正文中说明。', en: 'Check the valid count; explain revisions, clean-ups or expiry in the text.' },
  messages: {
    valid: {
      zh: '{table}「{row}」：现行有效件数 {actual}，而上年 {before} + 本年制发 {made} − 本年废止 {repealed} = {expected}，相差 {difference}',
      en: '{table}, “{row}”: {actual} currently valid, but last year’s {before} + {made} issued − {repealed} repealed = {expected} (difference {difference})',
    },
  },
  reads: VALID_ROWS.flatMap((row) => ['valid', 'made', 'repealed'].map((column) => cellKey('t2', row.id, column))),
  pair: ({ current, previous, previousPath }) => {
    if (current.formatVersion !== '2021' || previous.formatVersion !== '2021') return [];
    return VALID_ROWS.flatMap((row): Draft[] => {
      const valid = numberAt(current, cellKey('t2', row.id, 'valid'));
      const made = numberAt(current, cellKey('t2', row.id, 'made'));
      const repealed = numberAt(current, cellKey('t2', row.id, 'repealed'));
      const before = numberAt(previous, cellKey('t2', row.id, 'valid'));
      if (!valid || !made || !repealed || !before) return [];
      const expected = before.value + made.value - repealed.value;
      if (expected === valid.value) return [];
      return [
        {
          table: 't2',
          messageId: 'valid',
          params: { before: before.value, made: made.value, repealed: repealed.value, previousFile: previousPath },
          row: { zh: row.zh, en: row.en },
          expected,
          actual: valid.value,
          difference: valid.value - expected,
          cells: [
            findingCell(valid.cell, { zh: '现行有效件数', en: 'valid' }, 'actual'),
            findingCell(made.cell, { zh: '本年制发件数', en: 'issued' }, 'expected'),
            findingCell(repealed.cell, { zh: '本年废止件数', en: 'repealed' }, 'expected'),
            { ...findingCell(before.cell, { zh: '上年现行有效件数', en: 'valid last year' }, 'expected'), file: previousPath },
          ],
        },
      ];
    });
  },
};
