import { CHINESE_NUMERAL, decimalsOf, numberValue } from './numbers.js';

/**
 * Normalized prose cut into sentences and clauses, and the numbers in a clause with their units.
 * Offsets are into the normalized paragraph (src/prose/normalize.ts).
 */
export interface Span {
  start: number;
  end: number;
}

/** Sentences end at 。；！？ and at line breaks (a <br> inside a paragraph). */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。;!?\n]/.test(text[i]!)) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

/** A number with its unit, as written in a clause. */
export interface Quantity extends Span {
  /** Where the number itself starts and ends. */
  number: Span;
  value: number;
  raw: string;
  decimals: number;
  unit: string;
  /** 「30余件」「十来件」 */
  approx: boolean;
}

const UNITS =
  '人次|件次|万元|亿元|千元|个百分点|个工作日|工作日|件|起|宗|条|次|个|元|项|篇|期|场|家|份|人|名|批|户|部|万|千|亿|%|天|日|年|月|号|小时|分钟|周|册|页|卷|套|台|所|处|种|倍|成|位|届|轮|遍|张|本|块|栏|幅|首|段|点|岁|米|平方米|公里|吨|亩|户';
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL})(余|多|来)?(${UNITS})`, 'g');
/** Units of time and dates: 「2023年」「12月31日」「15个工作日」 are not counts. */
const TIME_UNITS = new Set(['年', '月', '日', '号', '天', '小时', '分钟', '周', '个工作日', '工作日', '岁']);
/** The units a count of requests or cases is written in. */
export const COUNT_UNITS = new Set(['件', '起', '宗', '件次']);

/** Every count, amount or percentage in a clause; dates, times, codes and ordinals left out. */
export function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, raw, approx, unit] = m as unknown as [string, string, string | undefined, string];
    const start = m.index;
    if (TIME_UNITS.has(unit)) continue;
    const before = text[start - 1] ?? '';
    const chinese = !/^\d/.test(raw);
    if (chinese) {
      // Chinese numerals only before a count's unit, and not in 「一件事」「逐件」「每件」「第一」.
      if (!COUNT_UNITS.has(unit) || /[每逐第单这那某哪同唯统各]/.test(before) || text[start + whole.length] === '事') continue;
    } else if (/[A-Za-z0-9.\-_/#第]/.test(before)) {
      continue; // a code, a telephone number, an ordinal: 「0517-87222589」「第711号」
    }
    const value = numberValue(raw);
    if (value === undefined) continue;
    found.push({
      start,
      end: start + whole.length,
      number: { start, end: start + raw.length },
      value,
      raw,
      decimals: decimalsOf(raw),
      unit,
      approx: Boolean(approx),
    });
  }
  return found;
}

/**
 * A sentence's clauses: cut at commas, colons and brackets; at 「、」 only after a number (so that
 * 「予以公开10件、部分公开2件」 is two clauses and 「不予公开、无法提供共12件」 one); and after each
 * number where a clause holds more than one (「予以公开10件占47.6%」).
 */
export function clauses(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || /[,:()[\]【】〔〕]/.test(text[i]!)) {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  return parts.flatMap((part) => splitAfterNumbers(text, part)).filter((c) => text.slice(c.start, c.end).trim() !== '');
}

function splitAfterNumbers(text: string, part: Span): Span[] {
  const found = quantities(text.slice(part.start, part.end)).map((q) => ({ start: part.start + q.start, end: part.start + q.end }));
  if (found.length === 0) return [part];
  // At 「、」 where what is before it (since the last cut) holds a number.
  const pieces: Span[] = [];
  let start = part.start;
  for (let i = part.start; i < part.end; i++) {
    if (text[i] !== '、') continue;
    if (found.some((q) => q.start >= start && q.end <= i)) {
      pieces.push({ start, end: i });
      start = i + 1;
    }
  }
  pieces.push({ start, end: part.end });
  // After every number but the last.
  return pieces.flatMap((piece) => {
    const inside = found.filter((q) => q.start >= piece.start && q.end <= piece.end);
    if (inside.length < 2) return [piece];
    const out: Span[] = [];
    let from = piece.start;
    for (const q of inside.slice(0, -1)) {
      let cut = q.end;
      // 「30件以上」: the words that qualify the number stay with it.
      const tail = /^(?:以上|左右|上下|之多|有余|以下|以内)/.exec(text.slice(cut, piece.end));
      if (tail) cut += tail[0].length;
      out.push({ start: from, end: cut });
      from = cut;
    }
    out.push({ start: from, end: piece.end });
    return out;
  });
}
