import { describe, expect, it } from 'vitest';
import { locateReport } from '../../src/locate/locate.js';
import type { Document } from '../../src/read/document.js';
import { CASES } from '../support/fixtures.js';
import { modelOf, valuesOf } from '../support/pipeline.js';

describe('tables are found by label, wherever and however they are laid out', () => {
  for (const c of CASES.filter((x) => x.sameAs)) {
    it(`${c.file} reads to the same model as ${c.sameAs}`, async () => {
      const [variant, original] = await Promise.all([modelOf(c.file), modelOf(c.sameAs!)]);
      expect(valuesOf(variant)).toEqual(valuesOf(original));
      expect(variant.formatVersion).toBe(original.formatVersion);
    });
  }

  it.each([
    ['real/libreoffice/seed-jining-2020.xlsx', 'seed-jining-2020.xlsx'],
    ['real/libreoffice/clean-2021.xlsx', 'clean-2021.xlsx'],
    ['real/libreoffice/clean-2019.xlsx', 'clean-2019.xlsx'],
    ['real/libreoffice/formulas-2021.xlsx', 'clean-2021.xlsx'],
    ['real/gnumeric/seed-jining-2020.xlsx', 'seed-jining-2020.xlsx'],
    ['real/gnumeric/clean-2021.xlsx', 'clean-2021.xlsx'],
    ['real/libreoffice/web-paste-2020.xlsx', 'seed-jining-2020.xlsx'],
    ['real/libreoffice/web-paste-2021.xlsx', 'clean-2021.xlsx'],
    ['real/openpyxl/clean-2021.xlsx', 'clean-2021.xlsx'],
    ['real/openpyxl/seed-jining-2020.xlsx', 'seed-jining-2020.xlsx'],
    ['real/xlsxwriter/clean-2021.xlsx', 'clean-2021.xlsx'],
    ['real/xlsxwriter/seed-jining-2020.xlsx', 'seed-jining-2020.xlsx'],
    ['real/xlsxwriter/formulas-2021.xlsx', 'clean-2021.xlsx'],
  ])('%s, written by real office software, reads to the same model as %s', async (real, source) => {
    const [a, b] = await Promise.all([modelOf(real), modelOf(source)]);
    expect(valuesOf(a)).toEqual(valuesOf(b));
  });

  it('reads a web page pasted as text: ragged rows, headers broken over rows, long labels over two rows', async () => {
    const report = await modelOf('generated/layout/web-paste-2021.xlsx');
    // 「1.申请人无正当理由逾期不补正、」 alone on a row, 「行政机关不再处理其政府信息公开申请」 and the numbers on the next.
    expect(report.cells['t3.otherHandling.noCorrection.commercial']).toMatchObject({ value: 1, source: { sheet: 'Sheet1', address: 'C59' } });
    expect(report.structure.filter((n) => n.code === 'LABEL_DEVIATION' || n.code === 'ROW_UNKNOWN' || n.code === 'ROW_DUPLICATE')).toEqual([]);
    expect(report).toMatchObject({ year: 2022, agency: '某某市某某局' });
  });

  it('never joins a number split over two cells: the row is read as it is and reported', async () => {
    const report = await modelOf('generated/rules/web-paste-split-number.xlsx');
    expect(report.cells['t3.received.total']).toMatchObject({ value: 2, source: { address: 'H57' } });
    expect(report.structure).toContainEqual({ code: 'ROW_OVERFLOW', table: 't3', label: '一、本年新收政府信息公开申请数量', source: { kind: 'xlsx', sheet: 'Sheet1', address: 'I57' } });
  });

  it('finds the title of a pasted web page in its link text when the page title was not copied', async () => {
    expect(await modelOf('generated/layout/web-paste-2020.xlsx')).toMatchObject({ year: 2020, agency: '济宁市人力资源和社会保障局' });
  });

  it('finds each table on its own sheet, in any order, and says where', async () => {
    const report = await modelOf('generated/layout/reversed.xlsx');
    const at = (sheet: string, address: string) => ({ kind: 'xlsx', sheet, address });
    expect(report.tables).toEqual({
      t2: { anchor: at('表二', 'B4'), version: '2021' },
      t3: { anchor: at('表三', 'B7'), version: '2021' },
      t4: { anchor: at('表四', 'B4') },
    });
  });

  it('keeps every value with its source cell', async () => {
    const report = await modelOf('seed-jining-2020.xlsx');
    expect(report.cells['t3.received.natural']).toEqual({
      key: 't3.received.natural',
      table: 't3',
      row: 'received',
      column: 'natural',
      status: 'number',
      value: 19,
      raw: '19',
      source: { kind: 'xlsx', sheet: '年度报告', address: 'D32' },
    });
    expect(report.cells['t2.otherServices.decisions']).toMatchObject({ status: 'text', value: null, approx: 10000, raw: '10000件以上' });
  });

  it('has one key for every cell of the official tables: 175 + 15 + 10 in 2021, 161 + 15 + 22 in 2019', async () => {
    expect(Object.keys((await modelOf('clean-2021.xlsx')).cells)).toHaveLength(200);
    expect(Object.keys((await modelOf('clean-2019.xlsx')).cells)).toHaveLength(198);
  });
});

describe('format version, year and agency', () => {
  it('tells the 2019 trial format from the labels of the seed', async () => {
    const report = await modelOf('seed-jining-2020.xlsx');
    expect(report).toMatchObject({ formatVersion: '2019', versionFrom: 'labels', year: 2020, agency: '济宁市人力资源和社会保障局' });
    expect(report.title).toEqual({ source: { kind: 'xlsx', sheet: '年度报告', address: 'A1' }, text: '济宁市人力资源和社会保障局2020年政府信息公开工作年度报告' });
  });

  it('tells the 2021 format from （六） split in three', async () => {
    expect(await modelOf('clean-2021.xlsx')).toMatchObject({ formatVersion: '2021', year: 2022, agency: '某某市某某局' });
  });

  it('reads the year from a title written 「2023年度」', async () => {
    expect((await modelOf('generated/rules/version-old-format.xlsx')).year).toBe(2023);
  });

  it('has no year when the workbook states none', async () => {
    expect((await modelOf('generated/layout/per-table.xlsx')).year).toBeUndefined();
  });
});

describe('rows an agency added', () => {
  it('recognises a subtotal row and never counts it', async () => {
    const report = await modelOf('generated/rules/subtotal-row.xlsx');
    expect(report.structure).toEqual([expect.objectContaining({ code: 'ROW_SUBTOTAL', table: 't3', label: '（三）不予公开' })]);
    expect(valuesOf(report)).toEqual(valuesOf(await modelOf('clean-2021.xlsx')));
  });

  it('takes a （六）其他处理 row with numbers above the three 2021 sub-rows for a subtotal', async () => {
    const report = await modelOf('generated/rules/subtotal-other-2021.xlsx');
    expect(report.formatVersion).toBe('2021');
    expect(report.structure.map((s) => s.code)).toEqual(['ROW_SUBTOTAL']);
  });

  it('checks only the first of two copies of 表三 and says so', async () => {
    const report = await modelOf('generated/rules/duplicate-t3.xlsx');
    expect(report.structure).toEqual([expect.objectContaining({ code: 'TABLE_COPIES', copies: 2 })]);
  });
});

describe('a document without 表三', () => {
  const source = (line: number) => ({ kind: 'text' as const, line });
  const document = (prose: string[], tables: Document['tables'] = []): Document => ({ format: 'text', tables, prose: prose.map((text, i) => ({ text, source: source(i + 1) })) });

  it('is no report when none of the three tables’ headings nor 表三’s first row stands anywhere in it, however much it speaks of reports', () => {
    const letter = document(['关于报送2023年政府信息公开工作年度报告的函', '现将我局2023年政府信息公开工作年度报告报送你办，请审核。']);
    expect(locateReport(letter)).toEqual({ ok: false, problem: { code: 'NO_TABLE3', detail: 'not-a-report' } });
  });

  it('is a report whose tables could not be read when a heading says so, with or without its enumerator and in any spacing', () => {
    for (const heading of ['三、收到和处理政府信息公开申请情况', '（二）主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况', '一、本年新收政府信息公开 申请数量']) {
      expect(locateReport(document(['某某局2023年政府信息公开工作年度报告', heading]))).toEqual({ ok: false, problem: { code: 'NO_TABLE3', detail: 'no-tables' } });
    }
  });
});
