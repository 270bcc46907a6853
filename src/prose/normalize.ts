/**
 * Prose in one spelling, so that the phrasings can be written once: full-width digits, letters and
 * punctuation as ASCII (NFKC: 「２１件」→「21件」, 「，」→「,」, 「（」→「(」, 「％」→「%」), no
 * spaces (a PDF's 「21 件」 and 「2023 年」), thousands separators dropped (「3,119」). 「、」 and
 * 「。」 stay as they are. `at` maps every character back to where it stands in the original
 * text, so that what is found can be quoted as written.
 */
export interface Normalized {
  text: string;
  /** `at[i]` is the index in the original of `text[i]`; `at[text.length]` is the original's length. */
  at: number[];
}

const SPACE = /\s/u;
/**
 * SPACE.test, with ASCII and the common ideographs (nearly every character) decided without the
 * regex: it ran once a character and was a third of the prose's normalising.
 */
const isSpace = (ch: string, code: number) => (code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : (code < 0x4e00 || code > 0x9fff) && SPACE.test(ch));
const ASCII_WORD = /[A-Za-z0-9]/;

export function normalize(raw: string): Normalized {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const code = ch.charCodeAt(0);
    if (isSpace(ch, code)) {
      // A space between two ASCII words stays (one); elsewhere Chinese needs none.
      const before = chars.at(-1);
      let j = i + 1;
      while (j < raw.length && SPACE.test(raw[j]!)) j++;
      const after = raw[j];
      if (before && after && ASCII_WORD.test(before) && ASCII_WORD.test(after) && !(/\d/.test(before) && /\d/.test(after))) {
        chars.push(' ');
        at.push(i);
      } else if (before && after && /\d/.test(before) && /\d/.test(after)) {
        // Two numbers apart («2 3») never run together into one.
        chars.push(' ');
        at.push(i);
      }
      i = j - 1;
      continue;
    }
    // ASCII and the common ideographs are as NFKC leaves them: the rest is looked at.
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) {
      chars.push(ch);
      at.push(i);
      continue;
    }
    // Keep surrogate pairs whole.
    const unit = code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length ? raw.slice(i, i + 2) : ch;
    const mapped = MAP[unit] ?? unit.normalize('NFKC');
    for (const m of mapped) {
      chars.push(m);
      at.push(i);
    }
    if (unit.length === 2) i++;
  }
  if (!chars.includes(',')) return { text: chars.join(''), at: [...at, raw.length] };
  // Thousands separators: 「3,119」 → 「3119」 (a comma between a digit and exactly three digits).
  const keep = chars.map(
    (c, i) => !(c === ',' && /\d/.test(chars[i - 1] ?? '') && /^\d{3}(?!\d)/.test(chars.slice(i + 1, i + 5).join('')) && !/\d{4}$/.test(chars.slice(Math.max(0, i - 4), i).join(''))),
  );
  const text = chars.filter((_, i) => keep[i]).join('');
  const map = at.filter((_, i) => keep[i]);
  map.push(raw.length);
  return { text, at: map };
}

/** Characters NFKC leaves alone or changes in a way the phrasings do not want. */
const MAP: Record<string, string> = {
  〇: '〇',
  '﹐': ',',
  '﹑': '、',
  '､': '、',
  '｡': '。',
  '．': '.',
  '“': '“',
  '”': '”',
  '‘': '‘',
  '’': '’',
};

/** The original text of a normalized range [start, end). */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  const from = n.at[start] ?? n.at.at(-1)!;
  const last = end > start ? n.at[end - 1]! + 1 : from;
  return [from, last];
}
