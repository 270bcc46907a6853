import type { ModelCell } from '../../model/schema.js';
import { findingCell } from '../../model/cited.js';
import { cellList } from '../../model/cell-list.js';
import type { Draft } from '../finding.js';
import type { CheckRule } from '../rule.js';

export const F_FORMULA: CheckRule = {
  id: 'F_FORMULA',
  severity: 'error',
  tables: ['t2', 't3', 't4'],
  tags: ['value', 'formula'],
  title: { zh: '公式单元格有可用的计算结果', en: 'Formula cells have a usable saved result' },
  description: {
    zh: '公式按 Excel/WPS 保存的计算结果读取，本工具不重新计算。由程序生成、从未在 Excel/WPS 中打开保存的文件没有计算结果；公式出错（#DIV/0! 等）也无法核对。',
    en: 'Formulas are read by the result Excel or WPS saved; this tool does not recalculate. A file written by a program and never opened has no results; a formula error (#DIV/0! …) cannot be checked either.',
  },
  fix: {
    zh: '用 Excel 或 WPS 打开文件、确认公式无误后保存一次，再检查。',
    en: 'Open the file in Excel or WPS, fix any formula error, save it, and check again.',
  },
  messages: {
    noResult: {
      zh: '{table}有 {count} 个公式单元格没有保存计算结果（{cells}），无法核对；请用 Excel 或 WPS 打开后保存一次',
      en: '{table} has {count} formula cell(s) saved without a result ({cells}) that cannot be checked; open the file in Excel or WPS and save it',
    },
    error: {
      zh: '{table}有 {count} 个单元格的公式计算出错（{cells}），无法核对',
      en: '{table} has {count} cell(s) whose formula gives an error ({cells}); they cannot be checked',
    },
  },
  check: (report) => {
    const groups = new Map<string, ModelCell[]>();
    for (const cell of cellList(report)) {
      if (cell.status !== 'formula-no-result' && cell.status !== 'error') continue;
      const id = `${cell.table}|${cell.status}`;
      const group = groups.get(id);
      if (group) group.push(cell);
      else groups.set(id, [cell]);
    }
    return (['t2', 't3', 't4'] as const).flatMap((table) =>
      (['formula-no-result', 'error'] as const).flatMap((status): Draft[] => {
        const cells = groups.get(`${table}|${status}`);
        if (!cells) return [];
        const messageId = status === 'error' ? 'error' : 'noResult';
        return [{ table, messageId, params: { count: cells.length }, cells: cells.map((c) => findingCell(c)) }];
      }),
    );
  },
};
