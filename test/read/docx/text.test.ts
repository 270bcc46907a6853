/**
 * A cell's and a paragraph's text is what the document prints, in its final form: each case below
 * is a piece of WordprocessingML as Word, WPS or LibreOffice write it, and the text it must give.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/read/docx/text.js';
import { cellText, docx, p, readOk, tbl, tc, tr } from './support.js';

const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instr = (code: string) => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`;
const rev = 'w:id="1" w:author="a" w:date="2022-01-01T00:00:00Z"';

describe('runs', () => {
  it('joins a number split over runs into one number', () => {
    expect(cellText(para(r('2'), r('1')))).toBe('21');
    expect(cellText(para(r('1'), '<w:proofErr w:type="gramStart"/>', r('0'), '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>', r('000件以上')))).toBe('10000件以上');
  });

  it('prints a tab as a space and a line break as a new line; joins paragraphs with new lines', () => {
    expect(cellText(para(r('结果'), '<w:r><w:tab/></w:r>', r('维持')))).toBe('结果 维持');
    expect(cellText(para(r('本年新'), '<w:r><w:br/></w:r>', r('制作数量')))).toBe('本年新\n制作数量');
    expect(cellText(para(r('a'), '<w:r><w:cr/></w:r>', r('b')))).toBe('a\nb');
    expect(cellText(para(r('本年新')) + para(r('公开数量')))).toBe('本年新\n公开数量');
  });

  it('leaves out tab stops and paragraph properties, which are no text', () => {
    const pPr = '<w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>';
    expect(cellText(`<w:p>${pPr}${r('19')}</w:p>`)).toBe('19');
  });

  it('trims the cell, turns no-break spaces into spaces, keeps spaces inside', () => {
    expect(cellText(para(r('\u00a0\u00a019\u00a0')))).toBe('19');
    expect(cellText(para(r('  行政\u00a0许可 ')))).toBe('行政 许可');
    expect(cellText(para(r('\u3000总计\u3000')))).toBe('总计');
    expect(cellText(para() + para(r('5')) + para())).toBe('5');
  });

  it('drops XML white space at the edges of a w:t without xml:space="preserve", as Word does', () => {
    expect(cellText('<w:p><w:r><w:t>1 </w:t></w:r><w:r><w:t> 2</w:t></w:r></w:p>')).toBe('12');
    expect(cellText('<w:p><w:r><w:t xml:space="preserve">1 </w:t></w:r><w:r><w:t>2</w:t></w:r></w:p>')).toBe('1 2');
  });

  it('decodes XML character references', () => {
    expect(cellText(para(r('A&amp;B &lt;1&gt; &#x4E00;&#20108;')))).toBe('A&B <1> 一二');
  });

  it('prints a no-break hyphen as a hyphen, a symbol as its character, a soft hyphen not at all', () => {
    expect(cellText(para('<w:r><w:noBreakHyphen/><w:t>8</w:t></w:r>'))).toBe('-8');
    expect(cellText(para('<w:r><w:sym w:font="Symbol" w:char="00B1"/><w:t>2</w:t></w:r>'))).toBe('±2');
    expect(cellText(para('<w:r><w:t>规范</w:t><w:softHyphen/><w:t>性文件</w:t></w:r>'))).toBe('规范性文件');
  });

  it('reads the base of ruby text (a phonetic guide), not the guide', () => {
    expect(cellText(para(`<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>xíng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>行</w:t></w:r></w:rubyBase></w:ruby></w:r>`, r('政')))).toBe('行政');
  });

  it('reads through hyperlinks, smart tags, custom XML, bidi wrappers and simple fields', () => {
    expect(cellText(para(`<w:hyperlink r:id="rId9">${r('详见')}</w:hyperlink>`, `<w:smartTag w:uri="u" w:element="date"><w:smartTagPr/>${r('1')}</w:smartTag>`))).toBe('详见1');
    expect(cellText(para(`<w:customXml w:element="v"><w:customXmlPr/>${r('2')}</w:customXml>`, `<w:dir w:val="ltr">${r('3')}</w:dir>`))).toBe('23');
    expect(cellText(para(`<w:fldSimple w:instr=" =SUM(LEFT) ">${r('41')}</w:fldSimple>`))).toBe('41');
  });
});

describe('tracked changes, as the final document prints', () => {
  it('keeps inserted text and leaves deleted text out', () => {
    expect(cellText(para(`<w:del ${rev}><w:r><w:delText>11</w:delText></w:r></w:del>`, `<w:ins ${rev}>${r('10')}</w:ins>`))).toBe('10');
    // A producer that writes w:t inside w:del, or a tab or break there: still not printed.
    expect(cellText(para(r('3'), `<w:del ${rev}><w:r><w:t>9</w:t><w:tab/><w:br/></w:r></w:del>`))).toBe('3');
  });

  it('keeps text moved here and leaves text moved away out', () => {
    expect(cellText(para(`<w:moveFrom ${rev}>${r('旧处')}</w:moveFrom>`, `<w:moveTo ${rev}>${r('新处')}</w:moveTo>`))).toBe('新处');
  });

  it('leaves out a row deleted with changes tracked, so the rows after it keep their places', () => {
    const deleted = `<w:tr><w:trPr><w:del ${rev}/></w:trPr>${tc(para(`<w:del ${rev}><w:r><w:delText>x</w:delText></w:r></w:del>`))}</w:tr>`;
    const document = readOk(docx(tbl(tr(tc(p('a'))), deleted, tr(tc(p('b'))))));
    expect(document.tables[0]!.cells.map((c) => [c.row, c.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('reads the current properties, not the old ones a change keeps (w:rPrChange, w:tcPrChange)', () => {
    const tcPr = `<w:gridSpan w:val="2"/><w:tcPrChange ${rev}><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>`;
    const hiddenBefore = `<w:r><w:rPr><w:b/><w:rPrChange ${rev}><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>7</w:t></w:r>`;
    const document = readOk(docx(tbl(tr(tc(para(hiddenBefore), tcPr), tc(p('x'))))));
    expect(document.tables[0]!.cells).toMatchObject([
      { col: 1, colSpan: 2, text: '7' },
      { col: 3, text: 'x' },
    ]);
  });
});

describe('fields', () => {
  it('leaves the code out and keeps the result: a table formula prints its number', () => {
    expect(cellText(para(fld('begin'), instr(' =SUM(LEFT) '), fld('separate'), r('41'), fld('end')))).toBe('41');
  });

  it('handles a field inside a field’s code (the inner result belongs to the code)', () => {
    const inner = [fld('begin'), instr(' PAGE '), fld('separate'), r('3'), fld('end')].join('');
    expect(cellText(para(fld('begin'), instr(' IF '), inner, instr(' > 1 "多" "少" '), fld('separate'), r('多'), fld('end')))).toBe('多');
  });

  it('prints nothing for a field with no result, and the text after it', () => {
    expect(cellText(para(r('第'), fld('begin'), instr(' PAGE '), fld('end'), r('页')))).toBe('第页');
  });

  it('carries a field across runs and paragraphs of a cell', () => {
    expect(cellText(para(fld('begin'), instr(' TOC ')) + para(fld('separate'), r('1')) + para(r('2'), fld('end')))).toBe('1\n2');
  });
});

describe('hidden text', () => {
  it('leaves out runs marked w:vanish, but not w:vanish w:val="0" nor a hidden paragraph mark', () => {
    expect(cellText(para(r('999', '<w:vanish/>'), r('19')))).toBe('19');
    expect(cellText(para(r('1', '<w:vanish w:val="0"/>'), r('9', '<w:vanish w:val="false"/>')))).toBe('19');
    expect(cellText(`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${r('5')}</w:p>`)).toBe('5');
  });

  it('leaves a wholly hidden paragraph out of the prose', () => {
    const document = readOk(docx(p('一、总体情况') + para(r('编辑说明', '<w:vanish/>')) + p('正文')));
    expect(document.prose.map((x) => x.text)).toEqual(['一、总体情况', '正文']);
  });
});

describe('content controls (w:sdt) are read through', () => {
  const sdt = (content: string, sdtPr = '<w:alias w:val="v"/>') => `<w:sdt><w:sdtPr>${sdtPr}</w:sdtPr><w:sdtEndPr/><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  it('at run level', () => {
    expect(cellText(para(r('共'), sdt(r('21')), r('件')))).toBe('共21件');
  });

  it('at cell, row and block level', () => {
    const document = readOk(docx(sdt(p('表三')) + tbl(sdt(tr(tc(p('a')), sdt(tc(p('b'))))), tr(tc(p('c')), tc(p('d'))))));
    expect(document.prose.map((x) => x.text)).toEqual(['表三']);
    expect(document.tables[0]!.cells.map((c) => [c.row, c.col, c.text])).toEqual([
      [1, 1, 'a'],
      [1, 2, 'b'],
      [2, 1, 'c'],
      [2, 2, 'd'],
    ]);
  });

  it('leaves out the placeholder text of a control never filled in (w:showingPlcHdr)', () => {
    expect(cellText(para(sdt(r('单击或点击此处输入文字。'), '<w:showingPlcHdr/>')))).toBeUndefined();
    expect(cellText(para(sdt(r('12'), '<w:showingPlcHdr w:val="false"/>')))).toBe('12');
    const document = readOk(docx(sdt(p('请输入单位名称'), '<w:placeholder><w:docPart w:val="x"/></w:placeholder><w:showingPlcHdr/>') + p('正文')));
    expect(document.prose.map((x) => x.text)).toEqual(['正文']);
  });
});

describe('prose', () => {
  it('is the body’s non-empty paragraphs outside tables, numbered in reading order', () => {
    const document = readOk(docx(p('标题') + '<w:p/>' + tbl(tr(tc(p('格内')))) + p('  ') + p('结尾')));
    expect(document.prose).toEqual([
      { text: '标题', source: { kind: 'docx', paragraph: 1 } },
      { text: '结尾', source: { kind: 'docx', paragraph: 2 } },
    ]);
  });

  it('reads a text box once, after the paragraph it is anchored in, skipping its VML copy (mc:Fallback)', () => {
    const box = `<w:txbxContent>${p('框内文字')}</w:txbxContent>`;
    const anchored = `<w:p>${r('锚定段落')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const document = readOk(docx(anchored + p('下一段')));
    expect(document.prose.map((x) => x.text)).toEqual(['锚定段落', '框内文字', '下一段']);
  });

  it('is not taken from tables nested anywhere, nor from section properties', () => {
    const document = readOk(docx(tbl(tr(tc(p('外') + tbl(tr(tc(p('内')))) + '<w:p/>'))) + '<w:p><w:pPr><w:sectPr/></w:pPr></w:p>' + p('正文')));
    expect(document.prose.map((x) => x.text)).toEqual(['正文']);
  });
});

describe('cleanText', () => {
  const EDGES = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;
  const reference = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(EDGES, '');
  it('trims what the pattern over the whole text trims, and only that', () => {
    const pieces = ['', ' ', '\u00a0', '\u202f', '\u200b', '\ufeff', '\u3000', '\n', '\t', 'a', '本年', '1 2', '\u2028', '\u200c'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) expect(cleanText(a + b + c), JSON.stringify(a + b + c)).toBe(reference(a + b + c));
  });
});
