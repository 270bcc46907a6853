/**
 * Where a Word table's cells stand: rows are w:tr in order, columns are grid columns (the spans
 * before a cell, after w:gridBefore), merges are spans, nested tables are tables of their own.
 */
import { describe, expect, it } from 'vitest';
import { docx, grid, p, readOk, tbl, tc, tr } from './support.js';

const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';

describe('placing cells on the grid', () => {
  it('numbers columns by grid spans and rows by w:tr', () => {
    const document = readOk(docx(tbl(tr(tc(p('申请人情况'), span(3)), tc(p('总计'))), tr(tc(p('1')), tc(p('2')), tc(p('3')), tc(p('6'))))));
    expect(document.tables[0]!.cells).toEqual([
      { row: 1, col: 1, colSpan: 3, kind: 'text', text: '申请人情况', source: { kind: 'docx', table: 1, row: 1, col: 1 } },
      { row: 1, col: 4, kind: 'text', text: '总计', source: { kind: 'docx', table: 1, row: 1, col: 4 } },
      { row: 2, col: 1, kind: 'text', text: '1', source: { kind: 'docx', table: 1, row: 2, col: 1 } },
      { row: 2, col: 2, kind: 'text', text: '2', source: { kind: 'docx', table: 1, row: 2, col: 2 } },
      { row: 2, col: 3, kind: 'text', text: '3', source: { kind: 'docx', table: 1, row: 2, col: 3 } },
      { row: 2, col: 4, kind: 'text', text: '6', source: { kind: 'docx', table: 1, row: 2, col: 4 } },
    ]);
  });

  it('starts a row after its w:gridBefore', () => {
    const row = `<w:tr><w:trPr><w:gridBefore w:val="2"/><w:wBefore w:w="1000" w:type="dxa"/></w:trPr>${tc(p('x'))}${tc(p('y'))}</w:tr>`;
    expect(grid(readOk(docx(tbl(tr(tc(p('a')), tc(p('b')), tc(p('c')), tc(p('d'))), row))))).toEqual({ '1,1': 'a', '1,2': 'b', '1,3': 'c', '1,4': 'd', '2,3': 'x', '2,4': 'y' });
  });

  it('merges vertically from a restart through each bare continuation at the same grid column', () => {
    const document = readOk(
      docx(
        tbl(
          tr(tc(p('三、本年度办理结果'), restart), tc(p('（一）予以公开'), span(2)), tc(p('12'))),
          tr(tc('', cont), tc(p('（三）不予公开'), restart), tc(p('1.属于国家秘密')), tc(p('0'))),
          tr(tc('', '<w:vMerge w:val="continue"/>'), tc('', cont), tc(p('2.其他')), tc(p('0'))),
          tr(tc(p('四、结转'), span(3)), tc(p('1'))),
        ),
      ),
    );
    expect(document.tables[0]!.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text }))).toEqual([
      { row: 1, col: 1, rowSpan: 3, colSpan: undefined, text: '三、本年度办理结果' },
      { row: 1, col: 2, rowSpan: undefined, colSpan: 2, text: '（一）予以公开' },
      { row: 1, col: 4, rowSpan: undefined, colSpan: undefined, text: '12' },
      { row: 2, col: 2, rowSpan: 2, colSpan: undefined, text: '（三）不予公开' },
      { row: 2, col: 3, rowSpan: undefined, colSpan: undefined, text: '1.属于国家秘密' },
      { row: 2, col: 4, rowSpan: undefined, colSpan: undefined, text: '0' },
      { row: 3, col: 3, rowSpan: undefined, colSpan: undefined, text: '2.其他' },
      { row: 3, col: 4, rowSpan: undefined, colSpan: undefined, text: '0' },
      { row: 4, col: 1, rowSpan: undefined, colSpan: 3, text: '四、结转' },
      { row: 4, col: 4, rowSpan: undefined, colSpan: undefined, text: '1' },
    ]);
  });

  it('keeps a merge with both spans (the header note of 表三: three rows, three columns)', () => {
    const document = readOk(
      docx(tbl(tr(tc(p('（本列数据的勾稽关系为：…）'), span(3) + restart), tc(p('申请人情况'))), tr(tc('', span(3) + cont), tc(p('自然人'))), tr(tc('', span(3) + cont), tc(p('19'))))),
    );
    expect(document.tables[0]!.cells[0]).toMatchObject({ row: 1, col: 1, rowSpan: 3, colSpan: 3 });
    expect(grid(document)).toEqual({ '1,1': '（本列数据的勾稽关系为：…）', '1,4': '申请人情况', '2,4': '自然人', '3,4': '19' });
  });

  it('treats a continuation with nothing to continue as a cell of its own, and ends a merge at a row without it', () => {
    const document = readOk(docx(tbl(tr(tc(p('a'), cont)), tr(tc(p('b'), restart)), tr(tc(p('c'))), tr(tc(p('d'), cont)))));
    expect(document.tables[0]!.cells.map((c) => [c.row, c.text, c.rowSpan])).toEqual([
      [1, 'a', undefined],
      [2, 'b', undefined],
      [3, 'c', undefined],
      [4, 'd', undefined],
    ]);
  });

  it('widens a cell over its legacy w:hMerge continuations (Word 2003 documents)', () => {
    const document = readOk(docx(tbl(tr(tc(p('行政复议'), '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc(p('x'))), tr(tc(p('1')), tc(p('2')), tc(p('3'))))));
    expect(document.tables[0]!.cells.slice(0, 2)).toMatchObject([
      { row: 1, col: 1, colSpan: 2, text: '行政复议' },
      { row: 1, col: 3, text: 'x' },
    ]);
  });

  it('emits only cells that hold text (an empty merged cell is no cell)', () => {
    const document = readOk(docx(tbl(tr(tc(''), tc(p('  ')), tc('', span(2))), tr(tc(p('0')), tc(''), tc(''), tc('')))));
    expect(grid(document)).toEqual({ '2,1': '0' });
  });

  it('counts hair-thin sliver columns as no column (LibreOffice and Word leave them when edges miss by a twip)', () => {
    // Row 1's edge falls at 3209, rows 2–3 at 3210: the grid has a 1-twip column between them.
    const gridCols = [642, 642, 642, 642, 641, 1, 642, 642].map((w) => `<w:gridCol w:w="${w}"/>`).join('');
    const table = `<w:tbl><w:tblPr/><w:tblGrid>${gridCols}</w:tblGrid>${tr(tc(p('行政复议'), span(5)), tc(p('行政诉讼'), span(3)))}${tr(tc(p('维持')), tc(p('纠正')), tc(p('其他')), tc(p('未结')), tc(p('总计'), span(2)), tc(p('维持')), tc(p('纠正')))}${tr(tc(p('1')), tc(p('0')), tc(p('0')), tc(p('1')), tc(p('2'), span(2)), tc(p('3')), tc(p('4')))}</w:tbl>`;
    const document = readOk(docx(table));
    expect(grid(document)).toEqual({
      '1,1': '行政复议', '1,6': '行政诉讼',
      '2,1': '维持', '2,2': '纠正', '2,3': '其他', '2,4': '未结', '2,5': '总计', '2,6': '维持', '2,7': '纠正',
      '3,1': '1', '3,2': '0', '3,3': '0', '3,4': '1', '3,5': '2', '3,6': '3', '3,7': '4',
    }); // prettier-ignore
    expect(document.tables[0]!.cells[0]).toMatchObject({ colSpan: 5 });
    expect(document.tables[0]!.cells[1]).toMatchObject({ col: 6, colSpan: 2 });
    expect(document.tables[0]!.cells.find((c) => c.text === '总计')).not.toHaveProperty('colSpan');
  });

  it('keeps the grid as written when its widths are missing, or snapping would put two cells in one column', () => {
    const thin = `<w:tblGrid><w:gridCol w:w="10"/><w:gridCol w:w="10"/><w:gridCol w:w="900"/></w:tblGrid>`;
    expect(grid(readOk(docx(`<w:tbl>${thin}${tr(tc(p('a')), tc(p('b')), tc(p('c')))}</w:tbl>`)))).toEqual({ '1,1': 'a', '1,2': 'b', '1,3': 'c' });
    const none = `<w:tblGrid><w:gridCol/><w:gridCol w:w="5"/></w:tblGrid>`;
    expect(grid(readOk(docx(`<w:tbl>${none}${tr(tc(p('a')), tc(p('b')))}</w:tbl>`)))).toEqual({ '1,1': 'a', '1,2': 'b' });
  });
});

describe('several tables', () => {
  it('numbers tables in the order their start tags come, a nested one included, each with its own cells', () => {
    const inner = tbl(tr(tc(p('内1')), tc(p('内2'))));
    const document = readOk(docx(tbl(tr(tc(p('前') + inner + p('后')), tc(p('右')))) + p('段') + tbl(tr(tc(p('第三'))))));
    expect(document.tables.map((t) => t.origin)).toEqual([
      { kind: 'docx', table: 1 },
      { kind: 'docx', table: 2 },
      { kind: 'docx', table: 3 },
    ]);
    expect(grid(document, 1)).toEqual({ '1,1': '前\n后', '1,2': '右' });
    expect(grid(document, 2)).toEqual({ '1,1': '内1', '1,2': '内2' });
    expect(document.tables[1]!.cells[0]!.source).toEqual({ kind: 'docx', table: 2, row: 1, col: 1 });
    expect(grid(document, 3)).toEqual({ '1,1': '第三' });
  });

  it('keeps the outer row going after a nested table (spans and merges of the inner one do not leak out)', () => {
    const inner = tbl(tr(tc(p('x'), span(4) + restart)), tr(tc('', span(4) + cont)));
    const document = readOk(docx(tbl(tr(tc(p('a') + inner + '<w:p/>'), tc(p('b'))), tr(tc(p('c'), cont), tc(p('d'))))));
    expect(grid(document, 1)).toEqual({ '1,1': 'a', '1,2': 'b', '2,1': 'c', '2,2': 'd' });
    expect(document.tables[1]!.cells).toMatchObject([{ row: 1, col: 1, rowSpan: 2, colSpan: 4, text: 'x' }]);
  });

  it('finds every table of a report laid out in one big layout table', () => {
    const report = p('一、总体情况') + tbl(tr(tc(p('表二')))) + p('三、') + tbl(tr(tc(p('表三')))) + '<w:p/>';
    const document = readOk(docx(tbl(tr(tc(report)))));
    expect(document.tables.map((t) => t.cells.map((c) => c.text))).toEqual([['一、总体情况\n三、'], ['表二'], ['表三']]);
    expect(document.prose).toEqual([]);
  });
});
