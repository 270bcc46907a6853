import { SKIP_REASONS, type Claim } from '../../model/claim.js';
import type { Sentence } from '../../model/cited.js';
import type { Lang } from '../../spec/text.js';
import { claimValue, comparedWith } from '../explain.js';
import { describeSource } from '../source.js';
import { html, type Markup } from './markup.js';

/** A sentence of the prose beside the tables: where it is, and the claim marked in it. */
export function sentenceMarkup(sentence: Sentence, lang: Lang): Markup {
  const { text, start, end } = sentence;
  const where = describeSource(sentence.source, lang);
  return html`<blockquote class="sentence"><span class="where">${lang === 'zh' ? `原文（${where}）` : `Text (${where})`}</span>${text.slice(0, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end)}</blockquote>`;
}

const WORDS = {
  zh: {
    title: '正文中的数字',
    head: ['结论', '位置', '正文', '与之核对的表格', '表中的数'],
    verdict: { agrees: '一致', contradicts: '矛盾', skipped: '未核对' },
    none: '正文中没有找到与表格有关的数字。',
  },
  en: {
    title: 'Numbers in the text',
    head: ['Verdict', 'Where', 'Text', 'Compared with', 'Tables'],
    verdict: { agrees: 'agrees', contradicts: 'contradicts', skipped: 'skipped' },
    none: 'No number about the tables was found in the text.',
  },
} as const;

/** --explain on the page: every claim of the prose, what it was compared with, and the verdict. */
export function claimsSection(claims: readonly Claim[], n: number, lang: Lang): Markup {
  const words = WORDS[lang];
  if (claims.length === 0) return html`<section class="table claims" id="file-${n}-claims"><h3>${words.title}</h3><p class="missing">${words.none}</p></section>`;
  const rows = claims.map((claim) => {
    const compared = claim.verdict === 'skipped' ? SKIP_REASONS[claim.reason ?? 'noSubject'][lang] : comparedWith(claim, lang);
    const value = claim.verdict === 'skipped' ? '' : claimValue(claim);
    return html`<tr class="${claim.verdict}"><td>${words.verdict[claim.verdict]}</td><td>${describeSource(claim.sentence.source, lang)}</td><td class="said">${claim.text}</td><td class="said">${compared}</td><td>${value}</td></tr>`;
  });
  return html`<section class="table claims" id="file-${n}-claims"><h3>${words.title}</h3><div class="scroll"><table class="claims"><thead><tr>${words.head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

/** The page's rules for the above. */
export const PROSE_STYLE = `
blockquote.sentence { margin: 4px 0 2px; padding: 2px 8px; border-left: 3px solid #d0d7de; color: #333; background: #fff; font-size: 13px; }
blockquote.sentence .where { color: #666; margin-right: 6px; }
blockquote.sentence mark { background: var(--warning); padding: 0 1px; }
table.claims { border-collapse: collapse; font-size: 13px; }
table.claims th, table.claims td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; }
table.claims td.said { max-width: 36em; }
table.claims tr.contradicts td:first-child { background: var(--warning); font-weight: 700; }
table.claims tr.agrees td:first-child { color: #1a7f37; }
table.claims tr.skipped { color: #666; }
`;
