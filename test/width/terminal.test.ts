import { describe, expect, it } from 'vitest';
import { shortenPaths } from '../../src/report/batch-table.js';
import { displayWidth, padEndWidth, truncateWidth, wrapWidth } from '../../src/width/terminal.js';

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

describe('wrapping by display width', () => {
  const text = '为有问题的 .xlsx 工作簿写出标注副本 <名称>.校验.xlsx，放在 dir 或原文件旁 (write an annotated copy of each .xlsx workbook with findings, in dir or beside it)';

  it.each([20, 33, 52])('keeps every line within %i columns, losing no character', (width) => {
    const lines = wrapWidth(text, width);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('breaks between Chinese characters, at spaces, never before closing or after opening punctuation', () => {
    expect(wrapWidth('本年新收政府信息公开申请数量', 10)).toEqual(['本年新收政', '府信息公开', '申请数量']);
    expect(wrapWidth('甲乙丙丁，戊', 8)).toEqual(['甲乙丙', '丁，戊']);
    expect(wrapWidth('甲乙丙（丁）', 7)).toEqual(['甲乙丙', '（丁）']);
    expect(wrapWidth('abc defg', 5)).toEqual(['abc', 'defg']);
    expect(wrapWidth('one\ntwo', 80)).toEqual(['one', 'two']);
  });
});

describe('paths shortened for the per-file table', () => {
  it('keep their last folders from the left, the name’s end when it alone is too wide, and stay distinct', () => {
    expect(shortenPaths(['各单位/某某县/财政局/年报.xlsx', '各单位/某某县/教育局/年报.xlsx'], 20)).toEqual(['…/财政局/年报.xlsx', '…/教育局/年报.xlsx']);
    expect(shortenPaths(['a/b/c.xlsx'], 40)).toEqual(['a/b/c.xlsx']);
    expect(shortenPaths(['x/某某市人力资源和社会保障局年报.xlsx'], 16)).toEqual(['…保障局年报.xlsx']);
    expect(shortenPaths(['一/同名很长的文件名称.xlsx', '二/同名很长的文件名称.xlsx'], 12)).toEqual(['一/同名很长的文件名称.xlsx', '二/同名很长的文件名称.xlsx']);
  });
});
