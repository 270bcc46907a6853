import { describe, expect, it } from 'vitest';
import { displayWidth, padEndWidth, truncateWidth } from '../../src/report/width.js';

describe('display width', () => {
  it.each([
    ['abc', 3],
    ['申请人情况', 10],
    ['（一）予以公开', 14],
    ['危及“三安全一稳定”', 18],
    ['ＡＢ', 4],
    ['\u001b[31m错误\u001b[39m', 4],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('pads and truncates by columns, not characters', () => {
    expect(padEndWidth('甲局', 6)).toBe('甲局  ');
    expect(truncateWidth('济宁市人力资源和社会保障局', 10)).toBe('济宁市人…');
  });
});
