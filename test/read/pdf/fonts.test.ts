import { describe, expect, it } from 'vitest';
import { makePdf, stream } from '../../../scripts/lib/pdf.js';
import { nodeInflate } from '../../../src/node/inflate.js';
import { loadNodePdfEngine } from '../../../src/node/pdfjs.js';
import { readDocument } from '../../../src/read/read-document.js';

/** UTF-16BE of a text, as a hex string for a PDF string operand. */
const ucs2 = (text: string) =>
  `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

/**
 * A page in Adobe's Chinese font STSong-Light, not embedded, its text in the predefined UniGB-UCS2-H
 * encoding, as iText and ReportLab write Chinese by default. PDF.js reads such text only through
 * Adobe's character maps, which the Node loader takes from pdfjs-dist's own folder.
 */
function cidFontPdf(lines: string[]): Buffer {
  const content = lines.map((line, i) => `BT /F1 14 Tf 72 ${760 - i * 24} Td ${ucs2(line)} Tj ET`).join('\n');
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream('', content),
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

describe('Chinese text in a font that is not embedded', () => {
  it('reads STSong-Light in the UniGB-UCS2-H encoding through Adobe’s character maps', async () => {
    const bytes = cidFontPdf(['某某市某某局2022年政府信息公开工作年度报告', '一、总体情况']);
    const read = await readDocument(bytes, { inflate: nodeInflate, loadPdf: loadNodePdfEngine });
    expect(read.ok && read.value.prose.map((p) => p.text).join('')).toBe('某某市某某局2022年政府信息公开工作年度报告一、总体情况');
  });
});
