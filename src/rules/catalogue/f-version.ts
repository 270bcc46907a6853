import type { Report } from '../../model/schema.js';
import type { TableId } from '../../spec/tables.js';
import type { FormatVersion } from '../../spec/tables.js';
import type { Draft } from '../finding.js';
import type { FindingCell } from '../../model/cited.js';
import type { Text } from '../../spec/text.js';
import type { CheckRule } from '../rule.js';
import { noteCell, notesOf } from './shared/structure-notes.js';
import { TABLE_ANCHORS } from './shared/table-anchors.js';

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
      zh: '配置要求 {expectedYear} 年度的报告，但报告标题写的是 {year} 年度',
      en: 'The configuration asks for reports of {expectedYear}, but the report’s title says {year}',
    },
    noYear: {
      zh: '配置要求 {expectedYear} 年度的报告，但文件中找不到写明年度的标题（如“XX局{expectedYear}年政府信息公开工作年度报告”）',
      en: 'The configuration asks for reports of {expectedYear}, but the file has no title stating its year (such as “XX局{expectedYear}年政府信息公开工作年度报告”)',
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
