import { cellKey } from '../../../spec/keys.js';
import type { ModelCell } from '../../../model/schema.js';

export const FEE_KEY = cellKey('t2', 'fees', 'feeAmount');

/** 表二's fee written in 元 (「2108000元」): T2_FEE_UNIT's to report, not T2_APPROX's. */
export const isFeeInYuan = (cell: ModelCell) => cell.key === FEE_KEY && cell.status === 'text' && cell.unit === '元';
