import { blockSumRule } from './shared/t4-block-sum.js';

export const T4_SUM_LD = blockSumRule('T4_SUM_LD', 'suitDirect');
