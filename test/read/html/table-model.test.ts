import { describe, expect, it } from 'vitest';
import { cellsOf, layout, readPage, textsOf } from './read.js';

/**
 * Where a web page's cells stand: the HTML table model (html.spec.whatwg.org/#forming-a-table) as
 * browsers lay it out. Each expectation is `row,col[ rowSpan x colSpan]: text`, 1-based.
 */
describe('placing cells on the grid', () => {
  it('puts each cell at the first column of its row that no span covers', () => {
    expect(
      cellsOf(`<table>
        <tr><td rowspan="2">A</td><td colspan="2">B</td><td>C</td></tr>
        <tr><td>D</td><td>E</td><td>F</td></tr>
        <tr><td>G</td><td colspan="3">H</td></tr>
      </table>`),
    ).toEqual(['1,1 2x1: A', '1,2 1x2: B', '1,4: C', '2,2: D', '2,3: E', '2,4: F', '3,1: G', '3,2 1x3: H']);
  });

  it('lays out the official 表三 header the way it is printed', () => {
    expect(
      cellsOf(`<table>
        <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
        <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
        <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
        <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>19</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td><td>21</td></tr>
      </table>`),
    ).toEqual([
      '1,1 3x3: （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '1,4 1x7: 申请人情况',
      '2,4 2x1: 自然人',
      '2,5 1x5: 法人或其他组织',
      '2,10 2x1: 总计',
      '3,5: 商业企业',
      '3,6: 科研机构',
      '3,7: 社会公益组织',
      '3,8: 法律服务机构',
      '3,9: 其他',
      '4,1 1x3: 一、本年新收政府信息公开申请数量',
      '4,4: 19',
      '4,5: 0',
      '4,6: 0',
      '4,7: 0',
      '4,8: 0',
      '4,9: 2',
      '4,10: 21',
    ]);
  });

  it('reads <th> as a cell like <td>, and rows inside <thead>, <tbody> or straight in the table alike', () => {
    expect(cellsOf('<table><thead><tr><th>项目</th><th>数量</th></tr></thead><tbody><tr><td>规章</td><td>3</td></tr></tbody><tr><th>合计</th><td>3</td></tr></table>')).toEqual([
      '1,1: 项目',
      '1,2: 数量',
      '2,1: 规章',
      '2,2: 3',
      '3,1: 合计',
      '3,2: 3',
    ]);
  });

  it('places an empty cell (no text, or only spaces) but does not emit it', () => {
    expect(cellsOf('<table><tr><td></td><td>&nbsp;</td><td> <span> </span> </td><td>x</td></tr></table>')).toEqual(['1,4: x']);
  });

  it('cuts a rowspan that reaches past the table at its last row, and adds no rows for it', () => {
    expect(cellsOf('<table><tr><td rowspan="9">A</td><td>B</td></tr><tr><td>C</td></tr></table>')).toEqual(['1,1 2x1: A', '1,2: B', '2,2: C']);
  });

  it('never lets a rowspan leave its row group: the next group starts clear, right after the last real row', () => {
    expect(cellsOf('<table><tbody><tr><td rowspan="9">A</td><td>B</td></tr></tbody><tbody><tr><td>C</td><td>D</td></tr></tbody></table>')).toEqual(['1,1: A', '1,2: B', '2,1: C', '2,2: D']);
    // Rows straight in the table form a group of their own, ended by a <tbody>.
    expect(cellsOf('<table><tr><td rowspan="3">A</td><td>B</td></tr><tbody><tr><td>C</td><td>D</td></tr></tbody></table>')).toEqual(['1,1: A', '1,2: B', '2,1: C', '2,2: D']);
  });

  it('keeps overlapping spans as written, and the next cell goes past both', () => {
    expect(cellsOf('<table><tr><td>A</td><td rowspan="2">B</td></tr><tr><td colspan="3">C</td><td>D</td></tr></table>')).toEqual(['1,1: A', '1,2 2x1: B', '2,1 1x3: C', '2,4: D']);
  });

  it('spans rowspan="0" to the end of its row group in standards mode, and reads it as 1 in quirks mode', () => {
    const rows = '<tr><td rowspan="0">A</td><td>B</td></tr><tr><td>C</td></tr><tr><td>D</td></tr>';
    expect(cellsOf(`<!DOCTYPE html><table>${rows}</table>`)).toEqual(['1,1 3x1: A', '1,2: B', '2,2: C', '3,2: D']);
    expect(cellsOf(`<!DOCTYPE html><table><thead>${rows}</thead><tbody><tr><td>E</td></tr></tbody></table>`)).toEqual(['1,1 3x1: A', '1,2: B', '2,2: C', '3,2: D', '4,1: E']);
    // No DOCTYPE (Word, many CMSs) or an HTML 4.0 Transitional one: quirks mode.
    expect(cellsOf(`<table>${rows}</table>`)).toEqual(['1,1: A', '1,2: B', '2,1: C', '3,1: D']);
    expect(cellsOf(`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><table>${rows}</table>`)).toEqual(['1,1: A', '1,2: B', '2,1: C', '3,1: D']);
    // XHTML 1.0 Transitional is limited-quirks mode, which spans it.
    expect(cellsOf(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><table>${rows}</table>`)).toEqual([
      '1,1 3x1: A',
      '1,2: B',
      '2,2: C',
      '3,2: D',
    ]);
  });

  it('parses spans as the HTML spec does: 0, junk or a negative number is 1, digits before junk count, colspan at most 1000', () => {
    expect(cellsOf('<table><tr><td colspan="0">A</td><td colspan="x">B</td><td colspan=" 2px">C</td><td rowspan="-1">D</td><td>E</td></tr><tr><td>F</td></tr></table>')).toEqual([
      '1,1: A',
      '1,2: B',
      '1,3 1x2: C',
      '1,5: D',
      '1,6: E',
      '2,1: F',
    ]);
    expect(cellsOf('<table><tr><td colspan="5000">A</td><td>B</td></tr></table>')).toEqual(['1,1 1x1000: A', '1,1001: B']);
    expect(cellsOf('<table><tr><td rowspan="99999">A</td><td>B</td></tr></table>')).toEqual(['1,1: A', '1,2: B']);
  });

  it('reads attributes in any case, and entities in them', () => {
    expect(cellsOf("<TABLE><TR><TD ROWSPAN=2 ColSpan='&#50;'>A</TD><TD>B</TD></TR><TR><TD>C</TD></TR></TABLE>")).toEqual(['1,1 2x2: A', '1,3: B', '2,3: C']);
  });

  it('reports no span for text Excel let run over empty cells (mso-ignore:colspan), but lays it out as spanning', () => {
    expect(
      cellsOf(
        `<table><tr><td colspan=3 style='mso-ignore:colspan'>其他对外管理服务事项（指行政许可以外的事项）</td><td class=xl65 x:num>5</td></tr><tr><td colspan=3>合并</td><td>6</td></tr></table>`,
      ),
    ).toEqual(['1,1: 其他对外管理服务事项（指行政许可以外的事项）', '1,4: 5', '2,1 1x3: 合并', '2,4: 6']);
  });

  it('puts <tfoot> rows last, wherever the footer stands in the markup', () => {
    expect(cellsOf('<table><thead><tr><td>H</td></tr></thead><tfoot><tr><td>F</td></tr></tfoot><tbody><tr><td>B1</td></tr><tr><td>B2</td></tr></tbody></table>')).toEqual([
      '1,1: H',
      '2,1: B1',
      '3,1: B2',
      '4,1: F',
    ]);
  });

  it('implies the rows and cells a browser implies: a cell with no row, a cell after </tr>, unclosed cells and rows', () => {
    expect(cellsOf('<table><td>A<td>B<tr><td>C<td>D</table>')).toEqual(['1,1: A', '1,2: B', '2,1: C', '2,2: D']);
    expect(cellsOf('<table><tr><td>a</td></tr><td>b</td></table>')).toEqual(['1,1: a', '2,1: b']);
    // A row with no cell is still a row.
    expect(cellsOf('<table><tr><td>a</td></tr><tr></tr><tr><td>c</td></tr></table>')).toEqual(['1,1: a', '3,1: c']);
  });

  it('ends a cell at the next <td> even when the cell left elements open (a <p>, a hidden <span>)', () => {
    expect(cellsOf('<table><tr><td><p>1<span>2<td>3<tr><td><div>4<td>5</table>')).toEqual(['1,1: 12', '1,2: 3', '2,1: 4', '2,2: 5']);
    expect(cellsOf('<table><tr><td><span style="display:none">9<td>3</td></tr></table>')).toEqual(['1,2: 3']);
  });

  it('ignores an end tag that would reach out of a cell, as a browser does (a stray </div> does not end the table)', () => {
    const doc = readPage('<div><table><tr><td>a</div>b</td><td>c</td></tr><tr><td>d</span>e</td></tr></table></div><p>after</p>');
    expect(layout(doc.tables[0])).toEqual(['1,1: ab', '1,2: c', '2,1: de']);
    expect(textsOf(doc)).toEqual(['after']);
    // …and a cell's own end tags still work: </td> closes what its cell left open.
    expect(cellsOf('<table><tr><td><b>1</td><td>2</td></tr></table>')).toEqual(['1,1: 1', '1,2: 2']);
  });
});

describe('tables inside tables', () => {
  const page = `
    <table id="layout"><tr>
      <td>before<table><tr><td>inner 1</td><td>inner 2</td></tr></table>after</td>
      <td>next<table><tr><td><table><tr><td>deepest</td></tr></table>deep</td></tr></table></td>
    </tr></table>
    <table><tr><td>third</td></tr></table>`;

  it('numbers every <table> in the order of its start tag, a nested one included', () => {
    const doc = readPage(page);
    expect(doc.tables.map((t) => t.origin)).toEqual([1, 2, 3, 4, 5].map((table) => ({ kind: 'html', table })));
    expect(doc.tables.map(layout)).toEqual([['1,1: before\nafter', '1,2: next'], ['1,1: inner 1', '1,2: inner 2'], ['1,1: deep'], ['1,1: deepest'], ['1,1: third']]);
  });

  it('gives each cell the source of its own table', () => {
    const doc = readPage(page);
    expect(doc.tables[1]!.cells[1]!.source).toEqual({ kind: 'html', table: 2, row: 1, col: 2 });
    expect(doc.tables[3]!.cells[0]!.source).toEqual({ kind: 'html', table: 4, row: 1, col: 1 });
    for (const table of doc.tables) for (const cell of table.cells) expect(cell.source).toEqual({ kind: 'html', table: (table.origin as { table: number }).table, row: cell.row, col: cell.col });
  });

  it('makes a <table> straight inside a table (not in a cell) its sibling, as a browser does', () => {
    const doc = readPage('<table><tr><td>a</td></tr><table><tr><td>b</td></tr></table>');
    expect(doc.tables.map(layout)).toEqual([['1,1: a'], ['1,1: b']]);
  });

  it('moves text standing between cells out of the table, into the prose before it', () => {
    const doc = readPage('<table><tr>stray<td>a</td></tr><caption>表三 收到和处理政府信息公开申请情况</caption></table>');
    expect(layout(doc.tables[0])).toEqual(['1,1: a']);
    expect(textsOf(doc)).toEqual(['stray', '表三 收到和处理政府信息公开申请情况']);
  });

  it('finds no table in what is never shown: a <noscript> or <template> holds markup, not a table', () => {
    const doc = readPage('<noscript><table><tr><td>x</td></tr></table></noscript><template><table><tr><td>t</td></tr></table></template><table><tr><td>y<noscript><td>z</noscript></td></tr></table>');
    expect(doc.tables.map(layout)).toEqual([['1,1: y']]);
  });

  it('emits cells in row-major order', () => {
    const doc = readPage('<table><tr><td rowspan="2">A</td><td>B</td></tr><tr><td>C</td></tr><tfoot><tr><td>F</td><td>G</td></tr></tfoot></table>');
    expect(doc.tables[0]!.cells.map((c) => [c.row, c.col])).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
      [3, 1],
      [3, 2],
    ]);
  });
});
