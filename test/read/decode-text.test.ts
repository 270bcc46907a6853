import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode-text.js';

const TEXT = '沭阳县发展和改革局2023年政府信息公开年度报告：本年新收申请26件。';
const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const utf16 = (s: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
};
const decoded = (bytes: Uint8Array, declared?: string) => {
  const d = decodeText(bytes, declared);
  return d.ok ? { text: d.text, encoding: d.encoding } : 'refused';
};

describe('decoding text whose encoding may not be stated', () => {
  it('reads UTF-8, with or without a byte-order mark (dropped)', () => {
    expect(decoded(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte-order mark, either byte order', () => {
    expect(decoded(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decoded(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads GBK as declared, under any of its labels', () => {
    for (const label of ['gb2312', 'GBK', ' GB2312 ', 'x-gbk', 'cp936', 'csgb2312']) expect(decoded(gbk(TEXT), label)).toEqual({ text: TEXT, encoding: 'gbk' });
    expect(decoded(gbk(TEXT), 'gb18030')).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads GBK that declares nothing, or something else, as GB18030', () => {
    expect(decoded(gbk(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030' });
    expect(decoded(gbk(TEXT), 'utf-8')).toEqual({ text: TEXT, encoding: 'gb18030' });
    expect(decoded(gbk(TEXT), 'iso-8859-1')).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads a page that declares gb2312 but was saved again as UTF-8 as UTF-8', () => {
    expect(decoded(utf8(TEXT), 'gb2312')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('keeps the declared name for ASCII, which reads the same in either', () => {
    expect(decoded(utf8('<p>26</p>'), 'gb2312')).toEqual({ text: '<p>26</p>', encoding: 'gbk' });
    expect(decoded(utf8('<p>26</p>'))).toEqual({ text: '<p>26</p>', encoding: 'utf-8' });
  });

  it('decodes each input whole: a refused one (a sequence cut short) leaves nothing behind for the next', () => {
    const cut = utf8(TEXT).subarray(0, 4); // 沭 and the first byte of 阳
    expect(decoded(cut)).not.toEqual(expect.objectContaining({ encoding: 'utf-8' }));
    expect(decoded(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decoded(new Uint8Array([...gbk(TEXT), 0x81]), 'gbk')).toBe('refused'); // a lead byte with nothing after it
    expect(decoded(gbk(TEXT), 'gbk')).toEqual({ text: TEXT, encoding: 'gbk' });
  });

  it('refuses bytes that are text in none of these', () => {
    const noise = new Uint8Array(400).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(decoded(noise)).toBe('refused');
    expect(decoded(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toBe('refused'); // UTF-16 with a lone surrogate
    // Latin-1 text is valid GB18030 byte for byte, but reads as rare ideographs: refused, not guessed at.
    expect(decoded(new Uint8Array(iconv.encode('Ça coûte très cher, déjà à Noël. '.repeat(10), 'latin1')))).toBe('refused');
  });
});
