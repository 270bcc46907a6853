import { cellKey } from '../../spec/keys.js';
import { T3_COLUMNS, t3ResultRows, type FormatVersion } from '../../spec/tables.js';
import type { Equation, EquationRule } from '../rule.js';
import { equationsPerFormat } from './shared/per-format.js';

/** Each column's results total against the results it lists, in the report's format. */
function resultSums(version: FormatVersion): Equation[] {
  const parts = t3ResultRows(version);
  return T3_COLUMNS.map((column) => ({
    table: 't3',
    column: { zh: column.zh, en: column.en },
    expected: parts.map((row) => ({ key: cellKey('t3', row.id, column.id), name: { zh: row.zh, en: row.en } })),
    actual: [{ key: cellKey('t3', 'resultTotal', column.id), name: { zh: '（七）总计', en: 'results total' } }],
    total: cellKey('t3', 'resultTotal', column.id),
    messageId: 'sum',
  }));
}

export const T3_RESULT_SUM: EquationRule = {
  id: 'T3_RESULT_SUM',
  severity: 'error',
  tables: ['t3'],
  tags: ['表三', 'sum'],
  title: {
    zh: '表三每一列：（七）总计 = （一）至（六）各项办理结果之和',
    en: 'Table 3, every column: results total (7) = the sum of results (1)–(6)',
  },
  description: {
    zh: '“（七）总计”是本年度办理结果的合计；部分公开的注释规定每件申请只计入一种结果，所以各项之和必须等于总计。2019 格式的（六）是一行，2021 格式是三个子项。',
    en: 'Row (7) is the total of this year’s results; the note on partial disclosure counts every request under one result only, so the results add up to it. (6) is one row in the 2019 format and three sub-rows in 2021.',
  },
  fix: {
    zh: '重新加总该列各项办理结果，更正（七）总计或有误的分项。',
    en: 'Add the column’s results again and correct row (7) or the wrong item.',
  },
  messages: {
    sum: {
      zh: '{table}「{column}」列：（七）总计填 {actual}，各项办理结果之和为 {expected}，相差 {difference}',
      en: '{table}, column “{column}”: results total (7) is {actual}, the results add up to {expected} (difference {difference})',
    },
  },
  equations: equationsPerFormat(resultSums),
};
