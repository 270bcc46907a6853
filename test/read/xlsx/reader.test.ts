import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocCell, Document } from '../../../src/read/document.js';
import { readDocumentFile } from '../../../src/node/read-file.js';
import { readDocument } from '../../../src/read/read-document.js';
import { placeReport } from '../../../src/template/document.js';
import { writeWorkbook } from '../../../src/template/write.js';
import { defaultLimits } from '../../../src/read/limits.js';
import { readXlsx } from '../../../src/read/xlsx/reader.js';
import { decodeXml } from '../../../src/read/xml.js';
import { readZipDirectory, type ZipEntry } from '../../../src/read/zip/directory.js';
import { fixture } from '../../support/fixtures.js';
import { makeZip } from '../../support/zip.js';
import { nodeInflate } from '../../../src/node/inflate.js';

async function read(path: string): Promise<Document> {
  const result = await readDocumentFile(fixture(path));
  if (!result.ok) throw new Error(result.problem.code);
  return result.value;
}

const cellsWithText = (d: Document, text: string): DocCell[] => d.tables.flatMap((s) => s.cells.filter((c) => c.text === text));
const first = (d: Document) => d.tables[0]!;
const sheetName = (d: Document, i: number) => {
  const origin = d.tables[i]!.origin;
  return origin.kind === 'xlsx' ? origin.sheet : undefined;
};

describe('reading a workbook into a document: a table per sheet', () => {
  it('keeps a merged cell once, at its top-left cell, with its span, and names it by sheet and address', async () => {
    const g = await read('clean-2021.xlsx');
    expect(g.format).toBe('xlsx');
    const header = cellsWithText(g, '申请人情况');
    expect(header).toHaveLength(1);
    expect(header[0]).toMatchObject({ rowSpan: 1, colSpan: 7, source: { kind: 'xlsx', sheet: '年度报告' } });
  });

  it('gives text alone on its row as prose, a title among it', async () => {
    const g = await read('seed-jining-2020.xlsx');
    expect(g.prose[0]).toEqual({ text: '济宁市人力资源和社会保障局2020年政府信息公开工作年度报告', source: { kind: 'xlsx', sheet: '年度报告', address: 'A1' } });
  });

  it('reads a formula by its cached result, a cached 0 included', async () => {
    const g = await read('generated/layout/formulas.xlsx');
    const formulas = first(g).cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.every((c) => c.kind === 'number')).toBe(true);
    expect(formulas.some((c) => c.number === 0)).toBe(true);
  });

  it('marks a formula saved without a result instead of reading it as 0', async () => {
    const g = await read('generated/rules/formula-no-result.xlsx');
    const formulas = first(g).cells.filter((c) => c.formula);
    expect(formulas.every((c) => c.kind === 'formula-no-result')).toBe(true);
  });

  it('marks the formulas openpyxl wrote (it saves no results) instead of reading them as 0', async () => {
    const g = await read('real/openpyxl/formulas-no-result-2021.xlsx');
    const formulas = first(g).cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.every((c) => c.kind === 'formula-no-result')).toBe(true);
  });

  it('reads formulas LibreOffice calculated and saved', async () => {
    const g = await read('real/libreoffice/formulas-2021.xlsx');
    const formulas = first(g).cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.every((c) => c.kind === 'number')).toBe(true);
  });

  it('keeps numbers stored as text as text, for the model to read', async () => {
    const g = await read('generated/layout/numbers-as-text.xlsx');
    expect(first(g).cells.some((c) => c.kind === 'text' && c.text === '39')).toBe(true);
  });

  it('reads a workbook with data validations over whole columns (they are skipped, not expanded)', async () => {
    const g = await read('generated/layout/whole-column-validations.xlsx');
    expect(cellsWithText(g, '申请人情况')).toHaveLength(1);
  });

  it('reads rich text (runs in their own fonts) as its plain text', async () => {
    const g = await read('generated/layout/rich-text.xlsx');
    expect(cellsWithText(g, '申请人情况')).toHaveLength(1);
    expect(first(g).cells.some((c) => c.kind === 'text' && c.text === '39')).toBe(true);
  });

  it('reads hidden rows like any other: their values are in the file and count', async () => {
    const g = await read('generated/layout/hidden-rows.xlsx');
    expect(cellsWithText(g, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toHaveLength(1);
  });

  it('reads hidden sheets and marks them', async () => {
    const g = await read('generated/layout/hidden-sheet.xlsx');
    expect(g.tables.map((t, i) => [sheetName(g, i), Boolean(t.hidden)])).toEqual([
      ['填报说明', true],
      ['年度报告', false],
    ]);
  });

  it('reads what exceljs wrote: the template layout round-trips', async () => {
    const bytes = await writeWorkbook({ sheets: [placeReport({ version: '2021', values: { 't3.received.natural': 5 } })] });
    const result = await readDocument(bytes);
    expect(result.ok && result.value.tables[0]!.cells.some((c) => c.kind === 'number' && c.number === 5)).toBe(true);
  });

  it('answers with a problem, never a throw, for files that are not workbooks', async () => {
    expect(await readDocumentFile(fixture('does-not-exist.xlsx'))).toEqual({ ok: false, problem: { code: 'FILE_NOT_FOUND' } });
    expect(await readDocumentFile(fixture('real'))).toEqual({ ok: false, problem: { code: 'FILE_IS_DIRECTORY' } });
    const truncated = readFileSync(fixture('generated/bad/truncated.xlsx'));
    expect((await readDocument(truncated)).ok).toBe(false);
  });
});

describe('the workbook reader on hand-made SpreadsheetML', () => {
  const workbookXml = '<workbook xmlns:r="r"><sheets><sheet name="表三" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>';
  const rels =
    '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/a.xml"/><Relationship Id="rId2" Type="x/worksheet" Target="/xl/worksheets/b.xml"/><Relationship Id="rId3" Type="x/sharedStrings" Target="strings.xml"/></Relationships>';
  const strings = '<sst><si><t>本年新收</t></si><si><r><t>商业</t></r><r><t>企业</t></r><rPh><t>しょうぎょう</t></rPh></si><si><t>A &amp; B</t></si></sst>';
  const sheet = [
    '<x:worksheet xmlns:x="main"><x:sheetData>',
    '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2"><x:v>19</x:v></x:c><x:c r="C2"><x:f>B2*0</x:f><x:v>0</x:v></x:c><x:c r="D2"><x:f>B2+1</x:f></x:c></x:row>',
    '<x:row r="3"><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c s="3"/></x:row>',
    '</x:sheetData><x:mergeCells><x:mergeCell ref="A2:A3"/></x:mergeCells></x:worksheet>',
  ].join('');
  const zip = makeZip([
    { name: 'xl/workbook.xml', data: workbookXml },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/strings.xml', data: strings },
    { name: 'xl/worksheets/a.xml', data: sheet },
    { name: 'xl/worksheets/b.xml', data: '<worksheet><sheetData/></worksheet>' },
  ]);

  it('follows the relationships, joins rich-text runs, keeps cached formula results and merges, and marks hidden sheets', async () => {
    const result = await readDocument(zip);
    if (!result.ok) throw new Error(result.problem.code);
    const [one, two] = result.value.tables;
    expect(two).toMatchObject({ origin: { kind: 'xlsx', sheet: '说明' }, hidden: true, cells: [] });
    expect(one!.origin).toEqual({ kind: 'xlsx', sheet: '表三' });
    expect(one!.cells[0]).toMatchObject({ row: 2, col: 1, rowSpan: 2, colSpan: 1 });
    expect(one!.cells.map((c) => [c.source.kind === 'xlsx' && c.source.address, c.kind, c.text])).toEqual([
      ['A2', 'text', '本年新收'],
      ['B2', 'number', '19'],
      ['C2', 'number', '0'],
      ['D2', 'formula-no-result', '=B2+1'],
      ['A3', 'text', '商业企业'],
      ['B3', 'text', '内联'],
      ['C3', 'error', '#DIV/0!'],
      ['D3', 'text', 'A & B'],
    ]);
  });

  it('ends the rows at the first end tag of sheetData, prefixed or not, and finds merges wherever they stand', async () => {
    const cellsOf = async (sheetXml: string) => {
      const one = makeZip([
        { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S"/></sheets></workbook>' },
        { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
      ]);
      const result = await readDocument(one);
      if (!result.ok) throw new Error(result.problem.code);
      return result.value.tables[0]!.cells.map((c) => [c.source.kind === 'xlsx' && c.source.address, c.text, c.rowSpan ?? 0]);
    };
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const more = '<row r="2"><c r="A2"><v>2</v></c></row>';
    expect(await cellsOf(`<worksheet><sheetData>${rows}</x:sheetData>${more}</sheetData></worksheet>`)).toEqual([['A1', '1', 0]]);
    expect(await cellsOf(`<worksheet><sheetData>${rows}</sheetData>${more}</x:sheetData></worksheet>`)).toEqual([['A1', '1', 0]]);
    expect(await cellsOf(`<worksheet><sheetData>${rows}${more}</x:sheetData></worksheet>`)).toEqual([
      ['A1', '1', 0],
      ['A2', '2', 0],
    ]);
    expect(await cellsOf(`<worksheet><sheetData>${rows}</worksheet>`)).toEqual([]);
    expect(await cellsOf(`<worksheet><mergeCells><mergeCell ref="A1:A2"/></mergeCells><sheetData>${rows}</sheetData></worksheet>`)).toEqual([['A1', '1', 2]]);
  });

  it('stops at the cell limit instead of reading a sheet of a million cells', async () => {
    const result = await readDocument(zip, { limits: { ...defaultLimits, maxCells: 5 } });
    expect(result.ok === false && result.problem).toMatchObject({ code: 'FILE_TOO_COMPLEX', breach: { what: 'cells', limit: 5 } });
    // the reader counts the cells itself, as it reads them
    const direct = readXlsx(zip, (readZipDirectory(zip) as { entries: ZipEntry[] }).entries, { ...defaultLimits, maxCells: 5 }, nodeInflate);
    expect(direct.ok === false && direct.problem).toMatchObject({ code: 'FILE_TOO_COMPLEX', breach: { what: 'cells', limit: 5, part: 'xl/worksheets/a.xml' } });
  });

  it('stops inflating at the byte limit, whatever the zip declares', async () => {
    const result = await readDocument(zip, { limits: { ...defaultLimits, maxEntryBytes: 100 } });
    expect(result.ok === false && result.problem.code).toBe('FILE_ZIP_BOMB');
  });

  it('never expands a DOCTYPE’s own entities (no billion laughs)', async () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const bomb = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/worksheets/sheet1.xml', data: `${laughs}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>` },
    ]);
    // Refused outright: no office program writes a DOCTYPE.
    expect(await readDocument(bomb)).toEqual({ ok: false, problem: { code: 'FILE_UNSAFE_XML', detail: 'xl/worksheets/sheet1.xml' } });
    // And the decoder expands only the predefined and numeric references, never a DTD's own.
    expect(decodeXml('&b;&amp;&#x4E00;')).toBe('&b;&一');
  });
});
