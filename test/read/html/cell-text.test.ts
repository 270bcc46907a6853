import { describe, expect, it } from 'vitest';
import { readPage } from './read.js';

/** A cell's text as a browser shows it. */
const cell = (content: string): string | undefined => readPage(`<table><tr><td>${content}</td></tr></table>`).tables[0]!.cells[0]?.text;

describe('the text of a cell', () => {
  it('runs text nodes together with nothing between them: a number split over spans is one number', () => {
    expect(cell('<span>2</span><span>1</span>')).toBe('21');
    expect(cell('<span>申请人情</span><span>况</span>')).toBe('申请人情况');
    expect(cell('<font face="宋体">1</font>0<font>000</font>件以上')).toBe('10000件以上');
    expect(cell('2\u200b1')).toBe('21'); // a zero-width space is no space
  });

  it('breaks lines at <br> and between block elements, and nowhere else', () => {
    expect(cell('本年新<br>制作数量')).toBe('本年新\n制作数量');
    expect(cell('本年新<br/>制作数量')).toBe('本年新\n制作数量');
    expect(cell('本年新</br>制作数量')).toBe('本年新\n制作数量');
    expect(cell('<p>商业</p><p>企业</p>')).toBe('商业\n企业');
    expect(cell('<div>a</div>b<div>c</div>')).toBe('a\nb\nc');
    expect(cell('<ul><li>a</li><li>b</li></ul>')).toBe('a\nb');
    expect(cell('<p>a<br></p><p>b</p>')).toBe('a\nb'); // a <br> ending a block adds no blank line
    expect(cell('a<br><br>b')).toBe('a\n\nb');
    expect(cell('<br>a<br>')).toBe('a');
  });

  it('collapses white space, no-break and ideographic spaces included, to one space, and trims each line', () => {
    expect(cell('&nbsp; 1&nbsp;&nbsp;2 \n\t 3 ')).toBe('1 2 3');
    expect(cell('\u3000\u3000自\u3000然\u3000人')).toBe('自 然 人');
    expect(cell('<span> a </span><span> b </span>')).toBe('a b');
    expect(cell('  a  <br>  b  ')).toBe('a\nb');
  });

  it('decodes entities, named and numeric, with or without the semicolon where HTML allows it', () => {
    expect(cell('&lt;&amp;&gt;&quot;&#x4E00;&#19968;&ldquo;三安全一稳定&rdquo;')).toBe('<&>"一一“三安全一稳定”');
    expect(cell('a&nbspb &amp c')).toBe('a b & c');
  });

  it('keeps preformatted line breaks', () => {
    expect(cell('<pre>a\nb</pre>')).toBe('a\nb');
  });

  it('reads Word-made HTML through: mso styles, <o:p>, conditional comments, spacer runs', () => {
    expect(
      cell(
        `<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'><span style='mso-spacerun:yes'>&nbsp;</span><span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>1</span><span lang=EN-US style='mso-fareast-font-family:宋体'>2</span><span lang=EN-US><o:p></o:p></span></p>`,
      ),
    ).toBe('12');
    expect(cell(`<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->3<![if !supportLists]><![endif]>`)).toBe('3');
    expect(cell(`<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`)).toBeUndefined();
    // A data island outside a comment (some exports) is not text either.
    expect(cell('<xml><o:DocumentProperties><o:Pages>5</o:Pages></o:DocumentProperties></xml>7')).toBe('7');
    // What Word writes between [if !supportLists] is shown by browsers, and read.
    expect(cell(`<p><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>属于国家秘密</p>`)).toBe('1. 属于国家秘密');
  });

  it('leaves out what display:none or the hidden attribute hides, as Word and CMSs use them', () => {
    expect(cell(`<span style='display:none;mso-hide:all'>99</span>5`)).toBe('5');
    expect(cell('<span style="DISPLAY: NONE !important">9</span>5')).toBe('5');
    expect(cell('<span hidden>9</span>5')).toBe('5');
    expect(cell('<div style="display:none"><p>9</p></div><p>5</p>')).toBe('5');
    // The last declaration wins, as in CSS.
    expect(cell('<span style="display:none; display:inline">9</span>5')).toBe('95');
    expect(cell('<span style="color:red;display:inline-block">9</span>5')).toBe('95');
    // A hidden block adds no line break.
    expect(cell('a<div style="display:none">x</div>b')).toBe('ab');
    expect(readPage('<table><tr><td style="display:none">9</td><td>5</td></tr></table>').tables[0]!.cells).toMatchObject([{ row: 1, col: 2, text: '5' }]);
  });

  it('leaves out scripts, styles, fallbacks and form controls', () => {
    expect(cell('<script>document.write("9")</script><style>td{}</style><noscript>9</noscript><template>9</template>5')).toBe('5');
    expect(cell('<select><option>2021</option><option>2022</option></select><button>查询</button><textarea>9</textarea><input value="9">5')).toBe('5');
    expect(cell('<iframe src="x">9</iframe><object>9</object><svg><text>9</text></svg>5')).toBe('5');
  });

  it('keeps link text (a link in a cell is the cell’s text)', () => {
    expect(cell('<a href="/x">政府信息公开指南</a>')).toBe('政府信息公开指南');
  });
});
