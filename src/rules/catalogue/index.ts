import type { Rule } from '../rule.js';
import { F_TABLE_MISSING } from './f-table-missing.js';
import { F_VERSION } from './f-version.js';
import { F_STRUCTURE } from './f-structure.js';
import { T3_BALANCE } from './t3-balance.js';
import { T3_RESULT_SUM } from './t3-result-sum.js';
import { T3_ROW_SUM } from './t3-row-sum.js';
import { T3_NONNEG_INT } from './t3-nonneg-int.js';
import { T4_SUM_RV } from './t4-sum-rv.js';
import { T4_SUM_LD } from './t4-sum-ld.js';
import { T4_SUM_LR } from './t4-sum-lr.js';
import { T4_NONNEG_INT } from './t4-nonneg-int.js';
import { T2_NONNEG } from './t2-nonneg.js';
import { F_FORMULA } from './f-formula.js';
import { F_TOTAL_BLANK } from './f-total-blank.js';
import { F_BLANK_CELL } from './f-blank-cell.js';
import { F_PLACEHOLDER } from './f-placeholder.js';
import { T2_APPROX } from './t2-approx.js';
import { T2_FEE_UNIT } from './t2-fee-unit.js';
import { T2_VALID_GE_MADE } from './t2-valid-ge-made.js';
import { T2_PUB_LE_TOTAL } from './t2-pub-le-total.js';
import { F_EXTRA_ROW } from './f-extra-row.js';
import { F_EXTRA_COLUMN } from './f-extra-column.js';
import { F_LABELS } from './f-labels.js';
import { F_DUPLICATE_TABLE } from './f-duplicate-table.js';
import { F_MERGED_VALUE } from './f-merged-value.js';
import { P_REQUESTS } from './p-requests.js';
import { P_RESULTS } from './p-results.js';
import { P_ALL_CONCLUDED } from './p-all-concluded.js';
import { P_REVIEW } from './p-review.js';
import { P_T2 } from './p-t2.js';
import { XY_CARRY } from './xy-carry.js';
import { XY_T2_VALID } from './xy-t2-valid.js';
import { AGG_SUM } from './agg-sum.js';
import { B_DUPLICATE } from './b-duplicate.js';

/** Every rule, in the order findings of equal place are listed and the catalogue is documented. */
export const CATALOGUE: readonly Rule[] = [
  F_TABLE_MISSING,
  F_VERSION,
  F_STRUCTURE,
  T3_BALANCE,
  T3_RESULT_SUM,
  T3_ROW_SUM,
  T3_NONNEG_INT,
  T4_SUM_RV,
  T4_SUM_LD,
  T4_SUM_LR,
  T4_NONNEG_INT,
  T2_NONNEG,
  F_FORMULA,
  F_TOTAL_BLANK,
  F_BLANK_CELL,
  F_PLACEHOLDER,
  T2_APPROX,
  T2_FEE_UNIT,
  T2_VALID_GE_MADE,
  T2_PUB_LE_TOTAL,
  F_EXTRA_ROW,
  F_EXTRA_COLUMN,
  F_LABELS,
  F_DUPLICATE_TABLE,
  F_MERGED_VALUE,
  P_REQUESTS,
  P_RESULTS,
  P_ALL_CONCLUDED,
  P_REVIEW,
  P_T2,
  XY_CARRY,
  XY_T2_VALID,
  AGG_SUM,
  B_DUPLICATE,
];

export function findRule(id: string): Rule | undefined {
  return CATALOGUE.find((r) => r.id === id);
}
