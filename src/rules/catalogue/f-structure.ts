import type { NoteOf, Report, StructureNote, TableId } from '../../model/schema.js';
import type { Source } from '../../read/document.js';
import { T2_SECTIONS, T3_COLUMNS, T3_ROWS, type FormatVersion } from '../../spec/tables.js';
import type { Draft, FindingCell, Text } from '../finding.js';
import { findingCell } from '../engine-cells.js';
import { TABLE_FULL_NAMES, cellNames } from '../names.js';
import type { CheckRule } from '../rule.js';

/** The place a note is about, as a finding's cell: it has no canonical key. */
const noteCell = (source: Source, value: string | null): FindingCell => ({ source, key: '', value });

/** The structure notes of the given codes, as their variants. */
function notesOf<C extends StructureNote['code']>(report: Report, codes: readonly C[]): NoteOf<C>[] {
  return report.structure.filter((n): n is NoteOf<C> => (codes as readonly string[]).includes(n.code));
}

/** The official label of a row or column a table lacks; its ids where the official table has none by them. */
function missingLabel(note: NoteOf<'ROW_MISSING' | 'COLUMN_MISSING'>): Text {
  const { row } = note;
  const column = note.code === 'COLUMN_MISSING' ? note.column : undefined;
  const ids = [row, column].filter((id) => id !== undefined).join('.');
  if (note.table === 't3') {
    const def = note.code === 'ROW_MISSING' ? T3_ROWS.find((r) => r.id === row) : T3_COLUMNS.find((c) => c.id === column);
    return def ? { zh: def.label, en: def.en } : { zh: ids, en: ids };
  }
  const section = T2_SECTIONS.find((s) => s.rows.some((r) => r.id === row));
  const r = section?.rows.find((x) => x.id === row);
  const c = section?.columns.find((x) => x.id === column);
  if (!r) return { zh: ids, en: ids };
  return c ? { zh: `${r.zh}·${c.zh}`, en: `${r.en}, ${c.en}` } : { zh: r.label, en: r.en };
}

const TABLE_ANCHORS: Record<TableId, string> = {
  t2: '第二十条第（一）项',
  t3: '一、本年新收政府信息公开申请数量',
  t4: '行政复议',
};

export const F_TABLE_MISSING: CheckRule = {
  id: 'F_TABLE_MISSING',
  severity: 'error',
  tables: ['t2', 't4'],
  tags: ['structure'],
  title: { zh: '工作簿包含表二和表四', en: 'The workbook holds Tables 2 and 4' },
  description: {
    zh: '年报必须包含表二、表三、表四。表格按官方表头文字查找（可以在任何工作表、任何位置）；表格做成图片或改了表头时找不到。没有表三的文件无法检查。',
    en: 'A report has Tables 2, 3 and 4. They are found by their official labels, on any sheet and at any position; a table pasted as a picture or relabelled is not found. A file without Table 3 cannot be checked at all.',
  },
  fix: { zh: '按官方格式补上该表，保留官方表头文字。', en: 'Add the table in the official layout, keeping its official labels.' },
  messages: {
    missing: {
      zh: '没有找到{tableFull}（按表头“{anchor}”查找）；请按官方格式补上该表',
      en: 'No {tableFull} was found (looked for the label “{anchor}”); add it in the official layout',
    },
  },
  check: (report) =>
    notesOf(report, ['TABLE_MISSING']).map((n) => ({
      table: n.table,
      messageId: 'missing',
      params: { tableFull: TABLE_FULL_NAMES[n.table], anchor: TABLE_ANCHORS[n.table] },
      cells: [],
    })),
};

const VERSION_NAMES: Record<FormatVersion, Text> = {
  '2019': { zh: '2019 年试行格式', en: 'the 2019 trial format' },
  '2021': { zh: '2021 年格式', en: 'the 2021 format' },
};

export const F_VERSION: CheckRule = {
  id: 'F_VERSION',
  severity: 'error',
  tables: ['t2', 't3'],
  tags: ['structure', 'version'],
  title: { zh: '报告年度与表格格式一致', en: 'The report year matches the table format' },
  description: {
    zh: '2019、2020 年度的年报用 2019 年试行格式（国办公开办函〔2019〕60号），2021 年度起用 2021 年格式（国办公开办函〔2021〕30号）。格式由表头识别：表三（六）分三项、表二“本年制发件数”为 2021 格式。表二与表三格式不同也是错误。',
    en: 'Reports for 2019 and 2020 use the 2019 trial format; reports for 2021 on use the 2021 format. The format is told from the labels: (6) split in three in Table 3 and “本年制发件数” in Table 2 mean 2021. Tables 2 and 3 in different formats are an error too.',
  },
  fix: { zh: '换用与报告年度对应的官方格式。', en: 'Use the official format for the report year.' },
  messages: {
    mismatch: {
      zh: '报告年度为 {year} 年，应使用 {expectedFormat}，但表格是 {foundFormat}',
      en: 'The report is for {year}, which takes {expectedFormat}, but the tables are in {foundFormat}',
    },
    conflict: {
      zh: '表二是 {t2Format}，表三却是 {t3Format}；两张表应使用同一格式',
      en: 'Table 2 is in {t2Format} but Table 3 in {t3Format}; both must use one format',
    },
    expectedFormat: {
      zh: '配置要求使用 {expectedFormat}，但表格是 {foundFormat}',
      en: 'The configuration asks for {expectedFormat}, but the tables are in {foundFormat}',
    },
    expectedYear: {
      zh: '配置要求 {expectedYear} 年度的报告，但工作簿标题写的是 {year} 年度',
      en: 'The configuration asks for reports of {expectedYear}, but the workbook’s title says {year}',
    },
    noYear: {
      zh: '配置要求 {expectedYear} 年度的报告，但工作簿中找不到写明年度的标题（如“XX局{expectedYear}年政府信息公开工作年度报告”）',
      en: 'The configuration asks for reports of {expectedYear}, but the workbook has no title stating its year (such as “XX局{expectedYear}年政府信息公开工作年度报告”)',
    },
  },
  check: (report, context) => {
    const drafts: Draft[] = notesOf(report, ['VERSION_CONFLICT']).map((n) => ({
      table: 't2',
      messageId: 'conflict',
      params: { t2Format: VERSION_NAMES[n.t2Version], t3Format: VERSION_NAMES[n.t3Version] },
      cells: [noteCell(n.source, TABLE_ANCHORS.t2), ...tableCell(report, 't3')],
    }));
    const { year, formatVersion, versionFrom } = report;
    if (year !== undefined && year >= 2019 && versionFrom === 'labels') {
      const expected = year >= 2021 ? '2021' : '2019';
      if (expected !== formatVersion) {
        drafts.push({
          table: 't3',
          messageId: 'mismatch',
          params: { year: String(year), expectedFormat: VERSION_NAMES[expected], foundFormat: VERSION_NAMES[formatVersion] },
          cells: [...titleCell(report), ...tableCell(report, 't3')],
        });
      }
    }
    const { expected } = context;
    if (expected.formatVersion && expected.formatVersion !== formatVersion) {
      drafts.push({
        table: 't3',
        messageId: 'expectedFormat',
        params: { expectedFormat: VERSION_NAMES[expected.formatVersion], foundFormat: VERSION_NAMES[formatVersion] },
        cells: tableCell(report, 't3'),
      });
    }
    if (expected.year !== undefined && expected.year !== year) {
      drafts.push({
        messageId: year === undefined ? 'noYear' : 'expectedYear',
        params: { expectedYear: String(expected.year), ...(year !== undefined ? { year: String(year) } : {}) },
        cells: titleCell(report),
      });
    }
    return drafts;
  },
};

function titleCell(report: Report): FindingCell[] {
  const title = report.title;
  return title?.source ? [{ source: title.source, key: 'title', value: title.text }] : [];
}

function tableCell(report: Report, table: TableId): FindingCell[] {
  const info = report.tables[table];
  return info ? [{ source: info.anchor, key: '', value: TABLE_ANCHORS[table] }] : [];
}

export const F_STRUCTURE: CheckRule = {
  id: 'F_STRUCTURE',
  severity: 'error',
  tables: ['t2', 't3', 't4'],
  tags: ['structure'],
  title: { zh: '表格包含官方格式的全部行和列', en: 'Each table has every row and column of the official format' },
  description: {
    zh: '官方格式的每一行、每一列都必须在表中，且表头文字可以识别；缺了就无法核对相关的等式。表四必须正好有 15 个数。',
    en: 'Every row and column of the official format must be there with a recognisable label, or the equations that use it cannot be checked. Table 4 must have exactly 15 values.',
  },
  fix: { zh: '按官方格式补上缺少的行或列，保留官方文字。', en: 'Add the missing row or column with its official label.' },
  messages: {
    rowMissing: { zh: '{table}缺少“{label}”一行', en: '{table} lacks the row “{label}”' },
    columnMissing: { zh: '{table}缺少“{label}”一列（或表头无法识别）', en: '{table} lacks the column “{label}” (or its header cannot be read)' },
    overflow: {
      zh: '{table}“{label}”一行的数比列多（{cell} 多出一个），可能有数字被拆进了两个单元格；没有猜测合并，请核对该行',
      en: '{table}: the row “{label}” has more values than columns ({cell} is one too many), as when a number is split over two cells; nothing was joined by guess, so check the row',
    },
    valueCount: {
      zh: '{tableFull}应有 15 个数（行政复议 5 个、行政诉讼 10 个），只找到 {count} 列表头',
      en: '{tableFull} must have 15 values (5 for review, 10 for litigation); only {count} column headers were found',
    },
  },
  check: (report) =>
    notesOf(report, ['ROW_MISSING', 'COLUMN_MISSING', 'VALUE_COUNT', 'ROW_OVERFLOW']).map((n): Draft => {
      if (n.code === 'ROW_OVERFLOW') return { table: n.table, messageId: 'overflow', params: { label: n.label }, cells: [noteCell(n.source, null)] };
      if (n.code === 'VALUE_COUNT') {
        const params = { tableFull: TABLE_FULL_NAMES[n.table], count: n.found };
        return { table: n.table, messageId: 'valueCount', params, cells: [noteCell(n.source, String(n.found))] };
      }
      const messageId = n.code === 'ROW_MISSING' ? 'rowMissing' : 'columnMissing';
      return { table: n.table, messageId, params: { label: missingLabel(n) }, cells: [noteCell(n.source, null)] };
    }),
};

export const F_EXTRA_ROW: CheckRule = {
  id: 'F_EXTRA_ROW',
  severity: 'warning',
  tables: ['t2', 't3'],
  tags: ['structure'],
  title: { zh: '表中只有官方格式的行', en: 'Tables hold only the official rows' },
  description: {
    zh: '单位自加的小计行（如“（三）不予公开”合计）、省里加的行（如“其他主动公开文件”）或重复的行：能识别，不计入核对，只提示。',
    en: 'An agency’s own subtotal row (e.g. for (3) withheld), a province’s extra row (e.g. 其他主动公开文件) or a repeated row: recognised, left out of every sum, and reported.',
  },
  fix: { zh: '按官方格式删去该行；确需说明的，写在正文中。', en: 'Remove the row to keep the official layout; explain in the text if needed.' },
  messages: {
    subtotal: {
      zh: '{table}“{label}”一行（{cell}）是自加的小计行，不属于官方格式，未计入核对',
      en: '{table}: the row “{label}” ({cell}) is an added subtotal, not in the official format; it was left out of the checks',
    },
    unknown: {
      zh: '{table}“{label}”一行（{cell}）不是官方格式中的行，未计入核对',
      en: '{table}: the row “{label}” ({cell}) is not a row of the official format; it was left out of the checks',
    },
    unlabelled: {
      zh: '{table}在 {cell} 有一行没有行名的数，不属于官方格式，未计入核对',
      en: '{table}: a row of values without a label at {cell} is not a row of the official format; it was left out of the checks',
    },
    duplicate: {
      zh: '{table}“{label}”一行（{cell}）重复出现，只核对了第一次出现的那一行',
      en: '{table}: the row “{label}” ({cell}) appears twice; only the first was checked',
    },
  },
  check: (report) =>
    notesOf(report, ['ROW_SUBTOTAL', 'ROW_UNKNOWN', 'ROW_DUPLICATE']).map((n) => ({
      table: n.table,
      messageId: n.code === 'ROW_SUBTOTAL' ? 'subtotal' : n.code === 'ROW_DUPLICATE' ? 'duplicate' : n.label ? 'unknown' : 'unlabelled',
      params: { tableFull: TABLE_FULL_NAMES[n.table], label: n.label },
      cells: [noteCell(n.source, n.label)],
    })),
};

export const F_EXTRA_COLUMN: CheckRule = {
  id: 'F_EXTRA_COLUMN',
  severity: 'warning',
  tables: ['t3'],
  tags: ['structure'],
  title: { zh: '表中只有官方格式的列', en: 'Tables hold only the official columns' },
  description: {
    zh: '单位自加的列（如“法人或其他组织”的“合计”列）：能识别，其中的数不计入核对，只提示。',
    en: 'A column an agency added (such as a 合计 for legal persons and other organisations): recognised, its values left out of every sum, and reported.',
  },
  fix: { zh: '按官方格式删去该列。', en: 'Remove the column to keep the official layout.' },
  messages: {
    unknown: {
      zh: '{table}的“{label}”列（{cell}）不是官方格式中的列，其中的数未计入核对',
      en: '{table}: the column “{label}” ({cell}) is not a column of the official format; its values were left out of the checks',
    },
  },
  check: (report) =>
    notesOf(report, ['COLUMN_UNKNOWN']).map((n) => ({
      table: n.table,
      messageId: 'unknown',
      params: { label: n.label },
      cells: [noteCell(n.source, n.label)],
    })),
};

export const F_LABELS: CheckRule = {
  id: 'F_LABELS',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['structure', 'labels'],
  title: { zh: '表头文字与官方格式一致', en: 'Labels use the official wording' },
  description: {
    zh: '全角半角、空格换行、引号样式的差别不提示；截短的表头（如“本年新”）按位置识别，表头缺失时按顺序取数，都会提示以便核对。',
    en: 'Full- or half-width punctuation, spaces, line breaks and quote styles are not reported. A truncated header (such as 本年新) is read by position, and a table without headers by order; both are reported so that they can be checked.',
  },
  fix: { zh: '改用官方表头文字。', en: 'Use the official wording.' },
  messages: {
    deviation: {
      zh: '{table}表头“{found}”（{cell}）与官方文字“{official}”不同，已按“{official}”识别',
      en: '{table}: the label “{found}” ({cell}) differs from the official “{official}”; it was read as “{official}”',
    },
    byPosition: {
      zh: '{table}的列表头缺失或与数字对不齐（如从网页粘贴），已按每行从左到右的顺序取数；请核对列的顺序',
      en: '{table} has column headers missing or not above the values (as when pasted from a web page); each row’s values were taken left to right, so check the column order',
    },
    numberInLabel: {
      zh: '{table}“{found}”把数 {number} 和行名写在同一个单元格（{cell}），已按该行第一个数读取；请把数填在自己的单元格里',
      en: '{table}: “{found}” holds the number {number} in the label’s cell ({cell}); it was read as the row’s first value; give it a cell of its own',
    },
    numberInLabelUnread: {
      zh: '{table}“{found}”的行名单元格（{cell}）里还有数 {number}，但该行各列已填满，无法确定它属于哪一列，未读取；请核对该行',
      en: '{table}: the label cell of “{found}” ({cell}) also holds the number {number}, but every column of the row is filled, so it could not be placed and was not read; check the row',
    },
    labelAbove: {
      zh: '{table}“{found}”的行名单独占一行（{cell}），已把紧接其下、没有行名的一行数读作该行；请核对',
      en: '{table}: the label “{found}” stands on a line of its own ({cell}); the unlabelled values just below it were read as its row; check them',
    },
  },
  check: (report) =>
    notesOf(report, ['LABEL_DEVIATION', 'COLUMNS_BY_POSITION', 'VALUE_IN_LABEL', 'NUMBER_IN_LABEL_UNREAD', 'LABEL_ABOVE']).map((n): Draft => {
      switch (n.code) {
        case 'COLUMNS_BY_POSITION':
          return { table: n.table, messageId: 'byPosition', params: {}, cells: [noteCell(n.source, null)] };
        case 'VALUE_IN_LABEL':
        case 'NUMBER_IN_LABEL_UNREAD':
          return {
            table: n.table,
            messageId: n.code === 'VALUE_IN_LABEL' ? 'numberInLabel' : 'numberInLabelUnread',
            params: { found: n.label, number: n.number },
            cells: [noteCell(n.source, n.number)],
          };
        case 'LABEL_ABOVE':
          return { table: n.table, messageId: 'labelAbove', params: { found: n.label }, cells: [noteCell(n.source, n.label)] };
        case 'LABEL_DEVIATION':
          return {
            table: n.table,
            messageId: 'deviation',
            params: { tableFull: TABLE_FULL_NAMES[n.table], found: n.found, official: n.official },
            cells: [noteCell(n.source, n.found)],
          };
      }
    }),
};

export const F_DUPLICATE_TABLE: CheckRule = {
  id: 'F_DUPLICATE_TABLE',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['structure'],
  title: { zh: '每张表只出现一次', en: 'Each table appears once in the workbook' },
  description: {
    zh: '例如把上一年度的表三放在本年度旁边对照。只核对一张：默认第一张（可见工作表优先，自上而下、自左而右），用 --table N 选第 N 张。',
    en: 'For example last year’s Table 3 kept beside this year’s. Only one is checked: the first by default (visible sheets first, top to bottom, left to right), or the Nth with --table N.',
  },
  fix: { zh: '删去多余的表，或把对照用的表移到另一个文件。', en: 'Remove the extra copy or move it to another file.' },
  messages: {
    copies: {
      zh: '工作簿中有 {count} 张{tableFull}，只核对了 {cell} 处的第 {which} 张；要核对另一张，请用 --table 指定',
      en: 'The workbook holds {count} copies of {tableFull}; only copy {which}, at {cell}, was checked; choose another with --table',
    },
  },
  check: (report) =>
    notesOf(report, ['TABLE_COPIES']).map((n) => ({
      table: n.table,
      messageId: 'copies',
      params: { count: n.copies, which: n.copy, tableFull: TABLE_FULL_NAMES[n.table] },
      cells: [noteCell(n.source, null)],
    })),
};

export const F_MERGED_VALUE: CheckRule = {
  id: 'F_MERGED_VALUE',
  severity: 'warning',
  tables: ['t2', 't3', 't4'],
  tags: ['structure'],
  title: { zh: '每个数值有自己的单元格，不在合并单元格内', en: 'Each value has its own cell, not inside a merge' },
  description: {
    zh: '应当填数的位置落在一个合并单元格里，它的值属于合并区域左上角的单元格，这里按空白核对。',
    en: 'A position that should hold a value lies inside a merged range whose value belongs to its top-left cell; it is checked as blank.',
  },
  fix: { zh: '取消该处的合并，每个数填在自己的单元格里。', en: 'Unmerge the cells and give each value its own cell.' },
  messages: {
    covered: {
      zh: '{table}「{row}」行「{column}」列（{cell}）在合并单元格 {master} 之内，按空白核对；请取消合并，把数填在自己的单元格里',
      en: '{table}, row “{row}”, column “{column}” ({cell}) lies inside the merged cell {master} and was checked as blank; unmerge it and give the value its own cell',
    },
  },
  check: (report) =>
    notesOf(report, ['VALUE_COVERED']).map((n) => {
      const cell = report.cells[n.key];
      return {
        table: n.table,
        messageId: 'covered',
        params: { master: n.coveredBy },
        ...(cell ? cellNames(cell, report.formatVersion) : {}),
        cells: [cell ? findingCell(cell) : noteCell(n.source, null)],
      };
    }),
};
