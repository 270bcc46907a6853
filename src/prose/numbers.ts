/**
 * Numbers as prose writes them: Arabic (「21」「3119」「47.6」) and, before a count's unit, Chinese
 * (「二十一」「两」「一百零五」). A Chinese numeral is read only when it is unambiguous: digits of one
 * kind, well formed, not 「几」 or 「数」.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千万]+';

/** 「二十一」→ 21, 「十」→ 10, 「一百零五」→ 105, 「三千」→ 3000; undefined when it is not one well-formed number. */
export function chineseNumber(text: string): number | undefined {
  if (text === '') return undefined;
  // Plain digit strings (「二〇二〇」) are years or codes, not counts.
  if (text.length > 1 && [...text].every((c) => c in DIGITS)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row: 「二三」
      digit = DIGITS[ch]!;
      continue;
    }
    if (ch === '万') {
      if (digit !== undefined) section += digit;
      if (section === 0) return undefined;
      total += section * 10000;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return undefined;
    section += (digit ?? (unit === 10 && section === 0 ? 1 : NaN)) * unit;
    if (Number.isNaN(section)) return undefined;
    digit = undefined;
    lastUnit = unit;
  }
  if (digit !== undefined) section += digit;
  const value = total + section;
  return Number.isFinite(value) ? value : undefined;
}

/** An Arabic or Chinese numeral's value. */
export function numberValue(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return chineseNumber(text);
}

/** How many decimals a number is written with: 「47.6」 → 1. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
