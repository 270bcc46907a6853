/**
 * Label normalisation. Real workbooks spell the official labels many ways: full- or half-width
 * brackets and punctuation, curly or straight quotes, spaces and line breaks inside labels,
 * bracketed filling notes added by provinces. Two labels are the same when their cores are.
 */

/**
 * `compute` done once a text: the same few hundred labels recur in every workbook of a batch. At
 * most 20,000 texts are kept, then forgotten all at once; texts longer than `maxLength` (paragraphs,
 * each met once) are computed and not kept.
 */
export function remembered<T>(compute: (text: string) => T, maxLength = Infinity): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return compute(text);
    let out = known.get(text);
    if (out === undefined) {
      out = compute(text);
      if (known.size > 20_000) known.clear();
      known.set(text, out);
    }
    return out;
  };
}

/** NFKC (full-width → half-width), no white space of any kind. Labels and numbers are remembered; paragraphs are not kept. */
export const squash = remembered((text) => text.normalize('NFKC').replace(/[\s\u200b\u3000]+/g, ''), 64);

const LEADING_ENUMERATOR = /^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\)|[0-9]+[.、．)]|[①-⑳])/;
const BRACKETED = /\([^()]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g;
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/**
 * The core of a label: squashed, without its leading enumerator (一、 （三） 2.), without bracketed
 * notes, without punctuation or quotes. 「（二）部分公开（区分处理的…）」 → 「部分公开」.
 */
export function labelCore(text: string): string {
  return cores(text);
}

const cores = remembered(computeCore);

function computeCore(text: string): string {
  let s = squash(text);
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(LEADING_ENUMERATOR, '');
  }
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(BRACKETED, '');
  }
  return s.replace(PUNCTUATION, '');
}

export interface Candidate<T> {
  value: T;
  cores: readonly string[];
}

export function candidate<T>(value: T, labels: readonly string[]): Candidate<T> {
  return { value, cores: labels.map(labelCore) };
}

/**
 * Finds the candidate a label names: the same core; failing that, a label that is the start of
 * exactly one candidate (a truncated header such as 「本年新」 is resolved by the caller, as it names two).
 */
export function matchLabel<T>(text: string, candidates: readonly Candidate<T>[]): T | undefined {
  return matchExact(text, candidates) ?? matchLoose(text, candidates);
}

export function matchExact<T>(text: string, candidates: readonly Candidate<T>[]): T | undefined {
  const core = labelCore(text);
  return core === '' ? undefined : candidates.find((c) => c.cores.includes(core))?.value;
}

export function matchLoose<T>(text: string, candidates: readonly Candidate<T>[]): T | undefined {
  const core = labelCore(text);
  if (core.length < 3) return undefined;
  const prefixed = candidates.filter((c) => c.cores.some((k) => k.startsWith(core) || core.startsWith(k)));
  return prefixed.length === 1 ? prefixed[0]!.value : undefined;
}

/** All candidates whose core starts with the label's core (for truncated headers). */
export function matchPrefix<T>(text: string, candidates: readonly Candidate<T>[]): T[] {
  const core = labelCore(text);
  if (core.length < 2) return [];
  return candidates.filter((c) => c.cores.some((k) => k.startsWith(core))).map((c) => c.value);
}

/** How a label is numbered: 「一、」, 「（一）」, 「1.」, or not at all. Rows of one level share a style. */
export type EnumeratorKind = 'chinese' | 'bracketed' | 'arabic' | 'none';
export const ENUMERATOR_KINDS: readonly EnumeratorKind[] = ['chinese', 'bracketed', 'arabic', 'none'];
/** A label numbered in each style, to sort candidates by once. */
export const SAMPLE: Record<EnumeratorKind, string> = { chinese: '一、', bracketed: '（一）', arabic: '1.', none: '' };

export function enumeratorKind(text: string): EnumeratorKind {
  const s = squash(text);
  if (/^[一二三四五六七八九十]+[、.．]/.test(s)) return 'chinese';
  if (/^\([一二三四五六七八九十]+\)/.test(s)) return 'bracketed';
  if (/^[0-9]+[.、．)]/.test(s) || /^[①-⑳]/.test(s)) return 'arabic';
  return 'none';
}

/** Two labels numbered in different styles are of different levels, whatever their words: 「（六）其他」 is not 「3.其他」. */
export function sameLevel(found: string, official: string): boolean {
  const a = enumeratorKind(found);
  const b = enumeratorKind(official);
  return a === 'none' || b === 'none' || a === b;
}
