import type { ModelCell, Report } from '../../model/schema.js';
import { cellKey } from '../../model/keys.js';
import { findingCell } from '../engine-cells.js';
import type { Draft } from '../finding.js';
import { cellNames, rowName } from '../names.js';
import type { CheckRule } from '../rule.js';
import { cellDraft } from './count-values.js';

/** Columns of 表二 that hold amounts of money (decimals allowed) or signed changes (negatives allowed). */
const AMOUNT_COLUMNS = new Set(['feeAmount', 'amount']);
const SIGNED_COLUMNS = new Set(['change']);
const FEE_KEY = cellKey('t2', 'fees', 'feeAmount');
/** 100 亿元, in 万元: more than any agency collects, so the figure was written in 元. */
const FEE_PLAUSIBLE_MAX = 1_000_000;

const t2Cells = (report: Report) => Object.values(report.cells).filter((c) => c.table === 't2');

export const T2_NONNEG: CheckRule = {
  id: 'T2_NONNEG',
  severity: 'error',
  tables: ['t2'],
  tags: ['表二', 'value'],
  title: { zh: '表二件数是不小于 0 的整数', en: 'Table 2 counts are whole numbers of 0 or more' },
  description: {
    zh: '表二的件数、项目数、决定数是整数且不小于 0；“本年增/减”可以为负，金额可以有小数。',
    en: 'Counts of documents, items and decisions are whole numbers of 0 or more; “change this year” may be negative and amounts may have decimals.',
  },
  fix: { zh: '填写整数件数。', en: 'Enter a whole number.' },
  messages: {
    negative: {
      zh: '{table}「{row}」「{column}」（{cell}）填的是 {raw}，不能为负数',
      en: '{table}, “{row}”, “{column}” ({cell}) is {raw}; it cannot be negative',
    },
    fraction: {
      zh: '{table}「{row}」「{column}」（{cell}）填的是 {raw}，件数必须是整数',
      en: '{table}, “{row}”, “{column}” ({cell}) is {raw}; a count must be a whole number',
    },
  },
  check: (report) =>
    t2Cells(report).flatMap((cell): Draft[] => {
      if (cell.status !== 'number' || cell.value === null) return [];
      if (cell.value < 0 && !SIGNED_COLUMNS.has(cell.column)) return [cellDraft(cell, 'negative', report.formatVersion)];
      if (!Number.isInteger(cell.value) && !AMOUNT_COLUMNS.has(cell.column)) return [cellDraft(cell, 'fraction', report.formatVersion)];
      return [];
    }),
};

const isFeeInYuan = (cell: ModelCell) => cell.key === FEE_KEY && cell.status === 'text' && cell.unit === '元';

export const T2_APPROX: CheckRule = {
  id: 'T2_APPROX',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', 'value'],
  title: { zh: '表二填确切的数字而不是文字', en: 'Table 2 holds exact numbers, not words' },
  description: {
    zh: '如“10000件以上”“2108000元”：带单位或约数的文字不能参与核对，原文保留在报告中。',
    en: 'Such as “10000件以上” or “2108000元”: text with a unit or an approximation cannot be checked; the text is kept as written.',
  },
  fix: {
    zh: '只填数字（单位已印在表头里），如 10000；确实无法统计的，在正文中说明。',
    en: 'Enter the number alone (the unit is in the header), e.g. 10000; explain in the text if it cannot be counted.',
  },
  messages: {
    approx: {
      zh: '{table}「{row}」「{column}」（{cell}）填的是「{raw}」，不是确切数字，未参与核对',
      en: '{table}, “{row}”, “{column}” ({cell}) holds “{raw}”, not an exact number; it was not checked',
    },
  },
  check: (report) => t2Cells(report).filter((c) => c.status === 'text' && !isFeeInYuan(c)).map((c) => cellDraft(c, 'approx', report.formatVersion)),
};

export const T2_FEE_UNIT: CheckRule = {
  id: 'T2_FEE_UNIT',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', 'value', '2021'],
  title: { zh: '表二行政事业性收费金额以万元为单位', en: 'Table 2 fees are in units of 10,000 yuan' },
  description: {
    zh: '2021 格式的表头印明“本年收费金额（单位：万元）”。填“元”或过大的数，多半是单位写错了。',
    en: 'The 2021 header says the fee is in 万元 (10,000 yuan). A figure in 元, or one implausibly large, was probably written in the wrong unit.',
  },
  fix: { zh: '换算成万元填写，只填数字（如 12.5）。', en: 'Convert to 万元 and enter the number alone (e.g. 12.5).' },
  messages: {
    yuan: {
      zh: '{table}「行政事业性收费」（{cell}）填的是「{raw}」，单位应为万元，请换算后只填数字',
      en: '{table}, administrative fees ({cell}) holds “{raw}”; the unit is 10,000 yuan: convert and enter the number alone',
    },
    large: {
      zh: '{table}「行政事业性收费」（{cell}）为 {raw} 万元，金额过大，请确认是否按“元”填写了',
      en: '{table}, administrative fees ({cell}) is {raw} × 10,000 yuan, which is implausibly large: was it entered in yuan?',
    },
  },
  check: (report) => {
    const cell = report.cells[FEE_KEY];
    if (!cell || report.formatVersion !== '2021') return [];
    if (isFeeInYuan(cell)) return [cellDraft(cell, 'yuan', report.formatVersion)];
    if (cell.status === 'number' && (cell.value ?? 0) > FEE_PLAUSIBLE_MAX) return [cellDraft(cell, 'large', report.formatVersion)];
    return [];
  },
};

/** A soft inequality between two cells of one 表二 row: `smaller` should not exceed `larger`. */
function notGreater(report: Report, row: string, smaller: string, larger: string, messageId: string): Draft[] {
  const a = report.cells[cellKey('t2', row, smaller)];
  const b = report.cells[cellKey('t2', row, larger)];
  if (!a || !b || a.status !== 'number' || b.status !== 'number' || a.value === null || b.value === null) return [];
  if (a.value <= b.value) return [];
  const names = (c: ModelCell) => cellNames(c, report.formatVersion).column;
  return [
    {
      table: 't2',
      messageId,
      params: {},
      row: rowName('t2', row),
      expected: a.value,
      actual: b.value,
      difference: b.value - a.value,
      cells: [findingCell(a, names(a), 'expected'), findingCell(b, names(b), 'actual')],
    },
  ];
}

export const T2_VALID_GE_MADE: CheckRule = {
  id: 'T2_VALID_GE_MADE',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', '2021'],
  title: { zh: '表二现行有效件数不小于本年制发件数', en: 'Table 2: currently valid ≥ issued this year' },
  description: {
    zh: '本年制发的文件一般仍然有效，所以现行有效件数通常不小于本年制发件数；只有当年制发又当年废止时才会相反。',
    en: 'Documents issued this year are normally still valid, so the valid count is at least the issued count, unless some were repealed in the same year.',
  },
  fix: { zh: '核对现行有效件数是否包含了本年制发的文件。', en: 'Check that the valid count includes this year’s documents.' },
  messages: {
    validLess: {
      zh: '{table}「{row}」：现行有效件数 {actual} 小于本年制发件数 {expected}，请核对（当年制发又废止的除外）',
      en: '{table}, “{row}”: currently valid ({actual}) is less than issued this year ({expected}); check it unless some were repealed the same year',
    },
  },
  check: (report) =>
    report.formatVersion === '2021'
      ? ['guizhang', 'normative'].flatMap((row) => notGreater(report, row, 'made', 'valid', 'validLess'))
      : [],
};

export const T2_PUB_LE_TOTAL: CheckRule = {
  id: 'T2_PUB_LE_TOTAL',
  severity: 'warning',
  tables: ['t2'],
  tags: ['表二', '2019'],
  title: { zh: '表二本年新公开数量不大于对外公开总数量', en: 'Table 2: newly published ≤ total published' },
  description: {
    zh: '2019 格式：对外公开总数量包含本年新公开的文件，不应小于本年新公开数量。',
    en: '2019 format: the total published includes this year’s, so it cannot be smaller.',
  },
  fix: { zh: '核对两个数的口径。', en: 'Check how the two figures were counted.' },
  messages: {
    publishedMore: {
      zh: '{table}「{row}」：本年新公开数量 {expected} 大于对外公开总数量 {actual}',
      en: '{table}, “{row}”: newly published ({expected}) exceeds total published ({actual})',
    },
  },
  check: (report) =>
    report.formatVersion === '2019'
      ? ['guizhang', 'normative'].flatMap((row) => notGreater(report, row, 'newPublished', 'totalPublished', 'publishedMore'))
      : [],
};
