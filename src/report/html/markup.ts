import { escapeXml } from '../xml.js';

/**
 * HTML built with a tagged template that escapes every interpolated value, so workbook text (agency
 * names, raw cell contents, sheet names) can only ever be text. Markup passes through only when
 * made by `html` itself or wrapped in `trusted` (constant strings of this program: the style sheet).
 */
export interface Markup {
  readonly markup: string;
}

/** What a template may interpolate: text and numbers (escaped), markup, lists of them; nothing, false, null and undefined write nothing. */
export type Interpolated = string | number | boolean | null | undefined | Markup | readonly Interpolated[];

const isMarkup = (value: Interpolated): value is Markup => typeof value === 'object' && value !== null && 'markup' in value;

// Array.isArray does not narrow a readonly array's type.
const isList = (value: Interpolated): value is readonly Interpolated[] => Array.isArray(value);

function render(value: Interpolated): string {
  if (value === undefined || value === null || value === false) return '';
  if (isList(value)) return value.map(render).join('');
  if (isMarkup(value)) return value.markup;
  return escapeXml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Markup {
  return { markup: strings.reduce((out, text, i) => out + render(values[i - 1]) + text) };
}

export const trusted = (markup: string): Markup => ({ markup });
