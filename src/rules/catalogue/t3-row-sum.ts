import { T3_COLUMNS, t3Rows } from '../../spec/tables.js';
import type { EquationRule } from '../rule.js';
import { equationsPerFormat } from './shared/per-format.js';
import { rowSumEquation } from './shared/row-sum.js';

const parts = T3_COLUMNS.filter((c) => c.id !== 'total');

export const T3_ROW_SUM: EquationRule = {
  id: 'T3_ROW_SUM',
  severity: 'error',
  tables: ['t3'],
  tags: ['表三', 'sum'],
  title: {
    zh: '表三每一行：总计列 = 六类申请人之和',
    en: 'Table 3, every row: the total column = the six applicant columns',
  },
  description: {
    zh: '“总计”列是自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和；表中没有“法人或其他组织”小计列。',
    en: 'The total column is natural persons plus the five kinds of organisation; the table has no subtotal column for organisations.',
  },
  fix: {
    zh: '重新加总该行六列，更正总计列或有误的一列。',
    en: 'Add the row’s six columns again and correct the total or the wrong column.',
  },
  messages: {
    sum: {
      zh: '{table}「{row}」行：总计列填 {actual}，{expectedTerms} = {expected}，相差 {difference}',
      en: '{table}, row “{row}”: the total column is {actual}, but {expectedTerms} = {expected} (difference {difference})',
    },
  },
  equations: equationsPerFormat((version) => t3Rows(version).map((row) => rowSumEquation('t3', row, parts))),
};
