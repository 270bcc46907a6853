import { T4_BLOCKS, T4_OUTCOMES } from '../../../spec/tables.js';
import type { Equation, EquationRule } from '../../rule.js';
import { rowSumEquation } from './row-sum.js';

/** 表四's three blocks each end in a 总计 of their four outcomes: one rule per block, as the specification names them. */
export function blockSumRule(id: string, blockId: string): EquationRule {
  const block = T4_BLOCKS.find((b) => b.id === blockId)!;
  const outcomes = T4_OUTCOMES.filter((o) => o.id !== 'total');
  // The same for every report: made once (see per-format.ts).
  const equations: Equation[] = [rowSumEquation('t4', block, outcomes)];
  return {
    id,
    severity: 'error',
    tables: ['t4'],
    tags: ['表四', 'sum'],
    title: {
      zh: `表四「${block.zh}」：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
      en: `Table 4, ${block.en}: total = upheld + corrected + other + pending`,
    },
    description: {
      zh: `表四“${block.zh}”一栏的总计是四种结果之和。`,
      en: `The total of Table 4’s “${block.en}” block is the sum of its four outcomes.`,
    },
    fix: { zh: '重新加总四种结果，更正总计或有误的一项。', en: 'Add the four outcomes again and correct the total or the wrong outcome.' },
    messages: {
      sum: {
        zh: '{table}「{row}」：总计填 {actual}，{expectedTerms} = {expected}，相差 {difference}',
        en: '{table}, “{row}”: the total is {actual}, but {expectedTerms} = {expected} (difference {difference})',
      },
    },
    equations: () => equations,
  };
}
