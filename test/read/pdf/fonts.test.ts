import { describe, expect, it } from 'vitest';
import { nodeInflate } from '../../../src/node/inflate.js';
import { loadNodePdfEngine } from '../../../src/node/pdfjs.js';
import { readDocument } from '../../../src/read/read-document.js';
import { cidFontPdf, T3_FIRST_ROWS } from '../../support/pdf.js';

const read = (bytes: Uint8Array) => readDocument(bytes, { inflate: nodeInflate, loadPdf: loadNodePdfEngine });

describe('Chinese text in a font that is not embedded', () => {
  it('reads STSong-Light in the UniGB-UCS2-H encoding through Adobe’s character maps', async () => {
    const result = await read(cidFontPdf(['某某市某某局2022年政府信息公开工作年度报告', '一、总体情况']));
    expect(result.ok && result.value.prose.map((p) => p.text).join('')).toBe('某某市某某局2022年政府信息公开工作年度报告一、总体情况');
  });

  it('reads rows of numbers set in columns, without rulings, as a table', async () => {
    const result = await read(cidFontPdf(T3_FIRST_ROWS));
    expect(result.ok && result.value.tables[0]!.cells.filter((c) => c.row === 1).map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21']);
  });
});

describe('a scan with an OCR layer: text never shown, over pictures of the pages', () => {
  it('is a scan (FILE_PDF_NO_TEXT): its numbers are a program’s guesses, not the report’s', async () => {
    expect(await read(cidFontPdf(T3_FIRST_ROWS, { invisible: true }))).toEqual({ ok: false, problem: { code: 'FILE_PDF_NO_TEXT', detail: 'invisible text (OCR) over pictures of pages' } });
  });
});
