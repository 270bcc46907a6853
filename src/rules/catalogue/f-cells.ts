import type { ModelCell, Report, ValueStatus } from '../../model/schema.js';
import { findingCell } from '../engine-cells.js';
import type { Draft } from '../finding.js';
import { TABLE_NAMES, rowName } from '../names.js';
import type { CheckRule, Equation } from '../rule.js';

/**
 * Cells of one status grouped by table, so that a row left empty, or a column a page leaves blank
 * from top to bottom, is one finding, not seven or a hundred; a group within one row names the row.
 */
function byTable(report: Report, status: ValueStatus, skip: (c: ModelCell) => boolean = () => false): Draft[] {
  const groups = new Map<string, ModelCell[]>();
  for (const cell of Object.values(report.cells)) {
    if (cell.status !== status || skip(cell)) continue;
    groups.set(cell.table, [...(groups.get(cell.table) ?? []), cell]);
  }
  return [...groups.values()].map((cells) => {
    const oneRow = cells.every((c) => c.row === cells[0]!.row);
    return {
      table: cells[0]!.table,
      messageId: oneRow ? status : `${status}Cells`,
      params: { count: cells.length, raws: [...new Set(cells.map((c) => c.raw.trim()))].join('」「') },
      ...(oneRow ? { row: rowName(cells[0]!.table, cells[0]!.row) } : {}),
      cells: cells.map((c) => findingCell(c)),
    };
  });
}

export const F_BLANK_CELL: CheckRule = {
  id: 'F_BLANK_CELL',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['value'],
  title: { zh: '表格没有空白单元格', en: 'No table cell is left blank' },
  description: {
    zh: '空白单元格按 0 参与核对，但公开的年报应当写明 0，以免读者以为漏填。',
    en: 'Blank cells count as 0 in the checks, but a published report should say 0 so that readers do not think it was left out.',
  },
  fix: { zh: '没有数据的单元格填 0。', en: 'Enter 0 where there is nothing to count.' },
  messages: {
    blank: {
      zh: '{table}「{row}」行有 {count} 个空白单元格（{cells}），已按 0 核对；没有数据请填 0',
      en: '{table}, row “{row}” has {count} blank cell(s) ({cells}), checked as 0; enter 0 where there is nothing',
    },
    blankCells: {
      zh: '{table}有 {count} 个空白单元格（{cells}），已按 0 核对；没有数据请填 0',
      en: '{table} has {count} blank cells ({cells}), checked as 0; enter 0 where there is nothing',
    },
  },
  // A blank total whose parts are not 0 is F_TOTAL_BLANK's: the table lacks its total, not a 0.
  check: (report, context) => byTable(report, 'blank', (c) => context.unfilledTotals.has(c.key)),
};

export const F_PLACEHOLDER: CheckRule = {
  id: 'F_PLACEHOLDER',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['value'],
  title: { zh: '填数字，而不是“/”“-”“—”“无”等符号', en: 'Numbers, not “/”, “-”, “—” or “无”' },
  description: {
    zh: '这些符号按 0 参与核对并逐一列出，而不是悄悄当作 0。表二“规章”一行填“/”表示本机关无规章制定权，不提示。',
    en: 'These marks are checked as 0 and listed, never silently taken for 0. “/” on Table 2’s 规章 row means the agency makes no rules and is accepted.',
  },
  fix: { zh: '填写数字，没有就填 0。', en: 'Enter a number, 0 when there is none.' },
  messages: {
    placeholder: {
      zh: '{table}「{row}」行 {cells} 填的是「{raws}」，已按 0 核对；请填写数字，没有就填 0',
      en: '{table}, row “{row}”: {cells} hold “{raws}”, checked as 0; enter a number, 0 when there is none',
    },
    placeholderCells: {
      zh: '{table}有 {count} 个单元格填的是「{raws}」（{cells}），已按 0 核对；请填写数字，没有就填 0',
      en: '{table} has {count} cells holding “{raws}” ({cells}), checked as 0; enter a number, 0 when there is none',
    },
  },
  check: (report) => byTable(report, 'placeholder', (c) => c.table === 't2' && c.row === 'guizhang'),
};

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
    for (const cell of Object.values(report.cells)) {
      if (cell.status !== 'formula-no-result' && cell.status !== 'error') continue;
      const id = `${cell.table}|${cell.status}`;
      groups.set(id, [...(groups.get(id) ?? []), cell]);
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

export const F_TOTAL_BLANK: CheckRule = {
  id: 'F_TOTAL_BLANK',
  severity: 'error',
  tables: ['t3', 't4'],
  tags: ['sum'],
  title: { zh: '分项不为 0 时总计已填写', en: 'A total is filled in when its parts are not 0' },
  description: {
    zh: '总计单元格空着、分项却有数，公开的表就缺了总计，是错误。不按 0 去核对这些总计（那会报出一连串不存在的错误），而是每张表报一次，列出每个未填的总计和它分项之和。',
    en: 'A total left blank while its parts are not zero leaves the published table without its total: an error. Such totals are not checked as 0 (that would report errors that are not there); each table gets one finding naming every blank total and the sum of its parts.',
  },
  fix: { zh: '填写总计。', en: 'Enter the totals.' },
  messages: {
    totalBlank: {
      zh: '{table}「{where}」：总计（{cell}）未填写，各项之和为 {expected}；请填写总计',
      en: '{table}, “{where}”: the total ({cell}) is blank while the parts add up to {expected}; enter the total',
    },
    totalsBlank: {
      zh: '{table}有 {count} 个总计未填写，其各项之和都不为 0（{cells}，各项之和依次为 {sums}）；请填写总计',
      en: '{table} has {count} totals left blank while their parts are not 0 ({cells}; the parts add up to {sums}); enter the totals',
    },
  },
  check: (report, context) => {
    const byTable = new Map<string, [string, Unfilled][]>();
    for (const entry of context.unfilledTotals) byTable.set(entry[1].equation.table, [...(byTable.get(entry[1].equation.table) ?? []), entry]);
    return [...byTable.values()].map((entries): Draft => {
      const [key, { equation, sum }] = entries[0]!;
      const cells = entries.map(([k]) => findingCell(report.cells[k]!, { zh: '总计', en: 'total' }, 'actual'));
      if (entries.length === 1) {
        return {
          table: equation.table,
          messageId: 'totalBlank',
          params: { where: equation.row ?? equation.column ?? TABLE_NAMES[equation.table] },
          ...(equation.row ? { row: equation.row } : {}),
          ...(equation.column ? { column: equation.column } : {}),
          expected: sum,
          cells: [findingCell(report.cells[key]!, { zh: '总计', en: 'total' }, 'actual')],
        };
      }
      return { table: equation.table, messageId: 'totalsBlank', params: { count: entries.length, sums: listOf(entries.map(([, e]) => formatNumber(e.sum))) }, cells };
    });
  },
};

type Unfilled = { equation: Equation; sum: number };

const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6));
const listOf = (items: string[]) => ({ zh: items.join('、'), en: items.join(', ') });
