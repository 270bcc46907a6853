import { findingCell } from '../../model/cited.js';
import type { Draft } from '../finding.js';
import { cellNames } from '../../spec/names.js';
import type { RegionRule } from '../rule.js';

export const AGG_SUM: RegionRule = {
  id: 'AGG_SUM',
  severity: 'error',
  tables: ['t2', 't3', 't4'],
  tags: ['region', 'sum'],
  title: { zh: '汇总报告每个单元格 = 各单位报告同一单元格之和', en: 'Every cell of a region’s summary = the sum of its agencies’ cells' },
  description: {
    zh: '本行政区域的汇总年报，表二、表三、表四每个数都应等于所辖各编制主体年报同一位置数字之和（同一年度、同一格式）。用 --summary 指定汇总表，其余文件为各单位的年报。',
    en: 'A region’s summary report holds, in every cell of Tables 2–4, the sum of the same cell over its agencies’ reports (same year, same format). Name the summary with --summary; the other files are the agencies’ reports.',
  },
  fix: { zh: '用 xxgk-check sum 重新汇总，或找出漏报、重复的单位。', en: 'Sum again with xxgk-check sum, or find the agency left out or counted twice.' },
  messages: {
    sum: {
      zh: '汇总{table}「{row}」「{column}」（{cell}）填 {actual}，{count} 个单位之和为 {expected}，相差 {difference}',
      en: 'Summary {table}, “{row}”, “{column}” ({cell}) is {actual}, but the {count} agencies add up to {expected} (difference {difference})',
    },
  },
  region: ({ summary, sums, count }) =>
    Object.values(summary.cells).flatMap((cell): Draft[] => {
      const expected = sums[cell.key];
      const actual = cell.status === 'number' ? cell.value : cell.status === 'blank' || cell.status === 'placeholder' ? 0 : null;
      if (expected === undefined || actual === null || Math.abs(expected - actual) < 1e-9) return [];
      const difference = Math.round((actual - expected) * 1e9) / 1e9;
      return [
        {
          table: cell.table,
          messageId: 'sum',
          params: { count },
          ...cellNames(cell, summary.formatVersion),
          expected,
          actual,
          difference,
          cells: [findingCell(cell, undefined, 'actual')],
        },
      ];
    }),
};
