import type ExcelJS from 'exceljs';
import { TABLE_NAMES } from '../spec/names.js';
import type { BatchInfo, FileResult } from '../result.js';
import { fixZipTimes } from '../template/fixed-zip-times.js';
import { statusLabel } from './batch-table.js';
import { describeCell, describeSource } from './source.js';
import { VERSION_LABELS } from './format-names.js';
import { present, type PresentedReport } from './present.js';
import type { Lang } from '../spec/text.js';
import { printable } from '../width/printable.js';
import { wrappedLines } from '../width/sheet.js';

const TITLES = {
  zh: {
    files: '文件',
    findings: '问题',
    missing: '未报送',
    fileColumns: ['序号', '文件', '单位', '年度', '格式', '状态', '错误', '警告', '说明'],
    findingColumns: ['序号', '文件', '单位', '表', '规则', '级别', '单元格', '说明', '原文'],
    missingColumns: ['序号', '单位'],
    severity: { error: '错误', warning: '警告' },
  },
  en: {
    files: 'Files',
    findings: 'Findings',
    missing: 'Sent nothing',
    fileColumns: ['No.', 'File', 'Agency', 'Year', 'Format', 'Status', 'Errors', 'Warnings', 'Note'],
    findingColumns: ['No.', 'File', 'Agency', 'Table', 'Rule', 'Severity', 'Cells', 'Message', 'Text'],
    missingColumns: ['No.', 'Unit'],
    severity: { error: 'error', warning: 'warning' },
  },
} as const;

/**
 * The supervisor's workbook: a sheet with a row per file, a sheet with a row per finding, and (with
 * --units) the units that sent nothing — header rows frozen, filters on, columns sized.
 */
export async function layoutSummaryWorkbook(report: PresentedReport, info: BatchInfo | undefined): Promise<Uint8Array> {
  const { lang } = report;
  // A workbook is written whole: its rows are held.
  const presented = [...report.files];
  const { default: ExcelJS } = await import('exceljs');
  const t = TITLES[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xxgk-check';
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 0, 1));

  const files = presented.map((r, i) => [
    i + 1,
    r.path,
    r.unit ?? r.agency ?? '',
    r.year ?? '',
    r.formatVersion ? VERSION_LABELS[r.formatVersion]![lang] : '',
    statusLabel(r.status, lang),
    r.problem ? '' : r.counts.errors,
    r.problem ? '' : r.counts.warnings,
    r.problem ? r.problem.message : '',
  ]);
  addTable(workbook.addWorksheet(t.files), t.fileColumns, files, [6, 48, 28, 8, 16, 10, 8, 8, 60]);

  let n = 0;
  const findings = presented.flatMap((r) =>
    r.findings.map((f) => [
      ++n,
      r.path,
      r.unit ?? r.agency ?? '',
      f.table ? TABLE_NAMES[f.table][lang] : '',
      f.rule,
      t.severity[f.severity],
      f.cells.map((c) => describeCell(c, lang)).join(lang === 'zh' ? '、' : ', '),
      f.message,
      // A prose finding's sentence, where it stands and whole: a supervisor reads it without opening the report.
      f.sentence ? `${describeSource(f.sentence.source, lang)}${lang === 'zh' ? '：' : ': '}${f.sentence.text}` : '',
    ]),
  );
  addTable(workbook.addWorksheet(t.findings), t.findingColumns, findings, [6, 40, 24, 8, 18, 8, 30, 90, 60]);

  if (info?.units)
    addTable(
      workbook.addWorksheet(t.missing),
      t.missingColumns,
      info.units.missing.map((u, i) => [i + 1, u]),
      [6, 40],
    );
  return fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The same, for a library user's results as checked. */
export async function summaryWorkbook(results: readonly FileResult[], info: BatchInfo | undefined, lang: Lang): Promise<Uint8Array> {
  return layoutSummaryWorkbook(present(results, lang), info);
}

function addTable(sheet: ExcelJS.Worksheet, header: readonly string[], rows: (string | number)[][], widths: number[]) {
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  sheet.addRow([...header]).font = { bold: true };
  // The wide columns hold sentences (a note, a message, the report's own words): they wrap.
  const wrapped = widths.flatMap((w, i) => (w >= WRAPPED_WIDTH ? [i] : []));
  for (const given of rows) {
    // A control character in a file's name or a workbook's text is no XML: Excel would refuse the workbook.
    const row = given.map((v) => (typeof v === 'string' ? printable(v) : v));
    const added = sheet.addRow(row);
    // Spreadsheets do not grow a row for wrapped text they did not wrap themselves.
    const lines = Math.max(1, ...wrapped.map((i) => wrappedLines(String(row[i] ?? ''), Math.max(1, widths[i]! - 2))));
    if (lines > 1) added.height = 15 * lines;
  }
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
  for (const i of wrapped) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
}

const WRAPPED_WIDTH = 60;
