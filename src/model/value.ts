import type { DocCell } from '../read/document.js';
import type { Slot } from '../locate/located.js';
import { COUNT_UNIT, NUMBER_WITH_WORDS, PLACEHOLDERS, PLAIN_NUMBER, valueText } from '../spec/value-shapes.js';
import type { ValueStatus } from './schema.js';
import { remembered } from '../locate/normalize.js';

export interface ParsedValue {
  status: ValueStatus;
  value: number | null;
  raw: string;
  /** The number inside a text value such as 「10000件以上」 or 「2108000元」. */
  approx?: number;
  unit?: string;
  /** A number typed as text (「19」 in a cell formatted as Text): counted as the number. */
  fromText?: boolean;
}

/** What a table position holds, as the rules need it: a number, or why there is none. */
export function parseSlot(slot: Slot): Readonly<ParsedValue> {
  if (slot.cell === undefined) return { status: 'blank', value: null, raw: '' };
  return parseCell(slot.cell);
}

export function parseCell(cell: DocCell): Readonly<ParsedValue> {
  switch (cell.kind) {
    case 'number':
      return { status: 'number', value: cell.number ?? Number(cell.text), raw: cell.formula ? `=${cell.formula}` : cell.text };
    case 'date':
      // A count in a cell formatted as a date reads back as a date; the serial is the number typed.
      return { status: 'number', value: Math.round((cell.number ?? 0) * 1e6) / 1e6, raw: cell.text };
    case 'formula-no-result':
      return { status: 'formula-no-result', value: null, raw: cell.text };
    case 'error':
      return { status: 'error', value: null, raw: cell.text };
    case 'boolean':
      return { status: 'text', value: null, raw: cell.text };
    case 'text':
      return parseText(cell.text);
  }
}

/**
 * Each text read once: the same few hundred values (「0」「12」「/」「无」) recur in every report, and
 * a Word or web report's values are all text; NFKC and the value shapes cost some 130 ns a text (a
 * Word report's values: 27 → 2 µs). As with labels (locate/normalize.ts), long texts are not kept.
 * The values given are shared: read, never changed.
 */
export const parseText: (raw: string) => Readonly<ParsedValue> = remembered(readText, 64);

function readText(raw: string): ParsedValue {
  const text = valueText(raw);
  if (text === '') return { status: 'blank', value: null, raw };
  if (PLACEHOLDERS.has(text) || PLACEHOLDERS.has(raw.trim())) return { status: 'placeholder', value: null, raw };
  if (PLAIN_NUMBER.test(text)) return { status: 'number', value: Number(text.replace(/,/g, '')), raw, fromText: true };
  const words = NUMBER_WITH_WORDS.exec(text);
  if (words) {
    const number = Number(words[2]!.replace(/,/g, ''));
    const unit = words[3] ?? words[5];
    // 「19件」「共19件」: the count in the tables' own unit, exactly; 「约」「以上」「余」 make it a guess.
    const exact = words[1] !== '约' && words[4] === undefined;
    if (exact && unit === COUNT_UNIT) return { status: 'number', value: number, raw, fromText: true, unit };
    return { status: 'text', value: null, raw, approx: number, ...(unit ? { unit } : {}) };
  }
  return { status: 'text', value: null, raw };
}
