// A Word document (.docx) written from a report's blocks (scripts/lib/report-blocks.js): a real,
// minimal WordprocessingML package that Word, WPS and LibreOffice open, its tables laid out as the
// official ones (a grid, `w:gridSpan` across, `w:vMerge` down, single borders). The options make
// the variants real producers write: runs split by editing, tracked changes, content controls, a
// layout table around everything, WPS's extras, fields, hidden text, text boxes, tables as pictures.
// The same blocks and options always give the same bytes: parts are deflated by fflate (pure
// JavaScript, the same on every Node version) and every zip entry is dated 1980-01-01 00:00.
import { deflateSync } from 'fflate';
import { makeZip } from './zip.js';

/**
 * @typedef {import('./report-blocks.js').Block} Block
 * @typedef {object} DocxOptions
 * @property {string | null} [title]  dc:title of the core properties; default the title paragraph's text, null for none
 * @property {boolean} [splitRuns]  every text in several runs (numbers digit by digit), with rsids, proofing marks and a bookmark, as Word saves a document edited by hand
 * @property {boolean} [trackedChanges]  each value cell's old value deleted and the new inserted (w:del/w:ins), a deleted row after 表四, text moved and deleted in the prose
 * @property {boolean} [contentControls]  value cells in content controls: 表二 at cell level, 表三 at run level, 表四's value row at row level; prose in block-level controls, one showing its placeholder
 * @property {boolean} [layoutTable]  the whole report inside a 1×1 layout table
 * @property {boolean} [wps]  as WPS writes: numeric style ids, eastAsia font hints, explicit `w:vMerge w:val="continue"`, blank runs, wpsCustomData and KSO properties
 * @property {boolean} [fields]  totals as `=SUM(LEFT)` formula fields with their result, and a field in the prose
 * @property {boolean} [hiddenText]  hidden runs (w:vanish) beside values and headings, and a wholly hidden paragraph
 * @property {boolean} [textBox]  a text box (mc:AlternateContent: a DrawingML shape and its VML fallback) anchored in the last paragraph
 * @property {boolean} [word]  as Word 2016 writes after editing: rsids and paragraph ids on every paragraph, row and run, direct formatting on every run, borders and shading on every cell
 * @property {boolean} [pictures]  every table replaced by a picture of it (w:drawing, no w:tbl), as reports pasted from screenshots are
 * @property {string} [textBoxText]  the text box's paragraph
 */

export const TEXT_BOX_TEXT = '附：本报告数据统计期限为1月1日至12月31日。';
export const PLACEHOLDER_TEXT = '单击或点击此处输入文字。';

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  wpsCustomData: 'http://www.wps.cn/officeDocument/2013/wpsCustomData',
};

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;
const DATE = '2022-01-20T08:00:00Z';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** @param {Block[]} blocks @param {DocxOptions} [options] @returns {Uint8Array} */
export function writeDocx(blocks, options = {}) {
  const w = new Writer(options);
  const body = w.body(blocks);
  const titleBlock = blocks.find((b) => 'paragraph' in b && b.style === 'title');
  const title = options.title === undefined ? titleBlock?.paragraph : options.title;
  const parts = [
    { name: '[Content_Types].xml', data: contentTypes(options, w.images.length > 0) },
    { name: '_rels/.rels', data: packageRels(options) },
    { name: 'docProps/core.xml', data: coreXml(title) },
    { name: 'docProps/app.xml', data: appXml(options) },
    { name: 'word/document.xml', data: documentXml(body, options) },
    { name: 'word/_rels/document.xml.rels', data: documentRels(options, w.images) },
    { name: 'word/styles.xml', data: stylesXml(options) },
    { name: 'word/settings.xml', data: settingsXml(options) },
    { name: 'word/fontTable.xml', data: fontTableXml() },
    ...w.images.map((img) => ({ name: `word/media/${img.name}`, data: img.data })),
  ];
  if (options.wps) {
    parts.push(
      { name: 'docProps/custom.xml', data: customXml() },
      {
        name: 'customXml/item1.xml',
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<s:customData xmlns="${NS.wpsCustomData}" xmlns:s="${NS.wpsCustomData}"><customSectProps><customSectPr/></customSectProps><customShpExts><customShpInfo spid="_x0000_s1026"/></customShpExts></s:customData>`,
      },
      {
        name: 'customXml/itemProps1.xml',
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{B1977F7D-205B-4081-913C-38D41E755F92}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${NS.wpsCustomData}"/></ds:schemaRefs></ds:datastoreItem>`,
      },
      {
        name: 'customXml/_rels/item1.xml.rels',
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
      },
    );
  }
  return zip(parts);
}

/** Parts deflated, entries dated 1980-01-01 00:00 (makeZip leaves the date 0, which is no date). */
function zip(parts) {
  const entries = parts.map((p) => {
    const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : Buffer.from(p.data);
    return { name: p.name, data, deflated: Buffer.from(deflateSync(data, { level: 6 })) };
  });
  const out = makeZip(entries);
  const DATE_1980 = (0 << 9) | (1 << 5) | 1;
  for (let at = 0; at + 4 <= out.length;) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) {
      out.writeUInt16LE(DATE_1980, at + 12);
      at += 30 + out.readUInt16LE(at + 26) + out.readUInt16LE(at + 28) + out.readUInt32LE(at + 18);
    } else if (signature === 0x02014b50) {
      out.writeUInt16LE(DATE_1980, at + 14);
      at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
    } else break;
  }
  return new Uint8Array(out);
}

class Writer {
  /** @param {DocxOptions} options */
  constructor(options) {
    this.o = options;
    this.id = 0; // w:id of revisions, bookmarks, drawings
    this.images = [];
    this.rsid = 0;
  }

  nextId() {
    return ++this.id;
  }

  style(name) {
    if (!this.o.wps) return name;
    return { Title: '2', Heading1: '3', BodyText: '4', TableText: '5' }[name] ?? name;
  }

  /** Run properties: eastAsia hints and language as WPS writes them, plus any extra. */
  rPr(extra = '') {
    const wps = this.o.wps ? '<w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>' : '';
    const word = this.o.word
      ? '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="宋体" w:cs="宋体" w:hint="eastAsia"/><w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
      : '';
    const all = `${wps}${word}${extra}`;
    return all ? `<w:rPr>${all}</w:rPr>` : '';
  }

  /** Runs of a text: one, or several when runs are split (numbers digit by digit). */
  runs(text, extra = '') {
    if (text === '') return '';
    const pieces = this.o.splitRuns ? split(text) : [text];
    return pieces
      .map((piece, i) => {
        const rsid = this.o.splitRuns || this.o.word ? ` w:rsidR="00${(0xa1b2c0 + (this.rsid++ % 16)).toString(16).toUpperCase()}"` : '';
        const proof = this.o.splitRuns && i === 1 ? '<w:proofErr w:type="gramStart"/>' : this.o.splitRuns && i === 2 ? '<w:proofErr w:type="gramEnd"/>' : '';
        return `${proof}<w:r${rsid}>${this.rPr(extra)}${t(piece)}</w:r>`;
      })
      .join('');
  }

  /** A paragraph's (or row's) start tag; Word's carries revision ids and a paragraph id. */
  pOpen(tag = 'w:p') {
    if (!this.o.word) return `<${tag}>`;
    const n = ++this.rsid;
    const hex = (x) => x.toString(16).toUpperCase().padStart(8, '0');
    return `<${tag} w:rsidR="00${hex(0xa1b2c3 + (n % 7)).slice(2)}" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6" w14:paraId="${hex(0x1a2b0000 + n)}" w14:textId="77777777">`;
  }

  paragraph(text, style, content) {
    const pPr = style ? `<w:pPr><w:pStyle w:val="${this.style(style)}"/></w:pPr>` : '';
    return `${this.pOpen()}${pPr}${content ?? this.runs(text)}${this.o.wps ? '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>' : ''}</w:p>`;
  }

  /** @param {Block[]} blocks */
  body(blocks) {
    const out = [];
    const paragraphs = blocks.filter((b) => 'paragraph' in b);
    const last = paragraphs.at(-1);
    for (const block of blocks) {
      if ('table' in block) {
        out.push(this.o.pictures ? this.picture(block.table) : this.table(block.table));
        continue;
      }
      out.push(this.prose(block, paragraphs.indexOf(block), block === last));
    }
    if (this.o.hiddenText) out.push(`<w:p><w:r>${this.rPr('<w:vanish/>')}${t('（此段为隐藏的编辑说明，不打印）')}</w:r></w:p>`);
    if (this.o.contentControls) {
      out.push(
        `<w:sdt><w:sdtPr><w:alias w:val="落款"/><w:tag w:val="signature"/><w:id w:val="${this.nextId()}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>${t(PLACEHOLDER_TEXT)}</w:r></w:p></w:sdtContent></w:sdt>`,
      );
    }
    let xml = out.join('');
    if (this.o.layoutTable) {
      // Word wants a paragraph at the end of every cell and after every table.
      xml = `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="${TEXT_WIDTH}"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="${TEXT_WIDTH}" w:type="dxa"/></w:tcPr>${xml}<w:p/></w:tc></w:tr></w:tbl><w:p/>`;
    }
    return xml;
  }

  /** A prose paragraph, with the variants' extras: the second paragraph carries tracked changes, the fourth a field, the last the text box. */
  prose(block, index, last) {
    const style = block.style === 'title' ? 'Title' : block.style === 'heading' ? 'Heading1' : 'BodyText';
    let content = this.runs(block.paragraph);
    if (this.o.trackedChanges && index === 1) {
      // The paragraph's end inserted, a sentence moved away and a word deleted: printed as the block's text.
      const cut = Math.max(1, block.paragraph.length - 6);
      content =
        this.runs(block.paragraph.slice(0, cut)) +
        `<w:del w:id="${this.nextId()}" w:author="审核人" w:date="${DATE}"><w:r>${this.rPr()}<w:delText>（草稿）</w:delText></w:r></w:del>` +
        `<w:moveFrom w:id="${this.nextId()}" w:author="审核人" w:date="${DATE}"><w:r>${this.rPr()}<w:t>此句已移走。</w:t></w:r></w:moveFrom>` +
        `<w:moveTo w:id="${this.nextId()}" w:author="审核人" w:date="${DATE}">${this.runs(block.paragraph.slice(cut, cut + 2))}</w:moveTo>` +
        `<w:ins w:id="${this.nextId()}" w:author="审核人" w:date="${DATE}">${this.runs(block.paragraph.slice(cut + 2))}</w:ins>`;
    }
    if (this.o.hiddenText && block.style === 'heading') content = `<w:r>${this.rPr('<w:vanish/>')}${t('[待核]')}</w:r>${content}`;
    if (this.o.fields && index === 3) {
      // A field in the prose (a link, as pasted from a web page): its code is not printed, its result is.
      const cut = Math.max(1, block.paragraph.length - 6);
      content = `${this.runs(block.paragraph.slice(0, cut))}${this.field(' HYPERLINK "http://www.example.gov.cn/xxgk/" ', block.paragraph.slice(cut))}`;
    }
    if (this.o.textBox && last) content += this.textBox(this.o.textBoxText ?? TEXT_BOX_TEXT);
    const paragraph = this.paragraph(block.paragraph, style, content);
    // (The text box's paragraph stays out of a control: LibreOffice 7.4 drops a drawing inside one.)
    if (this.o.contentControls && block.style !== 'title' && block.style !== 'heading' && !(this.o.textBox && last)) {
      return `<w:sdt><w:sdtPr><w:alias w:val="正文"/><w:id w:val="${this.nextId()}"/></w:sdtPr><w:sdtContent>${paragraph}</w:sdtContent></w:sdt>`;
    }
    return paragraph;
  }

  /** A complex field: begin, code, separate, result runs, end. */
  field(code, result) {
    const r = (inner) => `<w:r>${this.rPr()}${inner}</w:r>`;
    return `${r('<w:fldChar w:fldCharType="begin"/>')}${r(`<w:instrText xml:space="preserve">${esc(code)}</w:instrText>`)}${r('<w:fldChar w:fldCharType="separate"/>')}${this.runs(result)}${r('<w:fldChar w:fldCharType="end"/>')}`;
  }

  textBox(text) {
    const id = this.nextId();
    const inner = `<w:txbxContent><w:p><w:r>${this.rPr()}${t(text)}</w:r></w:p></w:txbxContent>`;
    return (
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
      `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>228600</wp:posOffset></wp:positionV>` +
      `<wp:extent cx="5400000" cy="400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="${id}" name="文本框 ${id}"/><wp:cNvGraphicFramePr/>` +
      `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>` +
      `<wps:txbx>${inner}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
      `<v:shape id="文本框 ${id}" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:18pt;width:425.2pt;height:31.5pt;z-index:251659264" strokeweight=".5pt"><v:textbox>${inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
    );
  }

  /** A picture of the table where the table would be: a paragraph holding an inline image, no w:tbl. */
  picture(table) {
    const id = this.nextId();
    const rid = `rIdImg${this.images.length + 1}`;
    this.images.push({ name: `image${this.images.length + 1}.png`, rid, data: PNG });
    const cx = 6120000;
    const cy = Math.round((cx * table.height) / table.width / 2);
    return (
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${id}" name="图片 ${id}" descr="${table.id}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${id}" name="image${this.images.length}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
    );
  }

  /** An official table: its grid, merges as gridSpan and vMerge, value cells per the variant. */
  table(table) {
    const widths = columnWidths(table);
    const byPos = new Map(table.cells.map((c) => [`${c.row},${c.col}`, c]));
    const mergeAt = new Map();
    for (const m of table.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) mergeAt.set(`${r},${c}`, m);
    }
    const border = (side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
    const tblPr =
      `<w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/>` +
      `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
    const grid = `<w:tblGrid>${widths.map((wd) => `<w:gridCol w:w="${wd}"/>`).join('')}</w:tblGrid>`;
    const rows = [];
    for (let r = 1; r <= table.height; r++) {
      const tcs = [];
      const valueRow = table.cells.some((c) => c.row === r && c.role === 'value');
      for (let c = 1; c <= table.width;) {
        const m = mergeAt.get(`${r},${c}`);
        const colSpan = m ? m.right - m.left + 1 : 1;
        if (m && m.left !== c) {
          c++;
          continue;
        }
        const width = widths.slice(c - 1, c - 1 + colSpan).reduce((a, b) => a + b, 0);
        const vMerge = !m || m.top === m.bottom ? '' : m.top === r ? '<w:vMerge w:val="restart"/>' : this.o.wps ? '<w:vMerge w:val="continue"/>' : '<w:vMerge/>';
        const cell = m && m.top !== r ? undefined : byPos.get(`${r},${c}`);
        tcs.push(this.cell(table.id, cell, width, colSpan, vMerge));
        c += colSpan;
      }
      const trPr = this.o.word ? '<w:trPr><w:trHeight w:val="360"/><w:jc w:val="center"/></w:trPr>' : '<w:trPr><w:jc w:val="center"/></w:trPr>';
      let tr = `${this.pOpen('w:tr')}${trPr}${tcs.join('')}</w:tr>`;
      if (this.o.contentControls && table.id === 't4' && valueRow) {
        tr = `<w:sdt><w:sdtPr><w:alias w:val="表四数据"/><w:id w:val="${this.nextId()}"/></w:sdtPr><w:sdtContent>${tr}</w:sdtContent></w:sdt>`;
      }
      rows.push(tr);
    }
    if (this.o.trackedChanges && table.id === 't4') {
      // A row deleted with changes tracked: gone from the final document, so not a row of the table.
      const rev = `w:id="${this.nextId()}" w:author="审核人" w:date="${DATE}"`;
      const tcs = [];
      for (let c = 1; c <= table.width; c++) {
        tcs.push(
          `<w:tc><w:tcPr><w:tcW w:w="${widths[c - 1]}" w:type="dxa"/></w:tcPr><w:p><w:del ${rev.replace(/w:id="\d+"/, `w:id="${this.nextId()}"`)}><w:r><w:delText>${c}</w:delText></w:r></w:del></w:p></w:tc>`,
        );
      }
      rows.push(`<w:tr><w:trPr><w:del ${rev}/></w:trPr>${tcs.join('')}</w:tr>`);
    }
    return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
  }

  cell(tableId, cell, width, colSpan, vMerge) {
    const borders = this.o.word
      ? `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('')}</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>`
      : '';
    const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : ''}${vMerge}${borders}<w:vAlign w:val="center"/></w:tcPr>`;
    const text = cell?.text ?? '';
    const jc = cell && cell.role !== 'value' && cell.role !== 'header' && cell.col <= 3 ? 'left' : 'center';
    const wordPPr = this.o.word ? `<w:widowControl/><w:spacing w:line="240" w:lineRule="auto"/>` : '';
    const pPr = `<w:pPr><w:pStyle w:val="${this.style('TableText')}"/>${wordPPr}<w:jc w:val="${jc}"/>${this.o.word ? this.rPr() : ''}</w:pPr>`;
    const isValue = cell?.role === 'value';
    let content = this.runs(text);
    if (isValue && this.o.trackedChanges) {
      const old = /^\d+(\.\d+)?$/.test(text) ? String(Number(text) + 1) : `${text}0`;
      const del = `<w:del w:id="${this.nextId()}" w:author="审核人" w:date="${DATE}"><w:r>${this.rPr()}<w:delText>${esc(old)}</w:delText></w:r></w:del>`;
      content = text === '' ? del : `${del}<w:ins w:id="${this.nextId()}" w:author="审核人" w:date="${DATE}">${content}</w:ins>`;
    }
    if (isValue && this.o.hiddenText && tableId === 't3') content = `<w:r>${this.rPr('<w:vanish/>')}${t('9')}</w:r>${content}`;
    if (isValue && this.o.fields && cell.key?.endsWith('.total') && text !== '') content = this.field(' =SUM(LEFT) ', text);
    if (isValue && this.o.contentControls && tableId === 't3') {
      content = `<w:sdt><w:sdtPr>${this.rPr()}<w:alias w:val="${esc(cell.key ?? '')}"/><w:tag w:val="${esc(cell.key ?? '')}"/><w:id w:val="${this.nextId()}"/></w:sdtPr><w:sdtContent>${content || `<w:r>${this.rPr()}<w:t></w:t></w:r>`}</w:sdtContent></w:sdt>`;
    }
    const tc = `<w:tc>${tcPr}${this.pOpen()}${pPr}${content}</w:p></w:tc>`;
    if (isValue && this.o.contentControls && tableId === 't2') {
      return `<w:sdt><w:sdtPr><w:alias w:val="${esc(cell.key ?? '')}"/><w:id w:val="${this.nextId()}"/></w:sdtPr><w:sdtContent>${tc}</w:sdtContent></w:sdt>`;
    }
    return tc;
  }
}

/** A text's pieces as Word leaves them after edits: numbers digit by digit, words a few characters at a time. */
function split(text) {
  if (/^[\d.]+$/.test(text) || text.length <= 2) return [...text];
  const pieces = [];
  for (let i = 0; i < text.length; i += 3) pieces.push(text.slice(i, i + 3));
  return pieces;
}

function t(text) {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<w:t${preserve}>${esc(text)}</w:t>`;
}

/** Column widths (twips) that fit the page: label columns wider, the rest shared equally. */
function columnWidths(table) {
  const labels = table.id === 't3' ? [900, 1300, 2300] : table.id === 't2' ? [2600] : [];
  const rest = TEXT_WIDTH - labels.reduce((a, b) => a + b, 0);
  const n = table.width - labels.length;
  return [...labels, ...Array.from({ length: n }, () => Math.floor(rest / n))];
}

function documentXml(body, options) {
  const ns = ['w', 'r', 'mc', 'wp', 'a', 'pic', 'wps', 'v', 'o', 'w14', ...(options.wps ? ['wpsCustomData'] : [])].map((p) => `xmlns:${p}="${NS[p]}"`).join(' ');
  const sect = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>`;
  const goBack = options.splitRuns || options.wps ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ns} mc:Ignorable="w14"><w:body>${body}<w:p>${goBack}</w:p>${sect}</w:body></w:document>`;
}

function contentTypes(options, images) {
  const o = (part, type) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const x = 'application/vnd.openxmlformats-officedocument';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    (images ? '<Default Extension="png" ContentType="image/png"/>' : '') +
    o('/word/document.xml', `${x}.wordprocessingml.document.main+xml`) +
    o('/word/styles.xml', `${x}.wordprocessingml.styles+xml`) +
    o('/word/settings.xml', `${x}.wordprocessingml.settings+xml`) +
    o('/word/fontTable.xml', `${x}.wordprocessingml.fontTable+xml`) +
    o('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    o('/docProps/app.xml', `${x}.extended-properties+xml`) +
    (options.wps ? o('/docProps/custom.xml', `${x}.custom-properties+xml`) + o('/customXml/itemProps1.xml', `${x}.customXmlProperties+xml`) : '') +
    `</Types>`
  );
}

function packageRels(options) {
  const rel = (id, type, target) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const base = 'http://schemas.openxmlformats.org';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${base}/package/2006/relationships">` +
    rel('rId1', `${base}/officeDocument/2006/relationships/officeDocument`, 'word/document.xml') +
    rel('rId2', `${base}/package/2006/relationships/metadata/core-properties`, 'docProps/core.xml') +
    rel('rId3', `${base}/officeDocument/2006/relationships/extended-properties`, 'docProps/app.xml') +
    (options.wps ? rel('rId4', `${base}/officeDocument/2006/relationships/custom-properties`, 'docProps/custom.xml') : '') +
    `</Relationships>`
  );
}

function documentRels(options, images) {
  const base = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rel = (id, type, target) => `<Relationship Id="${id}" Type="${base}/${type}" Target="${target}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rId1', 'styles', 'styles.xml') +
    rel('rId2', 'settings', 'settings.xml') +
    rel('rId3', 'fontTable', 'fontTable.xml') +
    (options.wps ? rel('rId4', 'customXml', '../customXml/item1.xml') : '') +
    images.map((img) => rel(img.rid, 'image', `media/${img.name}`)).join('') +
    `</Relationships>`
  );
}

function coreXml(title) {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (title ? `<dc:title>${esc(title)}</dc:title>` : '') +
    `<dc:creator>xxgk-check fixtures</dc:creator><cp:lastModifiedBy>xxgk-check fixtures</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${DATE}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${DATE}</dcterms:modified></cp:coreProperties>`
  );
}

function appXml(options) {
  const application = options.wps ? 'WPS Office_11.1.0.11664_F1E327BC-269C-435d-A152-05C5408002CA' : 'xxgk-check write-docx';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Application>${application}</Application><DocSecurity>0</DocSecurity></Properties>`;
}

function customXml() {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.11664</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>5D2AB3C6E0A54D1A9C1F0E7B8A4D2C10</vt:lpwstr></property></Properties>`;
}

function settingsXml(options) {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${NS.w}"${options.wps ? ` xmlns:wpsCustomData="${NS.wpsCustomData}"` : ''}>` +
    `<w:zoom w:percent="100"/>${options.trackedChanges ? '<w:trackRevisions/>' : ''}<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`
  );
}

function fontTableXml() {
  const font = (name, charset) => `<w:font w:name="${name}"><w:charset w:val="${charset}"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${NS.w}">${font('Times New Roman', '00')}${font('宋体', '86')}${font('黑体', '86')}${font('仿宋_GB2312', '86')}${font('方正小标宋简体', '86')}</w:fonts>`;
}

function stylesXml(options) {
  const id = (name) => (options.wps ? { Title: '2', Heading1: '3', BodyText: '4', TableText: '5' }[name] : name);
  const style = (styleId, name, pPr, rPr) =>
    `<w:style w:type="paragraph" w:customStyle="${name.startsWith('heading') || name === 'Title' || name === 'Body Text' ? 0 : 1}" w:styleId="${styleId}"><w:name w:val="${name}"/><w:basedOn w:val="${options.wps ? '1' : 'Normal'}"/><w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  const fonts = (f) => `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${f}" w:cs="Times New Roman"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${NS.w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts('宋体')}<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="${options.wps ? '1' : 'Normal'}"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr>${fonts('仿宋_GB2312')}<w:sz w:val="28"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>` +
    style(id('Title'), 'Title', '<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>', `${fonts('方正小标宋简体')}<w:sz w:val="40"/>`) +
    style(
      id('Heading1'),
      'heading 1',
      '<w:keepNext/><w:spacing w:before="120" w:after="120"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/>',
      `${fonts('黑体')}<w:sz w:val="32"/>`,
    ) +
    style(id('BodyText'), 'Body Text', '<w:ind w:firstLineChars="200" w:firstLine="640"/><w:spacing w:line="560" w:lineRule="exact"/>', `${fonts('仿宋_GB2312')}<w:sz w:val="32"/>`) +
    style(id('TableText'), 'Table Text', '<w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>', `${fonts('宋体')}<w:sz w:val="16"/><w:szCs w:val="16"/>`) +
    `</w:styles>`
  );
}

/** A 1×1 white PNG, standing in for a picture of a table (the reader never looks inside it). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');
