import { cellKey } from '../../model/keys.js';
import type { Report } from '../../model/schema.js';
import { T3_COLUMNS } from '../../spec/tables.js';
import { findingCell } from '../engine-cells.js';
import type { Draft } from '../finding.js';
import type { PairRule } from '../rule.js';

const numberAt = (report: Report, key: string) => {
  const cell = report.cells[key];
  return cell && cell.status === 'number' && cell.value !== null ? { cell, value: cell.value } : undefined;
};

export const XY_CARRY: PairRule = {
  id: 'XY_CARRY',
  severity: 'error',
  tables: ['t3'],
  tags: ['表三', 'cross-year'],
  title: {
    zh: '表三每一列：本年“上年结转” = 上一年度报告的“结转下年度继续办理”',
    en: 'Table 3, every column: carried in this year = carried over in last year’s report',
  },
  description: {
    zh: '同一单位相邻两年的年报：今年的“二、上年结转政府信息公开申请数量”就是去年的“四、结转下年度继续办理”。机构改革、更正上年数据、报告主体变化时可能不等，需要在正文中说明。2019 与 2021 格式的表三可以比较。',
    en: 'For one agency’s reports of consecutive years, this year’s “carried in” is last year’s “carried over”. A reorganisation, a correction of last year’s figures or a change of reporting body can break it, and must be explained in the text. Table 3 compares across the 2019 and 2021 formats.',
  },
  fix: {
    zh: '核对两年的数字；上年数据有更正的，在正文中说明。',
    en: 'Check both years’ figures; explain any correction of last year’s data in the text.',
  },
  messages: {
    carry: {
      zh: '{table}「{column}」列：本年“上年结转”填 {actual}（{cell}），而 {previousYear} 年度报告（{previousFile}）的“结转下年度继续办理”是 {expected}，相差 {difference}',
      en: '{table}, column “{column}”: carried in this year is {actual} ({cell}), but the {previousYear} report ({previousFile}) carried over {expected} (difference {difference})',
    },
  },
  reads: T3_COLUMNS.flatMap((c) => [cellKey('t3', 'carriedIn', c.id), cellKey('t3', 'carriedOver', c.id)]),
  pair: ({ current, previous, previousPath }) =>
    T3_COLUMNS.flatMap((column): Draft[] => {
      const now = numberAt(current, cellKey('t3', 'carriedIn', column.id));
      const before = numberAt(previous, cellKey('t3', 'carriedOver', column.id));
      if (!now || !before || now.value === before.value) return [];
      return [
        {
          table: 't3',
          messageId: 'carry',
          params: { previousFile: previousPath, previousYear: String(previous.year ?? '') },
          column: { zh: column.zh, en: column.en },
          expected: before.value,
          actual: now.value,
          difference: now.value - before.value,
          cells: [
            findingCell(now.cell, { zh: '上年结转', en: 'carried in' }, 'actual'),
            { ...findingCell(before.cell, { zh: '上一年度·结转下年度', en: 'last year, carried over' }, 'expected'), file: previousPath },
          ],
        },
      ];
    }),
};

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
