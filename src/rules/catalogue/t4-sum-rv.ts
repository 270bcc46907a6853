import { blockSumRule } from './shared/t4-block-sum.js';

export const T4_SUM_RV = blockSumRule('T4_SUM_RV', 'review');
