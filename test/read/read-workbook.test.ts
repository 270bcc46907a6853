import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Grid, GridCell } from '../../src/read/grid.js';
import { readWorkbookBytes, readWorkbookFile } from '../../src/read/read-workbook.js';
import { placeReport } from '../../src/template/document.js';
import { writeWorkbook } from '../../src/template/write.js';
import { fixture } from '../support/fixtures.js';

async function grid(path: string): Promise<Grid> {
  const result = await readWorkbookFile(fixture(path));
  if (!result.ok) throw new Error(result.problem.code);
  return result.value;
}

const cellsWithText = (g: Grid, text: string): GridCell[] => g.sheets.flatMap((s) => s.cells.filter((c) => c.text === text));

describe('reading a workbook into a grid', () => {
  it('keeps a merged cell once, at its top-left address, and lists the merge', async () => {
    const g = await grid('clean-2021.xlsx');
    const header = cellsWithText(g, '申请人情况');
    expect(header).toHaveLength(1);
    const merge = g.sheets[0]!.merges.find((m) => m.top === header[0]!.row && m.left === header[0]!.col);
    expect(merge).toMatchObject({ right: header[0]!.col + 6 });
  });

  it('reads a formula by its cached result, a cached 0 included', async () => {
    const g = await grid('generated/layout/formulas.xlsx');
    const formulas = g.sheets[0]!.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.every((c) => c.kind === 'number')).toBe(true);
    expect(formulas.some((c) => c.number === 0)).toBe(true);
  });

  it('marks a formula saved without a result instead of reading it as 0', async () => {
    const g = await grid('generated/rules/formula-no-result.xlsx');
    const formulas = g.sheets[0]!.cells.filter((c) => c.formula);
    expect(formulas.every((c) => c.kind === 'formula-no-result')).toBe(true);
  });

  it('marks the formulas openpyxl wrote (it saves no results) instead of reading them as 0', async () => {
    const g = await grid('real/openpyxl/formulas-no-result-2021.xlsx');
    const formulas = g.sheets[0]!.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.every((c) => c.kind === 'formula-no-result')).toBe(true);
  });

  it('reads formulas LibreOffice calculated and saved', async () => {
    const g = await grid('real/libreoffice/formulas-2021.xlsx');
    const formulas = g.sheets[0]!.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.every((c) => c.kind === 'number')).toBe(true);
  });

  it('keeps numbers stored as text as text, for the model to read', async () => {
    const g = await grid('generated/layout/numbers-as-text.xlsx');
    expect(g.sheets[0]!.cells.some((c) => c.kind === 'text' && c.text === '39')).toBe(true);
  });

  it('reads a workbook with data validations over whole columns (they are skipped, not expanded)', async () => {
    const g = await grid('generated/layout/whole-column-validations.xlsx');
    expect(cellsWithText(g, '申请人情况')).toHaveLength(1);
  });

  it('reads rich text (runs in their own fonts) as its plain text', async () => {
    const g = await grid('generated/layout/rich-text.xlsx');
    expect(cellsWithText(g, '申请人情况')).toHaveLength(1);
    expect(g.sheets[0]!.cells.some((c) => c.kind === 'text' && c.text === '39')).toBe(true);
  });

  it('reads hidden rows like any other: their values are in the file and count', async () => {
    const g = await grid('generated/layout/hidden-rows.xlsx');
    expect(cellsWithText(g, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toHaveLength(1);
  });

  it('reads hidden sheets and marks them', async () => {
    const g = await grid('generated/layout/hidden-sheet.xlsx');
    expect(g.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['填报说明', true],
      ['年度报告', false],
    ]);
  });

  it('reads what it wrote: rich layout round-trips through exceljs', async () => {
    const bytes = await writeWorkbook({ sheets: [placeReport({ version: '2021', values: { 't3.received.natural': 5 } })] });
    const result = await readWorkbookBytes(bytes);
    expect(result.ok && result.value.sheets[0]!.cells.some((c) => c.kind === 'number' && c.number === 5)).toBe(true);
  });

  it('answers with a problem, never a throw, for files that are not workbooks', async () => {
    expect(await readWorkbookFile(fixture('does-not-exist.xlsx'))).toEqual({ ok: false, problem: { code: 'FILE_NOT_FOUND' } });
    expect(await readWorkbookFile(fixture('real'))).toEqual({ ok: false, problem: { code: 'FILE_IS_DIRECTORY' } });
    const truncated = readFileSync(fixture('generated/bad/truncated.xlsx'));
    expect((await readWorkbookBytes(truncated)).ok).toBe(false);
  });
});
