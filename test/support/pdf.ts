import { makePdf, stream } from '../../scripts/lib/pdf.js';

/** UTF-16BE of a text, as a hex string for a PDF string operand. */
const ucs2 = (text: string) => `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

/**
 * A one-page PDF in Adobe's Chinese font STSong-Light, not embedded, its text in the predefined
 * UniGB-UCS2-H encoding (as iText and ReportLab write Chinese). Each line is runs of text at x
 * positions; `invisible` writes them in rendering mode 3 over a grey picture of the page, as OCR
 * software lays its text over a scan.
 */
export function cidFontPdf(lines: (string | [number, string][])[], options: { invisible?: boolean } = {}): Buffer {
  const content = lines
    .flatMap((line, i) => (typeof line === 'string' ? [[72, line] as [number, string]] : line).map(([x, text]) => `BT /F1 12 Tf ${x} ${760 - i * 24} Td ${ucs2(text)} Tj ET`))
    .join('\n');
  const page = options.invisible ? `q 595 0 0 842 0 0 cm /Im1 Do Q\n3 Tr\n${content}` : content;
  const image = stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.from([200, 210, 220, 230]));
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 8 0 R >> >> >>',
    stream('', page),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    image,
  ]);
}

/** 表三's first two rows, as a report sets them in columns without rulings. */
export const T3_FIRST_ROWS: [number, string][][] = [
  [
    [72, '一、本年新收政府信息公开申请数量'],
    [330, '21'],
    [360, '0'],
    [390, '0'],
    [420, '0'],
    [450, '0'],
    [480, '0'],
    [510, '21'],
  ],
  [
    [72, '二、上年结转政府信息公开申请数量'],
    [330, '0'],
    [360, '0'],
    [390, '0'],
    [420, '0'],
    [450, '0'],
    [480, '0'],
    [510, '0'],
  ],
];
