/**
 * How the values of the tables are written in real reports, as text: the marks that stand for
 * "none", plain numbers (with thousands separators), and numbers with units or approximations
 * (「10000件以上」「2108000元」). The locator tells values from labels by these; the model reads them.
 */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(['/', '／', '\\', '-', '－', '—', '——', '–', '―', '无', '空', 'NA', 'N/A', '×']);
export const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Groups: 1 a word before (约, 共, 计), 2 the number, 3 a unit, 4 an approximation after, 5 a unit after it. */
export const NUMBER_WITH_WORDS = /^(约|共|计)?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|元|件|个|项|条|次|份|人次|万)?\s*(余|以上|多|左右|以下)?(万元|元|件|个|项|条|次|份)?$/;
/** The unit the tables count in: 「19件」 is exactly 19. */
export const COUNT_UNIT = '件';

/** Text as the value shapes are matched against: full-width folded, no spaces. */
export const valueText = (raw: string): string => raw.normalize('NFKC').trim().replace(/\s+/g, '');

/** A value, not words: a number, a mark for none, or a number with its unit or approximation. */
export function isValueText(raw: string): boolean {
  const text = valueText(raw);
  return PLACEHOLDERS.has(text) || PLACEHOLDERS.has(raw.trim()) || PLAIN_NUMBER.test(text) || NUMBER_WITH_WORDS.test(text);
}

/** 「规章 5」「行政许可 97」: words and the number after them, or undefined when the text is not of that shape. */
export function trailingNumber(raw: string): { words: string; number: string } | undefined {
  const m = /^(.*?[^\d\s.,+-])\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*$/.exec(raw.normalize('NFKC').trim());
  return m ? { words: m[1]!.trim(), number: m[2]! } : undefined;
}
