import type { Finding, Param } from '../rules/finding.js';
import type { FindingCell } from '../model/cited.js';
import { findRule } from '../rules/catalogue/index.js';
import { TABLE_NAMES } from '../spec/names.js';
import type { Lang } from '../spec/text.js';
import { describeCell, describeSource, describeSources } from './source.js';

/** The template of a finding's message: carried in the finding (a rule of the caller's own), else the catalogue's. */
export function messageTemplate(finding: Finding, lang: Lang): string | undefined {
  return (finding.template ?? findRule(finding.rule)?.messages[finding.messageId])?.[lang];
}

/** A finding's sentence in the given language, from its rule's message template and params. */
export function renderMessage(finding: Finding, lang: Lang): string {
  const template = messageTemplate(finding, lang) ?? `${finding.rule} ${finding.messageId}`;
  const params: Record<string, string> = {
    table: finding.table ? TABLE_NAMES[finding.table][lang] : '',
    row: finding.row?.[lang] ?? '',
    column: finding.column?.[lang] ?? '',
    expected: formatNumber(finding.expected),
    actual: formatNumber(finding.actual),
    difference: formatNumber(finding.difference === undefined ? undefined : Math.abs(finding.difference)),
    expectedTerms: terms(finding.cells, 'expected', lang),
    actualTerms: terms(finding.cells, 'actual', lang),
    cell: finding.cells[0] ? describeCell(finding.cells[0], lang) : '',
    cells: describeSources(
      finding.cells.map((c) => c.source),
      lang,
    ),
  };
  for (const [name, value] of Object.entries(finding.params)) params[name] = paramText(value, lang);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

function paramText(value: Param, lang: Lang): string {
  if (typeof value === 'object') return 'kind' in value ? describeSource(value, lang) : value[lang];
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** 「本年新收 19 + 上年结转 0」: each term of one side of an equation with its value. */
function terms(cells: FindingCell[], side: FindingCell['side'], lang: Lang): string {
  return cells
    .filter((c) => c.side === side)
    .map((c) => `${c.name?.[lang] ?? c.key} ${c.value ?? 0}`)
    .join(' + ');
}

export function formatNumber(value: number | undefined): string {
  if (value === undefined) return '';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}
