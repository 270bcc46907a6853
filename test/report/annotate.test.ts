import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check.js';
import { checkFile } from '../../src/node/check-file.js';
import { annotateWorkbook } from '../../src/report/annotate/annotate.js';
import { cellMarks } from '../support/present.js';
import { FILLS, PART_FILLS, RESULTS_SHEET } from '../../src/report/annotate/workbook.js';
import { renderMessage } from '../../src/report/message.js';
import type { Finding } from '../../src/rules/finding.js';
import type { FindingCell } from '../../src/model/cited.js';
import { fixture } from '../support/fixtures.js';
import { argbOf, loadWorkbook, noteOf, snapshotSheet, type SheetSnapshot } from '../support/workbook.js';

/** A finding's cell in a workbook: its A1 address. */
const xlsxAddress = (cell: FindingCell): string => {
  if (cell.source.kind !== 'xlsx') throw new Error(`not a workbook cell: ${JSON.stringify(cell.source)}`);
  return cell.source.address;
};

async function annotated(path: string, findings?: Finding[]) {
  const original = readFileSync(fixture(path));
  const checked = findings ?? (await checkFile(fixture(path))).findings;
  const copy = await annotateWorkbook(original, checked, 'zh');
  return { original, findings: checked, copy, before: await loadWorkbook(original), after: await loadWorkbook(copy.bytes) };
}

/** A sheet's snapshot with the fills and notes of the given cells taken out: what annotating may change. */
function withoutMarks(snapshot: SheetSnapshot, marked: Set<string>): SheetSnapshot {
  const cells = Object.fromEntries(
    Object.entries(snapshot.cells).map(([address, cell]) => {
      if (!marked.has(address)) return [address, cell];
      const { fill: _fill, ...style } = JSON.parse(cell.style) as Record<string, unknown>;
      const { note: _note, ...rest } = cell;
      return [address, { ...rest, style: JSON.stringify(style) }];
    }),
  );
  return { ...snapshot, cells };
}

/** Every original sheet of the copy is the original sheet, but for the fills and notes of the marked cells. */
async function expectUnchangedBut(path: string, marked: Record<string, string[]> = {}) {
  const { before, after } = await annotated(path);
  expect(after.worksheets.map((ws) => ws.name)).toEqual([RESULTS_SHEET, ...before.worksheets.map((ws) => ws.name)]);
  for (const ws of before.worksheets) {
    const set = new Set(marked[ws.name] ?? []);
    // Style JSON of marked cells is compared without key order: parse both sides the same way.
    const normalise = (s: SheetSnapshot) => withoutMarks({ ...s, cells: Object.fromEntries(Object.entries(s.cells).map(([a, c]) => [a, { ...c, style: JSON.stringify(JSON.parse(c.style)) }])) }, set);
    expect(normalise(snapshotSheet(after.getWorksheet(ws.name)!))).toEqual(normalise(snapshotSheet(ws)));
  }
}

describe('the annotated copy of a workbook', () => {
  it('fills the cells that decide a finding red for an error and yellow for a warning, with the findings in a note; the parts of an equation lightly, with no note', async () => {
    const { after, findings } = await annotated('seed-jining-2020.xlsx');
    const sheet = after.getWorksheet('年度报告')!;
    for (const finding of findings) {
      for (const cell of finding.cells) {
        const address = xlsxAddress(cell);
        if (cell.side === 'expected') {
          expect(argbOf(sheet.getCell(address)), `${finding.rule} ${address}`).toBe(PART_FILLS[finding.severity]);
          expect(noteOf(sheet.getCell(address))).toBe('');
        } else {
          expect(argbOf(sheet.getCell(address)), `${finding.rule} ${address}`).toBe(FILLS[finding.severity]);
          expect(noteOf(sheet.getCell(address))).toContain(renderMessage(finding, 'zh'));
        }
      }
    }
    // 表三「自然人」: 本年新收 D32 + 上年结转 D33 (parts) against 办理结果总计 D53 + 结转下年度 D54 (the totals written).
    expect(['D32', 'D33', 'D53', 'D54'].map((a) => argbOf(sheet.getCell(a)))).toEqual([PART_FILLS.error, PART_FILLS.error, FILLS.error, FILLS.error]);
    expect(noteOf(sheet.getCell('D53'))).toBe(
      `错误 T3_BALANCE：${renderMessage(
        findings.find((f) => f.rule === 'T3_BALANCE')!,
        'zh',
      )}`,
    );
    expect(noteOf(sheet.getCell('E32'))).toBe('');
    expect(argbOf(sheet.getCell('E32'))).toBeUndefined();
  });

  it('keeps every value, formula, merge, column width, row height and style of the original, but the marked cells’ fill and note', async () => {
    const seed = await checkFile(fixture('seed-jining-2020.xlsx'));
    await expectUnchangedBut('seed-jining-2020.xlsx', { 年度报告: seed.findings.flatMap((f) => f.cells.map(xlsxAddress)) });
  });

  it.each([
    ['generated/layout/formulas.xlsx', 'totals as formulas with cached results, some 0'],
    ['real/libreoffice/formulas-2021.xlsx', 'formulas LibreOffice calculated, its styles'],
    ['real/libreoffice/seed-jining-2020.xlsx', 'a report saved by LibreOffice'],
    ['real/gnumeric/seed-jining-2020.xlsx', 'a report saved by Gnumeric'],
    ['generated/layout/hidden-sheet.xlsx', 'a hidden sheet'],
    ['generated/layout/per-table.xlsx', 'one table per sheet'],
  ])('keeps %s (%s) as it was', async (path) => {
    const { findings } = await checkFile(fixture(path));
    const marked: Record<string, string[]> = {};
    for (const { source } of findings.flatMap((f) => f.cells)) if (source.kind === 'xlsx') marked[source.sheet] = [...(marked[source.sheet] ?? []), source.address];
    await expectUnchangedBut(path, marked);
  });

  it('keeps formulas with their cached results, a cached 0 included', async () => {
    const { after } = await annotated('generated/layout/formulas.xlsx', []);
    const formulas: { formula: string; result: unknown }[] = [];
    after.getWorksheet('年度报告')!.eachRow((row) => row.eachCell((cell) => void (cell.formula && formulas.push({ formula: cell.formula, result: cell.result }))));
    expect(formulas.length).toBeGreaterThan(30);
    expect(formulas.every((f) => typeof f.result === 'number')).toBe(true);
    expect(formulas.some((f) => f.result === 0)).toBe(true);
  });

  it('keeps a hidden sheet hidden', async () => {
    const { after } = await annotated('generated/layout/hidden-sheet.xlsx', []);
    expect(after.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      [RESULTS_SHEET, 'visible'],
      ['填报说明', 'hidden'],
      ['年度报告', 'visible'],
    ]);
  });

  it('reads back through the checker with the same findings as the original', async () => {
    const { copy, findings } = await annotated('seed-jining-2020.xlsx');
    expect((await checkBytes('copy.xlsx', copy.bytes)).findings).toEqual(findings);
  });

  it('is the same bytes for the same input', async () => {
    const first = await annotated('seed-jining-2020.xlsx');
    const again = await annotateWorkbook(first.original, first.findings, 'zh');
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.copy.bytes))).toBe(true);
  });
});

describe('the 校验结果 sheet', () => {
  it('comes first, is the one shown on opening, and lists one row per finding with a link to its cell', async () => {
    const { after, findings, copy } = await annotated('seed-jining-2020.xlsx');
    const sheet = after.worksheets[0]!;
    expect(sheet.name).toBe('校验结果');
    const zip = await JSZip.loadAsync(copy.bytes);
    const sheetParts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const selected = [];
    for (const part of sheetParts) if ((await zip.file(part)!.async('string')).includes('tabSelected="1"')) selected.push(part);
    expect(selected).toHaveLength(1);
    expect(await zip.file(selected[0]!)!.async('string')).toContain('HYPERLINK(');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<workbookView [^>]*activeTab="0"/);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '表', '规则', '级别', '单元格', '说明']);
    expect(sheet.rowCount).toBe(1 + findings.length);
    // Errors first, then warnings, each in report order.
    const listed = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
    expect(listed.map((f) => f.severity)).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'warning']);
    listed.forEach((finding, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(3).value).toBe(finding.rule);
      expect(row.getCell(4).value).toBe(finding.severity === 'error' ? '错误' : '警告');
      expect(argbOf(row.getCell(4))).toBe(FILLS[finding.severity]);
      expect(row.getCell(6).value).toBe(renderMessage(finding, 'zh'));
    });
    const balance = sheet.getRow(2 + listed.findIndex((f) => f.rule === 'T3_BALANCE'));
    expect(balance.getCell(2).value).toBe('表三');
    expect(balance.getCell(5).formula).toBe(`HYPERLINK("#'年度报告'!D53","年度报告!D32:D33、D53:D54")`);
    expect(balance.getCell(5).result).toBe('年度报告!D32:D33、D53:D54');
  });

  it('says there is nothing to list for a clean workbook, and takes another name when the workbook has a 校验结果 sheet', async () => {
    const first = await annotated('clean-2021.xlsx');
    expect(first.after.worksheets[0]!.getCell('A2').value).toBe('未发现问题。');
    const second = await loadWorkbook((await annotateWorkbook(first.copy.bytes, [], 'zh')).bytes);
    expect(second.worksheets.map((ws) => ws.name)).toEqual(['校验结果 (2)', '校验结果', '年度报告']);
  });

  it('is in English with --lang en', async () => {
    const { original, findings } = await annotated('seed-jining-2020.xlsx');
    const sheet = (await loadWorkbook((await annotateWorkbook(original, findings, 'en')).bytes)).worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['No.', 'Table', 'Rule', 'Severity', 'Cells', 'Finding']);
    expect(sheet.getRow(2).getCell(6).value).toBe(
      renderMessage(
        findings.find((f) => f.severity === 'error')!,
        'en',
      ),
    );
  });
});

describe('a pasted page’s prose in the workbook', () => {
  it('the cell holding a sentence the tables contradict is filled and carries the finding in its note', async () => {
    const { after, findings } = await annotated('generated/prose/pasted-2021.xlsx');
    const prose = findings.filter((f) => f.sentence);
    expect(prose.map((f) => f.rule)).toEqual(expect.arrayContaining(['P_T2', 'P_REQUESTS']));
    const sheet = after.getWorksheet('Sheet1')!;
    for (const finding of prose) {
      if (finding.sentence!.source.kind !== 'xlsx') throw new Error('a workbook’s sentence stands in a cell');
      const cell = sheet.getCell(finding.sentence!.source.address);
      expect(argbOf(cell)).toBe(FILLS[finding.severity]);
      expect(noteOf(cell)).toContain(renderMessage(finding, 'zh'));
    }
  });
});

describe('cells the workbook shows as one', () => {
  it('a finding on a cell covered by a merge fills and notes the merge’s master cell', async () => {
    const { after, findings } = await annotated('generated/rules/merged-value.xlsx');
    expect(findings.flatMap((f) => f.cells.map(xlsxAddress))).toEqual(['E28', 'E28']);
    const sheet = after.getWorksheet('年度报告')!;
    expect(sheet.getCell('E28').master.address).toBe('D28');
    expect(argbOf(sheet.getCell('D28'))).toBe(FILLS.warning);
    for (const finding of findings) expect(noteOf(sheet.getCell('D28'))).toContain(renderMessage(finding, 'zh'));
  });

  it('a cell named by an error and a warning (itself or a cell its merge covers) is red, with both in one note', () => {
    const cell: FindingCell = { source: { kind: 'xlsx', sheet: 'S', address: 'B2' }, key: 'k', value: 1 };
    const finding = (rule: string, severity: Finding['severity']): Finding => ({ rule, severity, messageId: 'x', params: {}, cells: [cell] });
    expect(cellMarks([finding('T3_ROW_SUM', 'warning'), finding('T3_BALANCE', 'error')], 'zh')).toEqual([
      { sheet: 'S', address: 'B2', severity: 'error', strong: true, lines: ['警告 T3_ROW_SUM：T3_ROW_SUM x', '错误 T3_BALANCE：T3_BALANCE x'] },
    ]);
    const covered: Finding = { ...finding('T3_BALANCE', 'error'), cells: [{ ...cell, source: { kind: 'xlsx', sheet: 'S', address: 'C2' } }] };
    const master = (_: string, address: string) => (address === 'C2' ? 'B2' : address);
    expect(cellMarks([finding('T3_ROW_SUM', 'warning'), covered], 'zh', master)).toEqual([
      { sheet: 'S', address: 'B2', severity: 'error', strong: true, lines: ['警告 T3_ROW_SUM：T3_ROW_SUM x', '错误 T3_BALANCE：T3_BALANCE x'] },
    ]);
    // A part of an error's equation that decides a warning is yellow, with the warning's note: what decides outranks what supports.
    const part: Finding = {
      ...finding('T3_BALANCE', 'error'),
      cells: [
        { ...cell, side: 'expected' },
        { ...cell, source: { kind: 'xlsx', sheet: 'S', address: 'B9' }, side: 'actual' },
      ],
    };
    expect(cellMarks([part, finding('T3_ROW_SUM', 'warning')], 'zh')).toEqual([
      { sheet: 'S', address: 'B2', severity: 'warning', strong: true, lines: ['警告 T3_ROW_SUM：T3_ROW_SUM x'] },
      { sheet: 'S', address: 'B9', severity: 'error', strong: true, lines: ['错误 T3_BALANCE：T3_BALANCE x'] },
    ]);
    expect(cellMarks([part], 'zh')[0]).toEqual({ sheet: 'S', address: 'B2', severity: 'error', strong: false, lines: [] });
  });

  it('a note the cell already had is kept, with the findings after it', async () => {
    const workbook = await loadWorkbook(readFileSync(fixture('seed-jining-2020.xlsx')));
    workbook.getWorksheet('年度报告')!.getCell('D53').note = '已与办公室核对';
    const original = Buffer.from(await workbook.xlsx.writeBuffer());
    const { findings } = await checkBytes('seed.xlsx', original);
    const after = await loadWorkbook((await annotateWorkbook(original, findings, 'zh')).bytes);
    const note = noteOf(after.getWorksheet('年度报告')!.getCell('D53'));
    expect(note.startsWith('已与办公室核对\n\n错误 T3_BALANCE：')).toBe(true);
  });
});

describe('parts exceljs does not keep on its own', () => {
  const sheetXml = async (bytes: Uint8Array, path = 'xl/worksheets/sheet1.xml') => (await JSZip.loadAsync(bytes)).file(path)!.async('string');
  const copySheetOf = async (bytes: Uint8Array, name: string) => {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    return zip.file(`xl/${target}`)!.async('string');
  };

  it('data validations over whole columns are carried over as written, without the minutes exceljs takes to read them', async () => {
    const path = 'generated/layout/whole-column-validations.xlsx';
    const original = readFileSync(fixture(path));
    const started = Date.now();
    const copy = await annotateWorkbook(original, (await checkFile(fixture(path))).findings, 'zh');
    expect(Date.now() - started).toBeLessThan(15_000);
    const validations = (xml: string) => /<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(xml)?.[0];
    const carried = validations(await copySheetOf(copy.bytes, '年度报告'));
    expect(carried).toBe(validations(await sheetXml(original)));
    expect(carried).toContain('sqref="L1:L1048576"');
    expect(XMLValidator.validate(await copySheetOf(copy.bytes, '年度报告'))).toBe(true);
  });

  it('Excel 2010 validations (an x14 extension, with prefixes of their own) are carried over with their namespaces declared', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixture('clean-2021.xlsx')));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const x14 =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" xr:uid="{00000000-0002-0000-0000-000000000000}">' +
      '<x14:formula1><xm:f>填报说明!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B5</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    const patched = xml
      .replace('<worksheet ', '<worksheet xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ')
      .replace('mc:Ignorable="x14ac"', 'mc:Ignorable="x14ac xr"')
      .replace('</worksheet>', `${x14}</worksheet>`);
    zip.file('xl/worksheets/sheet1.xml', patched);
    const original = await zip.generateAsync({ type: 'nodebuffer' });
    const copy = await copySheetOf((await annotateWorkbook(original, [], 'zh')).bytes, '年度报告');
    expect(copy).toContain('<x14:dataValidation type="list" allowBlank="1" xr:uid=');
    expect(copy).toMatch(/<worksheet [^>]*xmlns:xr="http:\/\/schemas.microsoft.com\/office\/spreadsheetml\/2014\/revision"/);
    expect(copy).toMatch(/mc:Ignorable="x14ac xr"/);
    expect(XMLValidator.validate(copy)).toBe(true);
  });

  it('defined names keep their scope: a name of one sheet stays that sheet’s, though the sheets have moved up one', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixture('generated/layout/per-table.xlsx')));
    const names = `<definedNames><definedName name="本年新收" localSheetId="1">'表三'!$B$6</definedName><definedName name="全表">'表二'!$A$1:$D$30</definedName></definedNames>`;
    zip.file('xl/workbook.xml', (await zip.file('xl/workbook.xml')!.async('string')).replace('</sheets>', `</sheets>${names}`));
    const copy = await JSZip.loadAsync((await annotateWorkbook(await zip.generateAsync({ type: 'nodebuffer' }), [], 'zh')).bytes);
    const workbook = await copy.file('xl/workbook.xml')!.async('string');
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['校验结果', '表二', '表三', '表四']);
    expect(workbook).toContain(`<definedNames><definedName name="本年新收" localSheetId="2">'表三'!$B$6</definedName><definedName name="全表">'表二'!$A$1:$D$30</definedName></definedNames>`);
    expect(XMLValidator.validate(workbook)).toBe(true);
  });

  it('a workbook with charts or pivot tables says which of them the copy lacks', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixture('clean-2021.xlsx')));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const copy = await annotateWorkbook(await zip.generateAsync({ type: 'nodebuffer' }), [], 'zh');
    expect(copy.dropped).toEqual(['图表', '数据透视表']);
    expect((await annotateWorkbook(readFileSync(fixture('clean-2021.xlsx')), [], 'zh')).dropped).toEqual([]);
  });

  it('every note’s box is sized to its text, so Excel does not cut it off', async () => {
    const { copy } = await annotated('seed-jining-2020.xlsx');
    const vml = await (await JSZip.loadAsync(copy.bytes)).file('xl/drawings/vmlDrawing1.vml')!.async('string');
    const shapes = [...vml.matchAll(/<x:Anchor>([^<]+)<\/x:Anchor>[\s\S]*?<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)];
    // A note on each cell that decides a finding (the seed: two totals of each of two T3_BALANCE columns, four warnings' cells).
    expect(shapes.length).toBe(8);
    for (const [, anchor] of shapes) {
      const [left, , top, , right, , bottom] = anchor!.split(',').map(Number);
      expect(right! - left!).toBe(4);
      expect(bottom! - top!).toBeGreaterThanOrEqual(4);
    }
  });
});
