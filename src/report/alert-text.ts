import type { Lang } from '../spec/text.js';
import type { PresentedFinding } from './present.js';
import { quoteSentence } from './sentence.js';

/**
 * A finding as one line of text, where a tool shows alerts beside a file with no cells of its own
 * (SARIF viewers, GitHub's annotations): its place first unless the message says it already, then the
 * sentence of the prose it is about.
 */
export function alertText(finding: PresentedFinding, lang: Lang): string {
  const placed = finding.place !== undefined && !finding.namesPlace ? `${finding.place}${lang === 'zh' ? '：' : ': '}${finding.message}` : finding.message;
  if (!finding.sentence) return placed;
  const quote = quoteSentence(finding.sentence);
  return lang === 'zh' ? `${placed}（原文：「${quote}」）` : `${placed} (text: “${quote}”)`;
}
