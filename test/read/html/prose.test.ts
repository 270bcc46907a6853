import { describe, expect, it } from 'vitest';
import { layout, readPage, textsOf } from './read.js';

/** The text outside tables, in paragraphs, without the page's chrome; and the declared title. */
describe('the prose of a page', () => {
  it('makes each block holding text one paragraph, numbered over the non-empty ones', () => {
    const doc = readPage('<body><h1>标题</h1><p></p><p>&nbsp;</p><p>第一段</p><div>散文<p>段落</p>其后</div><ul><li>甲</li><li>乙</li></ul></body>');
    expect(doc.prose).toEqual(['标题', '第一段', '散文', '段落', '其后', '甲', '乙'].map((text, i) => ({ text, source: { kind: 'html', paragraph: i + 1 } })));
  });

  it('keeps a paragraph broken by <br> as one paragraph, its lines joined by "\\n"', () => {
    expect(textsOf(readPage('<p>沭阳县发展和改革局<br>2024年1月17日</p><p>下一段</p>'))).toEqual(['沭阳县发展和改革局\n2024年1月17日', '下一段']);
  });

  it('runs inline elements together, as in a cell', () => {
    expect(textsOf(readPage('<p><span>本年度共收到申请</span><span>2</span><span>6</span><span>件。</span></p>'))).toEqual(['本年度共收到申请26件。']);
  });

  it('leaves out text in tables: it is the tables’ text', () => {
    expect(textsOf(readPage('<p>前</p><table><tr><td>表中</td></tr></table><p>后</p>'))).toEqual(['前', '后']);
  });

  it('leaves out navigation, side bars, the page’s banner and footer', () => {
    const doc = readPage(`
      <header><div class="logo">某某市人民政府</div></header>
      <nav><a href="/">首页</a> 政务公开</nav>
      <div role="navigation">栏目导航</div>
      <aside>热点专题</aside>
      <p>正文</p>
      <footer>主办：某某市人民政府办公室</footer>`);
    expect(textsOf(doc)).toEqual(['正文']);
  });

  it('keeps an article’s own header and footer (the title is often there)', () => {
    const doc = readPage('<article><header><h1>某某局2022年政府信息公开工作年度报告</h1></header><p>正文</p><footer>某某局 2023年1月</footer></article>');
    expect(textsOf(doc)).toEqual(['某某局2022年政府信息公开工作年度报告', '正文', '某某局 2023年1月']);
  });

  it('leaves out paragraphs that are mostly links: menus, “related reports” lists with their dates, 上一篇/下一篇', () => {
    const doc = readPage(`
      <div class="side"><div class="title">相关年报</div><ul>
        <li><a href="/2021.html">某某局2021年政府信息公开工作年度报告</a><span>[2022-01-20]</span></li>
        <li>· <a href="/2020.html">某某局2020年政府信息公开工作年度报告</a></li>
      </ul></div>
      <p>上一篇：<a href="/p.html">某某局2021年政府信息公开工作年度报告</a></p>
      <p>当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></p>
      <p>年度报告通过<a href="http://www.example.gov.cn/">某某市人民政府网站</a>公开，本年度共收到申请26件，均已按期办结。</p>
      <h2><a name="_Toc1">一、总体情况</a></h2>`);
    expect(textsOf(doc)).toEqual(['相关年报', '年度报告通过某某市人民政府网站公开，本年度共收到申请26件，均已按期办结。', '一、总体情况']);
    expect(textsOf(doc).join('')).not.toContain('2021年');
  });

  it('leaves out a search form, but not a form that wraps the page (ASP.NET pages do)', () => {
    const search = readPage('<form action="/s"><label>站内搜索</label><input name="q"><button>搜索</button></form><p>正文</p>');
    expect(textsOf(search)).toEqual(['正文']);
    const aspnet = readPage(`<form id="form1" runat="server"><input type="hidden" name="__VIEWSTATE" value="x">
      <h1>某某局2022年政府信息公开工作年度报告</h1><p>本年度共收到申请26件。</p>
      <table><tr><td>一、本年新收政府信息公开申请数量</td><td>26</td></tr></table></form>`);
    expect(textsOf(aspnet)).toEqual(['某某局2022年政府信息公开工作年度报告', '本年度共收到申请26件。']);
  });

  it('leaves out what is hidden, and what is never shown (head, scripts, styles, templates)', () => {
    const doc = readPage(`<html><head><title>标题</title><meta charset="utf-8"><style>p{}</style><script>var a = "<p>x</p>";</script></head>
      <body><p style="display:none">隐藏</p><p hidden>隐藏</p><noscript>请启用脚本</noscript><template><p>模板</p></template><p>可见</p></body></html>`);
    expect(textsOf(doc)).toEqual(['可见']);
  });

  it('reads a page laid out in a table: the paragraphs of a cell holding the report’s tables are prose too', () => {
    const doc = readPage(`
      <table class="layout"><tr>
        <td class="side"><ul><li><a href="/2021.html">某某局2021年政府信息公开工作年度报告</a></li></ul></td>
        <td class="main"><h1>某某局2022年政府信息公开工作年度报告</h1><p>一、总体情况</p>
          <table><tr><td>一、本年新收政府信息公开申请数量</td><td>26</td></tr></table>
          <p>六、其他需要报告的事项</p></td>
      </tr></table>`);
    expect(textsOf(doc)).toEqual(['某某局2022年政府信息公开工作年度报告', '一、总体情况', '六、其他需要报告的事项']);
    expect(layout(doc.tables[0])).toEqual(['1,1: 某某局2021年政府信息公开工作年度报告', '1,2: 某某局2022年政府信息公开工作年度报告\n一、总体情况\n六、其他需要报告的事项']);
    expect(layout(doc.tables[1])).toEqual(['1,1: 一、本年新收政府信息公开申请数量', '1,2: 26']);
  });

  it('reads a narrow table holding page-sized text as layout, but not a statistics table with a long note', () => {
    const long = '本年度，我单位认真贯彻落实《条例》，持续推进政务公开工作。'.repeat(8);
    expect(textsOf(readPage(`<table><tr><td><h1>标题</h1><p>${long}</p></td></tr></table>`))).toEqual(['标题', long]);
    const note = `<tr><td colspan="4">注：${long}</td></tr>`;
    expect(textsOf(readPage(`<table><tr><td>规章</td><td>1</td><td>0</td><td>5</td></tr>${note}</table>`))).toEqual([]);
  });

  it('marks a table hidden as a whole (a tab a script would show) and still reads it; hidden prose is gone', () => {
    const doc = readPage('<div style="display:none"><p>隐藏段落</p><table><tr><td>自然人</td><td>26</td></tr></table></div><table><tr><td>可见</td></tr></table>');
    expect(doc.tables.map((t) => t.hidden ?? false)).toEqual([true, false]);
    expect(layout(doc.tables[0])).toEqual(['1,1: 自然人', '1,2: 26']);
    expect(textsOf(doc)).toEqual([]);
  });
});

describe('the declared title', () => {
  it('is the first <title>, its white space collapsed and trimmed', () => {
    expect(readPage('<html><head><title>\n  某某局2022年政府信息公开工作年度报告-某某局 \n</title></head><body><div><title>某某县人民政府</title></div></body></html>').declaredTitle).toBe(
      '某某局2022年政府信息公开工作年度报告-某某局',
    );
  });

  it('is absent when the page has none, or an empty one; it is never prose', () => {
    expect(readPage('<p>正文</p>').declaredTitle).toBeUndefined();
    expect(readPage('<title> </title><p>正文</p>').declaredTitle).toBeUndefined();
    expect(textsOf(readPage('<title>标题</title><p>正文</p>'))).toEqual(['正文']);
  });

  it('decodes entities', () => {
    expect(readPage('<title>A &amp; B&nbsp;报告</title>').declaredTitle).toBe('A & B 报告');
  });
});
