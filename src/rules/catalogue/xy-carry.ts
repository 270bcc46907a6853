import { cellKey } from '../../spec/keys.js';
import { T3_COLUMNS } from '../../spec/tables.js';
import { findingCell } from '../../model/cited.js';
import type { Draft } from '../finding.js';
import type { PairRule } from '../rule.js';
import { numberAt } from './shared/number-at.js';

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
