import type { Sentence } from '../model/cited.js';
import type { Lang } from '../spec/text.js';
import { describeSource } from './source.js';

/**
 * A sentence of the prose as a report quotes it: whole when short, else cut around the claim it
 * is quoted for, at most about `width` characters, with 「…」 where it was cut.
 */
export function quoteSentence(sentence: Sentence, width = 90): string {
  const text = sentence.text;
  if ([...text].length <= width) return text;
  const start = Math.max(0, Math.min(sentence.start, text.length));
  const end = Math.max(start, Math.min(sentence.end, text.length));
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, end + (room - (start - from)));
  from = Math.max(0, Math.min(from, to - width));
  // Cut at a comma where one is near, so that the quote reads as clauses.
  const comma = /[，,；;、]/;
  for (let i = from; i < start && i < from + 12; i++) {
    if (comma.test(text[i]!)) {
      from = i + 1;
      break;
    }
  }
  for (let i = to - 1; i >= end && i > to - 12; i--) {
    if (comma.test(text[i]!)) {
      to = i + 1;
      break;
    }
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** 「原文（第 14 行）：「……」」: where the sentence stands and what it says. */
export function sentenceLine(sentence: Sentence, lang: Lang, width?: number): string {
  const where = describeSource(sentence.source, lang);
  const quote = quoteSentence(sentence, width);
  return lang === 'zh' ? `原文（${where}）：「${quote}」` : `Text (${where}): “${quote}”`;
}
