import { printable } from '../width/printable.js';
import type { ChalkInstance } from 'chalk';
import { SKIP_REASONS, type Claim } from '../model/claim.js';
import { findRule } from '../rules/catalogue/index.js';
import { TABLE_NAMES } from '../spec/names.js';
import type { Lang } from '../spec/text.js';
import { formatNumber } from './message.js';
import { describeSource } from './source.js';

const WORDS = {
  zh: {
    heading: (checked: number, contradicts: number, skipped: number) => `正文中的数字：核对 ${checked} 处（${contradicts} 处与表格矛盾），未核对 ${skipped} 处`,
    none: '正文中没有找到与表格有关的数字',
    agrees: '一致  ',
    contradicts: '矛盾  ',
    skipped: '未核对',
  },
  en: {
    heading: (checked: number, contradicts: number, skipped: number) => `Numbers in the text: ${checked} compared (${contradicts} contradicting the tables), ${skipped} not compared`,
    none: 'No number about the tables was found in the text',
    agrees: 'agrees     ',
    contradicts: 'contradicts',
    skipped: 'skipped    ',
  },
} as const;

/** What a claim was compared with: the table (the one its rule checks) and the cells' name, 「表三本年新收（总计）」. */
export function comparedWith(claim: Claim, lang: Lang): string {
  const table = claim.rule ? findRule(claim.rule)?.tables[0] : undefined;
  return `${table ? TABLE_NAMES[table][lang] : ''}${lang === 'zh' ? '' : ' '}${claim.name?.[lang] ?? ''}`;
}

/** The table's value a claim was compared with: a count, or a share in per cent. */
export function claimValue(claim: Claim): string {
  return claim.kind === 'percent' ? `${formatNumber(claim.expected)}%` : formatNumber(claim.expected);
}

/**
 * --explain in the text report: every claim the prose stage read, where it is, what it was compared
 * with and the verdict, so that a reviewer sees why nothing (or something) was reported.
 */
export function explainLines(claims: readonly Claim[], lang: Lang, chalk: ChalkInstance): string[] {
  const words = WORDS[lang];
  if (claims.length === 0) return [`  ${chalk.bold(words.none)}`];
  const skipped = claims.filter((c) => c.verdict === 'skipped').length;
  const contradicts = claims.filter((c) => c.verdict === 'contradicts').length;
  const lines = [`  ${chalk.bold(words.heading(claims.length - skipped, contradicts, skipped))}`];
  for (const claim of claims) {
    const where = describeSource(claim.sentence.source, lang);
    const said = lang === 'zh' ? `${where}「${claim.text}」` : `${where} “${claim.text}”`;
    const verdict = claim.verdict === 'agrees' ? chalk.green(words.agrees) : claim.verdict === 'contradicts' ? chalk.yellow(words.contradicts) : chalk.dim(words.skipped);
    lines.push(`    ${verdict}  ${printable(said)}${comparison(claim, lang)}`);
  }
  return lines;
}

function comparison(claim: Claim, lang: Lang): string {
  if (claim.verdict === 'skipped') return `${lang === 'zh' ? '：' : ': '}${SKIP_REASONS[claim.reason ?? 'noSubject'][lang]}`;
  const sign = claim.verdict === 'agrees' ? '=' : '≠';
  return ` ${sign} ${comparedWith(claim, lang)} ${claimValue(claim)}`;
}
