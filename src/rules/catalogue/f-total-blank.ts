import { findingCell } from '../../model/cited.js';
import type { Draft } from '../finding.js';
import { TABLE_NAMES } from '../../spec/names.js';
import type { CheckRule, Equation } from '../rule.js';
import { formatNumber } from './shared/format-number.js';

export const F_TOTAL_BLANK: CheckRule = {
  id: 'F_TOTAL_BLANK',
  severity: 'error',
  tables: ['t3', 't4'],
  tags: ['sum'],
  title: { zh: '分项不为 0 时总计已填写', en: 'A total is filled in when its parts are not 0' },
  description: {
    zh: '总计单元格空着、分项却有数，公开的表就缺了总计，是错误。不按 0 去核对这些总计（那会报出一连串不存在的错误），而是每张表报一次，列出每个未填的总计和它分项之和。',
    en: 'A total left blank while its parts are not zero leaves the published table without its total: an error. Such totals are not checked as 0 (that would report errors that are not there); each table gets one finding naming every blank total and the sum of its parts.',
  },
  fix: { zh: '填写总计。', en: 'Enter the totals.' },
  messages: {
    totalBlank: {
      zh: '{table}「{where}」：总计（{cell}）未填写，各项之和为 {expected}；请填写总计',
      en: '{table}, “{where}”: the total ({cell}) is blank while the parts add up to {expected}; enter the total',
    },
    totalsBlank: {
      zh: '{table}有 {count} 个总计未填写，其各项之和都不为 0（{cells}，各项之和依次为 {sums}）；请填写总计',
      en: '{table} has {count} totals left blank while their parts are not 0 ({cells}; the parts add up to {sums}); enter the totals',
    },
  },
  check: (report, context) => {
    const byTable = new Map<string, [string, Unfilled][]>();
    for (const entry of context.unfilledTotals) byTable.set(entry[1].equation.table, [...(byTable.get(entry[1].equation.table) ?? []), entry]);
    return [...byTable.values()].map((entries): Draft => {
      const [key, { equation, sum }] = entries[0]!;
      const cells = entries.map(([k]) => findingCell(report.cells[k]!, { zh: '总计', en: 'total' }, 'actual'));
      if (entries.length === 1) {
        return {
          table: equation.table,
          messageId: 'totalBlank',
          params: { where: equation.row ?? equation.column ?? TABLE_NAMES[equation.table] },
          ...(equation.row ? { row: equation.row } : {}),
          ...(equation.column ? { column: equation.column } : {}),
          expected: sum,
          cells: [findingCell(report.cells[key]!, { zh: '总计', en: 'total' }, 'actual')],
        };
      }
      return { table: equation.table, messageId: 'totalsBlank', params: { count: entries.length, sums: listOf(entries.map(([, e]) => formatNumber(e.sum))) }, cells };
    });
  },
};

type Unfilled = { equation: Equation; sum: number };

const listOf = (items: string[]) => ({ zh: items.join('、'), en: items.join(', ') });
