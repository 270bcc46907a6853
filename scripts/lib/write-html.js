// A report as a web page, from the blocks of scripts/lib/report-blocks.js: paragraphs, and tables
// whose merges become rowspan/colspan. Options make the pages real producers write:
//   cms            a CMS article page: banner, menus, a sidebar of links to other years' reports,
//                  上一篇/下一篇 links, a footer and scripts, the report inside a layout table,
//                  headers as <th> in <thead>
//   word           Word's "Save as Web Page": MsoNormal paragraphs, mso- styles, <o:p></o:p>,
//                  text split over <span>s (a number too), &nbsp; padding, conditional comments,
//                  hidden text (display:none) and the supportMisalignedColumns spacer row
//   gbk            encoded in GBK, declared (<meta charset="gb2312">, or Word's http-equiv form)
//   gbkUndeclared  encoded in GBK, declared nowhere (a page saved without its HTTP header)
//   brInLabels     long header labels broken by <br> (本年新<br>制作数量)
//   mhtml          saved as one file (.mht) the way Word and IE do: multipart/related, the page
//                  quoted-printable in its own charset
//   imageTables    each table replaced by an <img> of it (the tables are pictures)
// The same blocks and options always give the same bytes.
import iconv from 'iconv-lite';

/**
 * @typedef {import('./report-blocks.js').Block} Block
 * @typedef {{ cms?: boolean, word?: boolean, gbk?: boolean, gbkUndeclared?: boolean, brInLabels?: boolean,
 *   mhtml?: boolean, imageTables?: boolean, title?: string }} HtmlOptions
 */

const SIDEBAR_YEARS = ['2022', '2021', '2020', '2019'];

/** @param {Block[]} blocks @param {HtmlOptions} [options] @returns {Uint8Array} */
export function writeHtml(blocks, options = {}) {
  const gbk = Boolean(options.gbk || options.gbkUndeclared);
  const declared = options.gbkUndeclared ? undefined : gbk ? 'gb2312' : 'utf-8';
  const title = options.title ?? blocks.find((b) => 'paragraph' in b && b.style === 'title')?.paragraph ?? '';
  const page = options.word ? wordPage(blocks, title, declared, options) : options.cms ? cmsPage(blocks, title, declared, options) : plainPage(blocks, title, declared, options);
  const bytes = gbk ? new Uint8Array(iconv.encode(page, 'gbk')) : new TextEncoder().encode(page);
  return options.mhtml ? mhtml(bytes, declared ?? 'gb2312') : bytes;
}

/**
 * The text a header label holds when `brInLabels` broke it: its two halves on two lines, as a
 * browser shows `本年新<br>制作数量`. Labels shorter than four characters are not broken.
 * @param {string} text @returns {[string, string] | undefined}
 */
export function brokenLabel(text) {
  if (text.length < 4 || text.startsWith('（')) return undefined;
  const at = Math.floor(text.length / 2);
  return [text.slice(0, at), text.slice(at)];
}

/**
 * What a reader should see in a cell the writer was given `text` for: the text itself, its halves
 * on two lines for a broken label.
 * @param {{ text: string, role: string }} cell @param {HtmlOptions} options @returns {string}
 */
export function expectedCellText(cell, options) {
  const broken = options.brInLabels && cell.role === 'header' ? brokenLabel(cell.text) : undefined;
  return broken ? broken.join('\n') : cell.text;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The rows of a block table: each slot once, the top-left slot of a merge with its spans, covered slots skipped. */
function tableRows(table) {
  const byPosition = new Map(table.cells.map((c) => [`${c.row},${c.col}`, c]));
  const mergeAt = new Map(table.merges.map((m) => [`${m.top},${m.left}`, m]));
  const covered = new Set();
  for (const m of table.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const rows = [];
  for (let r = 1; r <= table.height; r++) {
    const row = [];
    for (let c = 1; c <= table.width; c++) {
      const at = `${r},${c}`;
      if (covered.has(at)) continue;
      const merge = mergeAt.get(at);
      const cell = byPosition.get(at);
      row.push({ text: cell?.text ?? '', role: cell?.role ?? 'value', rowSpan: merge ? merge.bottom - merge.top + 1 : 1, colSpan: merge ? merge.right - merge.left + 1 : 1 });
    }
    rows.push(row);
  }
  return rows;
}

/** Leading rows made only of header cells, when no span crosses out of them: a <thead>. */
function headRows(table) {
  const roles = new Map();
  for (const c of table.cells) roles.set(c.row, [...(roles.get(c.row) ?? []), c.role]);
  let head = 0;
  while (head < table.height && (roles.get(head + 1) ?? []).every((r) => r === 'header' || r === 'note') && roles.has(head + 1)) head++;
  while (head > 0 && table.merges.some((m) => m.top <= head && m.bottom > head)) head--;
  return head;
}

const spans = (cell) => `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;

function cellContent(cell, options, wrap = escape) {
  const broken = options.brInLabels && cell.role === 'header' ? brokenLabel(cell.text) : undefined;
  return broken ? `${wrap(broken[0])}<br>${wrap(broken[1])}` : wrap(cell.text);
}

// ---------------------------------------------------------------------------------------------
// A plain page, as a CMS editor or a hand-written page has it.

function plainTable(table, options, th = false) {
  const rows = tableRows(table);
  const head = th ? headRows(table) : 0;
  const out = [`<table border="1" cellspacing="0" cellpadding="4" class="report-table" data-table="${table.id}">`];
  rows.forEach((row, i) => {
    if (th && head > 0 && i === 0) out.push('<thead>');
    if (th && i === head) out.push('<tbody>');
    const tag = th && i < head ? 'th' : 'td';
    out.push(`<tr>${row.map((cell) => `<${tag}${spans(cell)}>${cellContent(cell, options)}</${tag}>`).join('')}</tr>`);
    if (th && head > 0 && i === head - 1) out.push('</thead>');
  });
  if (th) out.push('</tbody>');
  out.push('</table>');
  return out.join('\n');
}

function image(table) {
  return `<p style="text-align:center"><img src="/uploads/report/${table.id}.png" alt="" width="600"></p>`;
}

function plainBody(blocks, options, th = false) {
  return blocks
    .map((block) => {
      if ('table' in block) return options.imageTables ? image(block.table) : plainTable(block.table, options, th);
      const tag = block.style === 'title' ? 'h1' : block.style === 'heading' ? 'h3' : 'p';
      return `<${tag}>${escape(block.paragraph)}</${tag}>`;
    })
    .join('\n');
}

function charsetMeta(declared) {
  return declared ? `<meta charset="${declared}">\n` : '';
}

function plainPage(blocks, title, declared, options) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${charsetMeta(declared)}<title>${escape(title)}</title>
<style>table{border-collapse:collapse}td{border:1px solid #000;padding:4px}</style>
</head>
<body>
${plainBody(blocks, options)}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// A CMS article page: the report inside a layout table, among menus, links and scripts.

/** The same agency's report of another year (a page that is no report links the reports of a stock agency). */
function otherYearTitle(title, year) {
  return /\d{4}(?=年政府信息公开)/.test(title) ? title.replace(/\d{4}(?=年政府信息公开)/, year) : `某某市某某局${year}年政府信息公开工作年度报告`;
}

function cmsPage(blocks, title, declared, options) {
  const sidebar = SIDEBAR_YEARS.filter((y) => !title.includes(`${y}年政府信息公开`)).map(
    (y, i) =>
      `      <li><a href="/xxgk/ndbg/${y}/art_${i + 101}.html" title="${escape(otherYearTitle(title, y))}">${escape(otherYearTitle(title, y))}</a><span class="date">[${y === '2019' ? '2020-01-20' : `${Number(y) + 1}-01-2${i}`}]</span></li>`,
  );
  const previous = otherYearTitle(title, SIDEBAR_YEARS.find((y) => !title.includes(`${y}年政府信息公开`)) ?? '2018');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${charsetMeta(declared)}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}_某某市人民政府</title>
<link rel="stylesheet" href="/static/css/main.css">
<script>var siteId = "0001"; document.write('<div class="tip">本站提示</div>');</script>
<style>.layout{width:1000px}.side{width:240px}</style>
</head>
<body>
<header class="site-header">
  <div class="logo"><img src="/static/img/logo.png" alt="某某市人民政府"></div>
  <div class="top-links"><a href="/">首页</a> | <a href="/en/">English</a> | <a href="/wza/">无障碍</a></div>
  <form action="/search" method="get" class="search"><label for="q">站内搜索</label><input id="q" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
</header>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/xxgk/ndbg/">政府信息公开年报</a></div>
<table class="layout" width="1000" border="0" cellspacing="0" cellpadding="0">
<tr>
  <td class="side" valign="top">
    <div class="side-title">相关年报</div>
    <ul class="side-list">
${sidebar.join('\n')}
    </ul>
    <select onchange="location=this.value"><option>—— 部门网站 ——</option><option value="/a/">某某市教育局</option></select>
  </td>
  <td class="main" valign="top">
    <div class="info">发布时间：2023-01-18　来源：某某市某某局　浏览次数：<span id="views"></span></div>
    <div class="article" id="zoom">
${plainBody(blocks, options, true)}
    </div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
    <div class="pager"><p>上一篇：<a href="/xxgk/ndbg/prev.html">${escape(previous)}</a></p><p>下一篇：<a href="/xxgk/ndbg/next.html">某某市某某局关于印发2023年政务公开工作要点的通知</a></p></div>
    <div class="attachments" style="display: none">相关附件：某某市某某局2018年政府信息公开工作年度报告.doc</div>
  </td>
</tr>
</table>
<aside class="float-box"><a href="/hdjl/">我要留言</a><a href="#top">返回顶部</a></aside>
<footer class="site-footer">
  <p>主办：某某市人民政府办公室　承办：某某市大数据中心</p>
  <p><a href="https://beian.miit.gov.cn/">某ICP备05000000号</a>　网站标识码：3700000000</p>
</footer>
<script src="/static/js/jquery.min.js"></script>
<script>$(function () { $('#views').text('1024'); if (a < b && c > d) {} });</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Word's "Save as Web Page" (filtered or not, Word 2016 on Chinese Windows).

/**
 * Text as Word's runs write it: digits and Latin in their own `<span lang=EN-US>` runs, and each run
 * of four characters or more split in two where an edit would have split it (a number of two digits
 * or more is split after its first digit).
 */
function wordRuns(text, style) {
  const runs = text.match(/[\x21-\x7e]+|[^\x21-\x7e]+/g) ?? [];
  const out = [];
  for (const run of runs) {
    const latin = /^[\x21-\x7e]/.test(run);
    const cut = latin ? (run.length >= 2 ? 1 : 0) : run.length >= 4 ? Math.floor(run.length / 2) : 0;
    const pieces = cut ? [run.slice(0, cut), run.slice(cut)] : [run];
    for (const piece of pieces) {
      out.push(latin ? `<span lang=EN-US style='${style};mso-fareast-font-family:宋体'>${escape(piece)}</span>` : `<span style='${style}'>${escape(piece)}</span>`);
    }
  }
  return out.join('');
}

const TD_STYLE = 'border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt';

function wordTable(table, options) {
  const rows = tableRows(table);
  let firstValue = true;
  const out = [
    `<div align=center>`,
    `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=${table.width * 60} style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>`,
  ];
  rows.forEach((row, i) => {
    out.push(` <tr style='mso-yfti-irow:${i}${i === 0 ? ';mso-yfti-firstrow:yes' : ''};height:20.0pt'>`);
    for (const cell of row) {
      const style = 'font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;mso-font-kerning:0pt';
      let content;
      if (cell.text === '') content = `<span lang=EN-US style='${style}'><o:p>&nbsp;</o:p></span>`;
      else {
        content = cellContent(cell, options, (t) => wordRuns(t, style));
        // Hidden text Word keeps in the file: a number deleted by hiding it, next to the real one.
        if (cell.role === 'value' && firstValue) {
          content = `<span lang=EN-US style='display:none;mso-hide:all'>99</span>${content}`;
          firstValue = false;
        }
        if (cell.role === 'value') content = `<span style='mso-spacerun:yes'>&nbsp;</span>${content}<span style='mso-spacerun:yes'>&nbsp; </span>`;
        content += `<span lang=EN-US style='${style}'><o:p></o:p></span>`;
      }
      out.push(`  <td width=${cell.colSpan * 60}${spans(cell).replace(/"/g, '')} valign=center style='width:${cell.colSpan * 45}.0pt;${TD_STYLE}'>`);
      out.push(`  <p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>${content}</p>`);
      out.push('  </td>');
    }
    out.push(' </tr>');
  });
  out.push(' <![if !supportMisalignedColumns]>', ' <tr height=0>');
  for (let c = 0; c < table.width; c++) out.push("  <td width=60 style='border:none'></td>");
  out.push(' </tr>', ' <![endif]>', '</table>', '</div>');
  return out.join('\n');
}

function wordParagraph(block, index) {
  if (block.style === 'title') {
    return `<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${wordRuns(block.paragraph, 'font-size:22.0pt;font-family:方正小标宋简体')}<span lang=EN-US><o:p></o:p></span></span></b></p>`;
  }
  const font = block.style === 'heading' ? '黑体' : '仿宋_GB2312';
  const style = `font-size:16.0pt;font-family:${font}`;
  const hidden = index === 2 ? `<span style='display:none;mso-hide:all'>（此段为起草说明，不予公开）</span>` : '';
  return `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>${hidden}${wordRuns(block.paragraph, style)}<span lang=EN-US style='${style}'><o:p></o:p></span></p>`;
}

function wordPage(blocks, title, declared, options) {
  const meta = declared ? `<meta http-equiv=Content-Type content="text/html; charset=${declared}">\n` : '';
  const body = blocks
    .map((block, i) => {
      if ('table' in block) return options.imageTables ? image(block.table) : wordTable(block.table, options);
      return wordParagraph(block, i);
    })
    .join('\n\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
${meta}<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="report.files/filelist.xml">
<title>${escape(title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:Pages>5</o:Pages>
  <o:Words>3141</o:Words>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:Compatibility>
   <w:SpaceForUL/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

<!--[if gte vml 1]><v:shapetype id="_x0000_t75" coordsize="21600,21600"><v:stroke joinstyle="miter"/></v:shapetype><![endif]-->
${body}

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
`;
}

// ---------------------------------------------------------------------------------------------
// A single-file web page (.mht), as Word and Internet Explorer write it.

const BOUNDARY = '----=_NextPart_01D9A1B2.3C4D5E60';

/** Quoted-printable (RFC 2045): bytes outside printable ASCII and `=` as =XX, lines cut at 76 with a soft break. */
function quotedPrintable(bytes) {
  const lines = [];
  let line = '';
  const push = (token) => {
    if (line.length + token.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += token;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0d && bytes[i + 1] === 0x0a) continue;
    if (b === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    push(b === 0x3d || b < 0x20 || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b));
  }
  lines.push(line);
  return lines.join('\r\n');
}

function mhtml(pageBytes, charset) {
  const preamble = iconv.encode('此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。', 'gbk');
  const head = `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="${BOUNDARY}"\r\n\r\n`;
  const page = `\r\n\r\n--${BOUNDARY}\r\nContent-Location: file:///C:/D5E60/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="${charset}"\r\n\r\n${quotedPrintable(pageBytes)}\r\n\r\n`;
  const filelist = `--${BOUNDARY}\r\nContent-Location: file:///C:/D5E60/report.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset="utf-8"\r\n\r\n<xml xmlns:o=3D"urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef=3D"../report.htm"/>\r\n <o:File HRef=3D"filelist.xml"/>\r\n</xml>\r\n--${BOUNDARY}--\r\n`;
  const parts = [new TextEncoder().encode(head), new Uint8Array(preamble), new TextEncoder().encode(page + filelist)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
