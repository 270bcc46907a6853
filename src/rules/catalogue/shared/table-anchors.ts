import type { TableId } from '../../../spec/tables.js';

/** The label each table is found by, as the messages quote it. */
export const TABLE_ANCHORS: Record<TableId, string> = {
  t2: '第二十条第（一）项',
  t3: '一、本年新收政府信息公开申请数量',
  t4: '行政复议',
};
