import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable } from '../../../src/read/html/mhtml.js';
import { fixture } from '../../support/fixtures.js';
import { layout, problemOf, readPage, textsOf } from './read.js';

const BODY = '<title>沭阳县发展和改革局2023年政府信息公开年度报告</title><table><tr><td>自然人</td><td>26</td></tr></table><p>本年度共收到申请26件。</p>';
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes]);
const utf16 = (s: string, bigEndian: boolean) => withBom(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe], new Uint8Array(iconv.encode(s, bigEndian ? 'utf16-be' : 'utf16-le')));

/** What a correctly decoded BODY reads as. */
function expectBody(page: Uint8Array) {
  const doc = readPage(page);
  expect(doc.declaredTitle).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
  expect(layout(doc.tables[0])).toEqual(['1,1: 自然人', '1,2: 26']);
  expect(textsOf(doc)).toEqual(['本年度共收到申请26件。']);
}

describe('decoding a page', () => {
  it('reads UTF-8, declared or not, with or without a byte-order mark', () => {
    expectBody(utf8(BODY));
    expectBody(utf8(`<meta charset="utf-8">${BODY}`));
    expectBody(withBom([0xef, 0xbb, 0xbf], utf8(BODY)));
  });

  it('reads GBK declared by <meta charset> or by <meta http-equiv="Content-Type">', () => {
    expectBody(gbk(`<meta charset="gb2312">${BODY}`));
    expectBody(gbk(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">${BODY}`));
    expectBody(gbk(`<META HTTP-EQUIV=content-type CONTENT='text/html;charset="GBK"'>${BODY}`));
  });

  it('reads GBK that declares nothing (a page saved without its HTTP header)', () => {
    expectBody(gbk(BODY));
  });

  it('reads a page that declares gb2312 but was saved again as UTF-8', () => {
    expectBody(utf8(`<meta charset="gb2312">${BODY}`));
  });

  it('reads UTF-16 by its byte-order mark, whatever the page declares', () => {
    expectBody(utf16(`<meta charset="gb2312">${BODY}`, false));
    expectBody(utf16(BODY, true));
  });

  it('takes the first declaration in the first kilobytes, even one a CMS repeats in the body', () => {
    expectBody(gbk(`<html><head><meta charset="gbk"></head><body><div class="head"><meta charset="utf-8"></div>${BODY}`));
  });

  it('refuses bytes that are text in no encoding it reads', () => {
    const noise = new Uint8Array(2000).map((_, i) => 0x80 + ((i * 7919) % 0x7f));
    expect(problemOf(new Uint8Array([...utf8('<html><body>'), ...noise]))).toEqual({ code: 'FILE_ENCODING' });
  });
});

describe('a page saved as one file (.mht, .mhtml)', () => {
  it('reads the page part of Word’s “Single File Web Page” (quoted-printable, gb2312)', () => {
    const doc = readPage(readFileSync(fixture('generated/html/word-2021.mht')));
    expect(doc.declaredTitle).toBe('某某市某某局2022年政府信息公开工作年度报告');
    expect(doc.tables).toHaveLength(3);
  });

  it('reads what Chromium saves (MHTML from Blink: folded headers, no charset on the part, the page’s own meta)', () => {
    const doc = readPage(readFileSync(fixture('real/chromium/gbk-2019.mhtml')));
    expect(doc.declaredTitle).toBe('某某县某某局2020年政府信息公开工作年度报告');
    expect(doc.tables).toHaveLength(3);
  });

  it('reads a base64 page part, picks the part `start` names, and skips others', () => {
    const page = Buffer.from(`<html><head><meta charset="utf-8"></head><body>${BODY}</body></html>`).toString('base64').replace(/.{76}/g, '$&\r\n');
    const mht = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; start="<main@x>";',
      ' boundary=b1',
      '',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      'Content-ID: <ad@x>',
      '',
      '<p>广告</p>',
      '--b1',
      'Content-Type: text/html',
      'Content-ID: <main@x>',
      'Content-Transfer-Encoding: base64',
      '',
      page,
      '--b1--',
      '',
    ].join('\r\n');
    expectBody(utf8(mht));
    // Without `start`, the first text/html part is the page.
    expect(textsOf(readPage(mht.replace(' start="<main@x>";', '')))).toEqual(['广告']);
  });

  it('refuses a MIME file it cannot take a page out of', () => {
    expect(problemOf('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--x\r\n\r\n<p>a</p>\r\n')).toMatchObject({ code: 'FILE_NOT_XLSX' });
    expect(problemOf('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nPNG\r\n--x--\r\n')).toMatchObject({
      code: 'FILE_NOT_XLSX',
    });
  });

  it('decodes quoted-printable (soft line breaks, =XX, a stray =) and base64 (line breaks, padding)', () => {
    const qp = (s: string) => new TextDecoder().decode(decodeQuotedPrintable(utf8(s)));
    expect(qp('a=3Db=\r\nc=\nd =20\r\n=E4=B8=80=')).toBe('a=bcd  \r\n一=');
    expect(qp('x=4')).toBe('x=4');
    const b64 = (s: string) => new TextDecoder().decode(decodeBase64(utf8(s)));
    expect(b64('5LiA\r\n5LqM5LiJ')).toBe('一二三');
    expect(b64('YWI=')).toBe('ab');
    expect(b64('YQ==')).toBe('a');
  });
});
