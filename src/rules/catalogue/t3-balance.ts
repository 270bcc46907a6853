import { cellKey } from '../../spec/keys.js';
import { T3_COLUMNS, T3_ROWS } from '../../spec/tables.js';
import type { Equation, EquationRule } from '../rule.js';

const name = (id: string) => {
  const row = T3_ROWS.find((r) => r.id === id)!;
  return { zh: row.zh, en: row.en };
};

/** The same for every report: made once (see shared/per-format.ts). */
const EQUATIONS: Equation[] = T3_COLUMNS.map((column) => ({
  table: 't3',
  column: { zh: column.zh, en: column.en },
  expected: ['received', 'carriedIn'].map((row) => ({ key: cellKey('t3', row, column.id), name: name(row) })),
  actual: ['resultTotal', 'carriedOver'].map((row) => ({ key: cellKey('t3', row, column.id), name: name(row) })),
  messageId: 'balance',
}));

export const T3_BALANCE: EquationRule = {
  id: 'T3_BALANCE',
  severity: 'error',
  tables: ['t3'],
  tags: ['表三', 'balance'],
  title: {
    zh: '表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理',
    en: 'Table 3, every column: new + carried in = results total + carried over',
  },
  description: {
    zh: '表三左上角印明的勾稽关系：“第一项加第二项之和，等于第三项加第四项之和”。七列（含总计列）逐列核对。',
    en: 'The balance printed in Table 3’s top-left cell: items one and two add up to items three and four. Checked for all seven columns, the total column included.',
  },
  fix: {
    zh: '逐件核对本年收到的申请：每件申请要么已办结（计入某一办理结果），要么结转下年度。',
    en: 'Recount the requests: each one is either finished (counted under one result) or carried over to next year.',
  },
  messages: {
    balance: {
      zh: '{table}「{column}」列：{expectedTerms} = {expected}，{actualTerms} = {actual}，相差 {difference}',
      en: '{table}, column “{column}”: {expectedTerms} = {expected}, but {actualTerms} = {actual} (difference {difference})',
    },
  },
  equations: () => EQUATIONS,
};
