import type { DocCell } from '../read/document.js';
import { isValueText, trailingNumber } from '../spec/value-shapes.js';
import type { Slot } from './located.js';
import { remembered, squash } from './normalize.js';

const isWords = remembered((text) => squash(text) !== '' && !isValueText(text));

/** Words, not a value: 「（三）不予公开」 and its fragment 「（三）不」 are words; 「8」「/」「无」「10000件以上」 are values. */
export function isWordsCell(cell: DocCell): boolean {
  return cell.kind === 'text' && isWords(cell.text);
}

/**
 * A piece of a merged group label, as pages break them: 「三、本」/「年度办」/「理结果」 down the rows,
 * 「（三）不」 before a row's own label, 「三、」 alone. Never a row's label.
 */
export function isFragmentOf(text: string, groupLabels: readonly string[]): boolean {
  const piece = squash(text);
  return piece !== '' && squashed(groupLabels).some((whole) => whole !== piece && whole.includes(piece));
}

const squashedLists = new WeakMap<readonly string[], string[]>();
function squashed(labels: readonly string[]): string[] {
  let list = squashedLists.get(labels);
  if (!list) squashedLists.set(labels, (list = labels.map(squash)));
  return list;
}

/** A value written in the same cell as its row's label (「行政许可 97」): the words, and the value as a cell of its own at the label's place. */
export interface LabelNumber {
  words: string;
  value: DocCell;
}

/** trailingNumber done once a text: every row's label is tried, most of them with no number (null). */
const labelSplit = remembered((text) => trailingNumber(text) ?? null);

/** The number after a label's words, when the words alone are the label `isLabel` accepts. */
export function labelNumberOf(cell: DocCell, isLabel: (words: string) => boolean): LabelNumber | undefined {
  if (cell.kind !== 'text') return undefined;
  const split = labelSplit(cell.text) ?? undefined;
  if (!split || !isLabel(split.words)) return undefined;
  return { words: split.words, value: { ...cell, text: split.number, rowSpan: 1, colSpan: 1 } };
}

/**
 * Values under headers, when the row's first value sits in its label cell: the row reads shifted one
 * column left (「规章 1 | 0 | 5 | 」), so each value moves one column right and the first column takes
 * the number from the label cell. Only when the last column is blank, so that no value is dropped;
 * otherwise the values stay as found and the number in the label is not read.
 */
export function shiftedForLabelNumber(slots: readonly Slot[], number: LabelNumber): Slot[] | undefined {
  if (slots.length === 0 || slots.at(-1)!.cell !== undefined) return undefined;
  // Each value keeps the source it was read from; only the column it counts in changes.
  return [{ source: number.value.source, cell: number.value }, ...slots.slice(0, -1)];
}

/**
 * A row's values by column id, `slotOf` giving each column's. A loop, not Object.fromEntries: V8
 * runs that generically, about three times as long for the seven keys of a row, and 表三's scan
 * builds one for every line it reads (locating a workbook's tables: some 10 µs of 150).
 */
export function valuesByColumn<C extends { id: string }>(columns: readonly C[], slotOf: (column: C, i: number) => Slot): Record<string, Slot> {
  const values: Record<string, Slot> = {};
  columns.forEach((column, i) => (values[column.id] = slotOf(column, i)));
  return values;
}
