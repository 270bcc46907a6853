import { describe, expect, it } from 'vitest';
import { nodeInflate } from '../../../src/node/inflate.js';
import { loadNodePdfEngine } from '../../../src/node/pdfjs.js';
import { readDocument } from '../../../src/read/read-document.js';
import { cidFontPdf } from '../../support/pdf.js';

const read = (bytes: Uint8Array) => readDocument(bytes, { inflate: nodeInflate, loadPdf: loadNodePdfEngine });

/** 表三's first rows, their numbers in columns. */
const ROWS: [number, string][][] = [
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

describe('Chinese text in a font that is not embedded', () => {
  it('reads STSong-Light in the UniGB-UCS2-H encoding through Adobe’s character maps', async () => {
    const result = await read(cidFontPdf(['某某市某某局2022年政府信息公开工作年度报告', '一、总体情况']));
    expect(result.ok && result.value.prose.map((p) => p.text).join('')).toBe('某某市某某局2022年政府信息公开工作年度报告一、总体情况');
  });

  it('reads rows of numbers set in columns, without rulings, as a table', async () => {
    const result = await read(cidFontPdf(ROWS));
    expect(result.ok && result.value.tables[0]!.cells.filter((c) => c.row === 1).map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21']);
  });
});

describe('a scan with an OCR layer: text never shown, over pictures of the pages', () => {
  it('is a scan (FILE_PDF_NO_TEXT): its numbers are a program’s guesses, not the report’s', async () => {
    expect(await read(cidFontPdf(ROWS, { invisible: true }))).toEqual({ ok: false, problem: { code: 'FILE_PDF_NO_TEXT', detail: 'invisible text (OCR) over pictures of pages' } });
  });
});
