import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/check.js';
import { checkFile } from '../../../src/node/check-file.js';
import { loadNodePdfEngine } from '../../../src/node/pdfjs.js';
import { nodeInflate } from '../../../src/node/inflate.js';
import { readDocumentFile } from '../../../src/node/read-file.js';
import type { DocTable, Document } from '../../../src/read/document.js';
import { defaultLimits } from '../../../src/read/limits.js';
import { extractPdf, layout } from '../../../src/read/pdf/reader.js';
import { describeSource } from '../../../src/report/source.js';
import { fixture } from '../../support/fixtures.js';
import { modelOf, valuesOf } from '../../support/pipeline.js';
import { tempDir } from '../../support/temp.js';
import { HAVE_REAL_REPORTS, NO_REAL_REPORTS, REAL_REPORTS, manifestValues, realReport } from '../../support/real-reports.js';

async function read(path: string): Promise<Document> {
  const result = await readDocumentFile(path);
  if (!result.ok) throw new Error(`${path}: ${result.problem.code}`);
  return result.value;
}

/** A table as rows of 「col:text」, for reading in a failure. */
function rowsOf(table: DocTable): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (const c of table.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c.text]);
  return rows;
}

const tableWith = (d: Document, text: string) => d.tables.find((t) => t.cells.some((c) => c.text === text))!;
const cellOf = (t: DocTable, text: string) => t.cells.find((c) => c.text === text)!;
const real = (file: string) => join(REAL_REPORTS, file);

describe('PDFs written by LibreOffice and Chromium read to the numbers of the workbooks they were made from', () => {
  it.each([
    ['real/libreoffice/clean-2021.pdf', 'clean-2021.xlsx', 'Calc: the sheet as it prints'],
    ['real/libreoffice/clean-2019.pdf', 'clean-2019.xlsx', 'Calc, the 2019 format'],
    ['real/libreoffice/seed-jining-2020.pdf', 'seed-jining-2020.xlsx', 'Calc, 表三 broken over two pages, 「10000件以上」 kept as text'],
    ['real/libreoffice/report-2021.pdf', 'clean-2021.xlsx', 'Writer: the report as a document'],
    ['real/libreoffice/report-2019.pdf', 'clean-2019.xlsx', 'Writer, the 2019 format'],
    ['real/libreoffice/report-t3-split.pdf', 'clean-2021.xlsx', 'Writer, 表三 broken over two pages'],
    ['real/libreoffice/report-t3-split-header.pdf', 'clean-2021.xlsx', 'Writer, 表三 broken over two pages with its header repeated'],
    ['real/libreoffice/restricted-2021.pdf', 'clean-2021.xlsx', 'a permissions password only (no printing, no copying): read as any other'],
  ])('%s reads as %s (%s)', async (pdf, source) => {
    const [a, b] = await Promise.all([modelOf(pdf), modelOf(source)]);
    expect(valuesOf(a)).toEqual(valuesOf(b));
    expect(a.formatVersion).toBe(b.formatVersion);
    expect(a.year).toBe(b.year);
  });

  it.each([
    ['real/chromium/report-2021.pdf', 'clean-2021.xlsx', 'every cell bordered (Skia draws borders as thin filled rectangles)'],
    ['real/chromium/report-2019.pdf', 'clean-2019.xlsx', 'every cell bordered, the 2019 format'],
    ['real/chromium/report-2021-row-rules.pdf', 'clean-2021.xlsx', 'a line under each row only: read from the alignment of the text'],
  ])('Chromium’s print of the report’s web page, %s, reads as %s (%s)', async (pdf, source) => {
    const [a, b] = await Promise.all([modelOf(pdf), modelOf(source)]);
    expect(valuesOf(a)).toEqual(valuesOf(b));
  });

  it('leaves unread, rather than reads wrong, tables whose alignment it cannot follow (no lines, labels wrapped over four lines)', async () => {
    const result = await checkFile(fixture('real/chromium/report-2021-unruled.pdf'));
    expect(result.problem).toEqual({ code: 'NO_TABLE3', detail: 'no-tables' });
    expect(result.findings).toEqual([]);
  });

  it.each([90, 180, 270])('reads a report whose pages are turned %i° (its text sideways on the page) as a person reads it, the page turned back', async (degrees) => {
    const bytes = readFileSync(fixture('real/libreoffice/report-2021.pdf'));
    const turned = Buffer.from(bytes.toString('latin1').replace(/\/Type\s*\/Page\b(?!s)/g, `/Type/Page/Rotate ${degrees}`), 'latin1');
    const dir = tempDir('turned');
    writeFileSync(join(dir, 'turned.pdf'), turned);
    const [a, b] = await Promise.all([modelOf(join(dir, 'turned.pdf')), modelOf('clean-2021.xlsx')]);
    expect(valuesOf(a)).toEqual(valuesOf(b));
  });

  it('reads 表三 broken over two pages as one table, the header Writer repeated on the second page left out', async () => {
    for (const file of ['real/libreoffice/report-t3-split.pdf', 'real/libreoffice/report-t3-split-header.pdf']) {
      const d = await read(fixture(file));
      const t3 = tableWith(d, '一、本年新收政府信息公开申请数量');
      expect(t3.origin.kind === 'pdf' && [...new Set(t3.origin.rows.map((r) => r.page))]).toEqual([2, 3]);
      expect(t3.cells.filter((c) => c.text === '申请人情况')).toHaveLength(1);
      expect(t3.cells.find((c) => c.text === '四、结转下年度继续办理')?.source).toMatchObject({ kind: 'pdf', page: 3 });
    }
  });
});

describe.skipIf(!HAVE_REAL_REPORTS)('real published PDFs (WPS): ruled tables rebuilt cell by cell', () => {
  it('makes a cell of each bordered box, merged boxes spanning the grid positions they cover', async () => {
    const d = await read(real('hongze-2023.pdf'));
    const t3 = tableWith(d, '一、本年新收政府信息公开申请数量');
    expect(cellOf(t3, '一、本年新收政府信息公开申请数量')).toMatchObject({ col: 1, colSpan: 3 });
    expect(cellOf(t3, '申请人情况')).toMatchObject({ colSpan: 7 });
    expect(cellOf(t3, '法人或其他组织')).toMatchObject({ colSpan: 5 });
    const natural = cellOf(t3, '自然人');
    expect(natural).toMatchObject({ rowSpan: 2 });
    // 「商业」 over 「企业」 in one box: one cell, its lines joined.
    expect(t3.cells.map((c) => c.text)).toContain('商业企业');
    expect(t3.cells.map((c) => c.text)).toContain('社会公益组织');
  });

  it('joins a label wrapped over lines in its cell, and keeps 「总 计」 written a character at a time readable', async () => {
    const d = await read(real('hongze-2023.pdf'));
    const t3 = tableWith(d, '一、本年新收政府信息公开申请数量');
    expect(t3.cells.map((c) => c.text)).toContain('（二）部分公开（区分处理的，只计这一情 形，不计其他情形）');
    expect(t3.cells.map((c) => c.text)).toContain('5.要求行政机关确认或重 新出具已获取信息');
    const t4 = tableWith(d, '行政复议');
    expect(t4.cells.filter((c) => c.text === '总 计')).toHaveLength(3);
  });

  it('reads a label written top to bottom whole (PDF.js 4.10 drops such glyphs below y = 199; the loader mends it)', async () => {
    const d = await read(real('hongze-2023.pdf'));
    expect(tableWith(d, '一、本年新收政府信息公开申请数量').cells.map((c) => c.text)).toContain('三、本年度办理结果');
  });

  it('continues 表三 from page 3 onto page 4 as one table, a merged cell the page break cut in two made whole again', async () => {
    const d = await read(real('hongze-2023.pdf'));
    const t3 = tableWith(d, '一、本年新收政府信息公开申请数量');
    expect(t3.origin.kind === 'pdf' && [...new Set(t3.origin.rows.map((r) => r.page))]).toEqual([3, 4]);
    // 「三、本年度办理结果」 spans every result row, on both pages.
    const results = cellOf(t3, '三、本年度办理结果');
    const total = cellOf(t3, '（七）总计');
    expect(results.row + results.rowSpan! - 1).toBe(total.row);
    // 淮安市: 「（四）无」 at the foot of page 4, 「法提供」 at the top of page 5.
    const huaian = tableWith(await read(real('huaian-2024.pdf')), '一、本年新收政府信息公开申请数量');
    expect(cellOf(huaian, '（四）无法提供')).toMatchObject({ rowSpan: 3 });
  });

  it('never joins two numbers: every number of 表三 and 表四 is the one printed in its cell', async () => {
    const report = realReport('huaian-2024.pdf')!;
    const model = await modelOf(real('huaian-2024.pdf'));
    const read = Object.fromEntries(Object.keys(manifestValues(report)).map((k) => [k, model.cells[k]?.value]));
    expect(read).toEqual(manifestValues(report));
  });

  it('names a cell by its page and the middle of its box, in millimetres from the top and the left', async () => {
    const model = await modelOf(real('hongze-2023.pdf'));
    const cell = model.cells['t4.review.total']!;
    expect(cell.source).toMatchObject({ kind: 'pdf', page: 4 });
    expect(describeSource(cell.source, 'zh')).toMatch(/^第 4 页上起 \d+ 毫米、左起 \d+ 毫米处$/);
    expect(describeSource(cell.source, 'en')).toMatch(/^page 4, \d+ mm from the top, \d+ mm from the left$/);
  });

  it('reads the prose as paragraphs in reading order: the title wrapped over two lines is one, page numbers are none', async () => {
    const d = await read(real('hongze-2023.pdf'));
    const texts = d.prose.map((p) => p.text);
    expect(texts[0]).toBe('洪泽区人民政府2023 年政府信息公开工作年度报告');
    expect(texts).toContain('一、总体情况');
    expect(texts.some((t) => /^[-－\s]*\d+[-－\s]*$/.test(t))).toBe(false);
    // A paragraph that goes on over a page break is one paragraph.
    expect(texts.some((t) => t.includes('严格执行“分级审核、先审后发”程序'))).toBe(true);
    // The sections come in the order they are printed.
    const at = (heading: string) => texts.indexOf(heading);
    expect(at('一、总体情况')).toBeLessThan(at('五、存在的主要问题及改进情况'));
    expect(at('五、存在的主要问题及改进情况')).toBeLessThan(at('六、其他需要报告的事项'));
    expect(d.prose[0]!.source).toMatchObject({ kind: 'pdf', page: 1 });
    expect(d.declaredTitle).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
  });

  it('finds the agency and year from the title on the first page, with its city from the opening where the title leaves it out', async () => {
    expect(await modelOf(real('hongze-2023.pdf'))).toMatchObject({ agency: '淮安市洪泽区人民政府', year: 2023 });
    expect(await modelOf(real('huaian-2024.pdf'))).toMatchObject({ agency: '淮安市人民政府', year: 2024 });
  });
});

/** A PDF read with its rulings thrown away: the tables must come from the alignment of the text alone. */
async function withoutRulings(path: string): Promise<Document> {
  const extracted = await extractPdf(readFileSync(path), { limits: defaultLimits, inflate: nodeInflate, loadPdf: loadNodePdfEngine });
  if (!extracted.ok) throw new Error(extracted.problem.code);
  const built = layout(extracted.value.pages.map((p) => ({ ...p, segments: [] })));
  return { format: 'pdf', ...built };
}

describe.skipIf(!HAVE_REAL_REPORTS)('tables without rulings: read from the alignment of their text', () => {
  it.each(['hongze-2023.pdf', 'hongze-2024.pdf', 'huaian-2024.pdf'])('%s, its borders taken away, reads to the numbers of its manifest with exactly its errors', async (file) => {
    const report = realReport(file)!;
    const { result } = checkDocument(file, { ok: true, value: await withoutRulings(real(file)) }, { withValues: true });
    const read = Object.fromEntries(
      Object.keys(manifestValues(report)).map((k) => {
        const v = result.values?.[k];
        return [k, v === undefined ? 'missing' : v.status === 'number' ? v.value : v.status === 'blank' ? null : v.raw];
      }),
    );
    expect(read).toEqual(manifestValues(report));
    const arithmetic = result.findings.filter((f) => f.severity === 'error' && /^T[34]_/.test(f.rule)).map((f) => f.rule);
    expect(arithmetic.sort()).toEqual(report.violations.map((v) => v.rule).sort());
    expect(result.findings.filter((f) => f.severity === 'error' && f.rule === 'F_STRUCTURE')).toEqual([]);
  });

  it('puts a label wrapped around its centred numbers back on their row, and a group label set beside its items on the first of them', async () => {
    const d = await withoutRulings(real('hongze-2023.pdf'));
    const t3 = tableWith(d, '一、本年新收政府信息公开申请数量');
    const partial = cellOf(t3, '（二）部分公开（区分处理的，只计这一情 形，不计其他情形）');
    expect(t3.cells.filter((c) => c.row === partial.row).map((c) => c.text)).toEqual(['（二）部分公开（区分处理的，只计这一情 形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4']);
    const denied = cellOf(t3, '（三）不予公开');
    expect(t3.cells.filter((c) => c.row === denied.row).map((c) => c.text)).toContain('1.属于国家秘密');
  });

  it('leaves lines whose numbers do not stand in columns (a justified paragraph) as prose', async () => {
    const d = await withoutRulings(real('huaian-2024.pdf'));
    expect(d.prose[0]!.text).toBe('淮安市人民政府2024 年政府信息公开工作年度报告');
    expect(d.prose.some((p) => p.text.includes('邮编：223001'))).toBe(true);
  });
});

if (!HAVE_REAL_REPORTS) console.warn(NO_REAL_REPORTS);

describe('reading order across tables and pages', () => {
  it('lists tables in the order they are printed, each once', async () => {
    const d = await read(fixture('real/libreoffice/report-2021.pdf'));
    const first = (t: DocTable) => (t.origin.kind === 'pdf' ? t.origin.rows[0]! : { page: 0, y: 0 });
    const order = d.tables.map(first);
    expect(order).toEqual([...order].sort((a, b) => a.page - b.page || a.y - b.y));
    expect(d.tables.map((t) => [...rowsOf(t).values()][0]![0])).toEqual(['第二十条第（一）项', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '行政复议']);
  });
});
