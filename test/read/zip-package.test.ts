import { describe, expect, it } from 'vitest';
import { declaresDtd } from '../../src/read/zip/package.js';

/** What declaresDtd stands in for. */
const DTD = /<!(?:DOCTYPE|ENTITY)/i;

describe('declaresDtd', () => {
  const cases = [
    '',
    '<!DOCTYPE x>',
    '<?xml version="1.0"?><!doctype x [<!entity a "b">]><x/>',
    '<x><!-- a comment ! --><!ENTITY a "b"></x>',
    '<x>Hello!</x><!Entity',
    '<!<!DOCTYPE',
    '<!DOCTYP',
    '! <! !DOCTYPE <!-DOCTYPE',
    '<!\u0131ENTITY <!DOC\u017fTYPE <!ENTIT\u0178', // non-ASCII letters do not fold to ASCII in a pattern's /i
    '<!ENTITY',
    '<x>！<!--DOCTYPE--></x>',
  ];
  it.each(cases)('answers as the pattern does for %j', (text) => {
    expect(declaresDtd(text)).toBe(DTD.test(text));
  });

  it('answers as the pattern does for random text made of its pieces', () => {
    const pieces = ['<', '!', 'DOCTYPE', 'doctype', 'ENTITY', 'entity', 'DOC', 'TYPE', 'ENT', 'ITY', ' ', 'x', '<!', '\u0131'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 8); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
      expect(declaresDtd(text), text).toBe(DTD.test(text));
    }
  });
});
