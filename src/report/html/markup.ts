import { escapeXml } from '../xml.js';

/**
 * HTML built with a tagged template that escapes every interpolated value, so workbook text (agency
 * names, raw cell contents, sheet names) can only ever be text. Markup passes through only when
 * made by `html` itself or wrapped in `trusted` (constant strings of this program: the style sheet).
 */
export interface Markup {
  readonly markup: string;
}

const isMarkup = (value: unknown): value is Markup => typeof value === 'object' && value !== null && 'markup' in value;

function render(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isMarkup(value)) return value.markup;
  return escapeXml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  return { markup: strings.reduce((out, text, i) => out + render(values[i - 1]) + text) };
}

export const trusted = (markup: string): Markup => ({ markup });
