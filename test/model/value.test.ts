import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/model/value.js';

describe('what a text cell means as a value', () => {
  it.each([
    ['19', 'number', 19],
    [' 19 ', 'number', 19],
    ['１９', 'number', 19],
    ['1,200', 'number', 1200],
    ['-8', 'number', -8],
    ['+1036', 'number', 1036],
    ['12.5', 'number', 12.5],
  ])('%j is the number %s', (raw, status, value) => {
    expect(parseText(raw)).toMatchObject({ status, value, fromText: true });
  });

  it.each([
    ['19件', 19],
    ['共21件', 21],
    ['0 件', 0],
  ])('%j is exactly the count in the tables’ own unit, %s', (raw, value) => {
    expect(parseText(raw)).toMatchObject({ status: 'number', value, unit: '件' });
  });

  it.each(['/', '／', '-', '—', '——', '无', '\\'])('%j is a placeholder, not silently 0', (raw) => {
    expect(parseText(raw)).toMatchObject({ status: 'placeholder', value: null });
  });

  it.each([
    ['10000件以上', 10000, '件'],
    ['2108000元', 2108000, '元'],
    ['约150件', 150, '件'],
    ['400余条', 400, '条'],
    ['三百件', undefined, undefined],
  ] as const)('%j is text that keeps its number and unit for the message', (raw, approx, unit) => {
    const parsed = parseText(raw);
    expect(parsed).toMatchObject({ status: 'text', value: null, raw });
    expect(parsed.approx).toBe(approx);
    expect(parsed.unit).toBe(unit);
  });

  it.each(['十二', 'abc', '0x10', '1e3', '2020-01-01'])('%j is text, never a number by accident', (raw) => {
    expect(parseText(raw).status).toBe('text');
  });

  it('an empty string is blank', () => {
    expect(parseText('   ').status).toBe('blank');
  });
});
