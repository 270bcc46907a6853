import type { Report } from '../../../model/schema.js';
import { cellList } from '../../../model/cell-list.js';
import type { TableId } from '../../../spec/tables.js';
import type { Draft } from '../../finding.js';
import type { Text } from '../../../spec/text.js';
import { cellDraft } from './cell-draft.js';

/** A count of requests or cases must be a whole number ≥ 0 (表三, 表四). */
export function countDrafts(report: Report, table: TableId): Draft[] {
  const drafts: Draft[] = [];
  for (const cell of cellList(report)) {
    if (cell.table !== table) continue;
    if (cell.status === 'text') drafts.push(cellDraft(cell, 'text'));
    else if (cell.status === 'number' && cell.value !== null) {
      if (cell.value < 0) drafts.push(cellDraft(cell, 'negative'));
      else if (!Number.isInteger(cell.value)) drafts.push(cellDraft(cell, 'fraction'));
    }
  }
  return drafts;
}

export const COUNT_MESSAGES: Record<string, Text> = {
  text: {
    zh: '{table}「{row}」行「{column}」列（{cell}）填的是「{raw}」，不是数字；请填写不小于 0 的整数',
    en: '{table}, row “{row}”, column “{column}” ({cell}) holds “{raw}”, which is not a number; enter a whole number of 0 or more',
  },
  negative: {
    zh: '{table}「{row}」行「{column}」列（{cell}）填的是 {raw}，件数不能为负数',
    en: '{table}, row “{row}”, column “{column}” ({cell}) is {raw}; a count cannot be negative',
  },
  fraction: {
    zh: '{table}「{row}」行「{column}」列（{cell}）填的是 {raw}，件数必须是整数',
    en: '{table}, row “{row}”, column “{column}” ({cell}) is {raw}; a count must be a whole number',
  },
};
