import type { ModelCell, Report } from '../model/schema.js';
import type { Source } from '../read/document.js';
import { findingCell } from '../model/cited.js';
import { cellList } from '../model/cell-list.js';
import { cellNames } from '../spec/names.js';
import type { Claim, SkipReason } from '../model/claim.js';
import type { Extracted } from './extract.js';
import type { Reading } from './phrase.js';
import { t3Reading } from './phrases/readings.js';

/** A reading's cells and their sum, or why it has none. */
type Resolved = { reading: Reading; cells: ModelCell[]; sum: number } | { reason: SkipReason };

/**
 * Each claim compared with the report's cells: it agrees when any reading gives the number stated
 * (a percentage: to the precision written), contradicts when every reading can be computed and
 * none does, and is skipped when a cell it needs is missing or not a number.
 */
export function judgeClaims(extracted: readonly Extracted[], report: Report): Claim[] {
  return extracted.map((claim) => judge(claim, extracted, report));
}

function judge(claim: Extracted, all: readonly Extracted[], report: Report): Claim {
  const base: Claim = {
    ...(claim.phrase ? { rule: claim.phrase.rule, phrase: claim.phrase.id, messageId: claim.phrase.messageId } : {}),
    kind: claim.kind,
    text: claim.text,
    sentence: claim.sentence,
    ...(claim.stated !== undefined ? { stated: claim.stated } : {}),
    verdict: 'skipped',
    cells: [],
  };
  if (claim.reason) return { ...base, reason: claim.reason };
  const readings = readingsOf(claim);
  const resolved = readings.map((r) => resolve(report, r));
  const usable = resolved.filter((r): r is Exclude<Resolved, { reason: SkipReason }> => !('reason' in r));
  const firstReason = resolved.find((r): r is { reason: SkipReason } => 'reason' in r)?.reason;

  if (claim.kind === 'percent') return judgePercent(base, claim, usable, firstReason, report);
  if (claim.phrase!.test === 'zero') {
    const r = usable[0];
    if (!r) return { ...base, reason: firstReason ?? 'noCell' };
    return { ...base, ...compared(r, 0), verdict: r.sum === 0 ? 'agrees' : 'contradicts' };
  }
  const stated = claim.stated!;
  const agreeing = usable.find((r) => r.sum === stated);
  if (agreeing) return { ...base, ...compared(agreeing, stated), verdict: 'agrees' };
  if (usable.length < readings.length) return { ...base, reason: firstReason ?? 'noCell' };
  const primary = primaryReading(claim, usable, all);
  const contradiction: Claim = { ...base, ...compared(primary, stated), verdict: 'contradicts' };
  // 「受理800件」 with neither 本年新收 nor 本年新收 + 上年结转 equal, the sentence not saying which: both named.
  if (usable.length === 2 && claim.phrase!.id.startsWith('requests.received') && primary === usable[0] && usable[0].sum !== usable[1]!.sum) {
    return { ...contradiction, messageId: 'eitherReading', cells: usable[1]!.cells.map((c) => findingCell(c, nameOf(c))) };
  }
  return contradiction;
}

/** A count of requests received: new only, with last year's, or either. */
function readingsOf(claim: Extracted): Reading[] {
  if (!claim.phrase?.id.startsWith('requests.received')) return claim.readings;
  if (claim.reading === 'withCarried') return claim.readings.slice(1);
  if (claim.reading === 'newOnly') return claim.readings.slice(0, 1);
  return claim.readings;
}

/**
 * The reading a contradiction is reported against. For requests received, the sentence's own
 * arithmetic decides: 「受理749件，办结718件，结转31件」 (749 = 718 + 31) counts last year's too.
 */
function primaryReading(claim: Extracted, usable: Exclude<Resolved, { reason: SkipReason }>[], all: readonly Extracted[]) {
  if (claim.phrase!.id.startsWith('requests.received') && usable.length === 2) {
    const siblings = all.filter((c) => c.sentenceId === claim.sentenceId && !c.reason && c.stated !== undefined);
    const concluded = siblings.find((c) => c.phrase?.id === 'results.concluded');
    const carried = siblings.find((c) => c.phrase?.id === 'results.carriedOver');
    if (concluded && carried && concluded.stated! + carried.stated! === claim.stated) return usable[1]!;
  }
  return usable[0]!;
}

function compared(r: Exclude<Resolved, { reason: SkipReason }>, stated: number) {
  return {
    name: r.reading.name,
    cells: r.cells.map((c) => findingCell(c, nameOf(c))),
    expected: r.sum,
    difference: round(stated - r.sum),
  };
}

/** A share of the results: the table's count ÷ （七）总计 (or 本年新收, with or without 上年结转), to the precision written. */
function judgePercent(base: Claim, claim: Extracted, usable: Exclude<Resolved, { reason: SkipReason }>[], reason: SkipReason | undefined, report: Report): Claim {
  const numerator = usable[0];
  if (!numerator) return { ...base, reason: reason ?? 'noCell' };
  const bases = [t3Reading(['resultTotal']), t3Reading(['received']), t3Reading(['received', 'carriedIn'])].map((r) => resolve(report, r));
  const total = bases[0]!;
  if ('reason' in total || total.sum === 0) return { ...base, reason: 'reason' in total ? total.reason : 'percentNoBase' };
  const stated = claim.stated!;
  const tolerance = 10 ** -(claim.decimals ?? 0);
  const fitsCount = (count: number) => bases.some((b) => !('reason' in b) && b.sum > 0 && Math.abs((100 * count) / b.sum - stated) < tolerance - 1e-9);
  const fits = usable.some((u) => fitsCount(u.sum));
  // 「予以公开及部分公开20件，占76.9%」 with 20 wrong: the share follows the count, whose own finding says it.
  if (!fits && claim.anchor?.stated !== undefined && fitsCount(claim.anchor.stated)) return { ...base, reason: 'followsCount' };
  const computed = round((100 * numerator.sum) / total.sum, (claim.decimals ?? 0) + 2);
  return {
    ...base,
    name: numerator.reading.name,
    cells: [...numerator.cells, ...total.cells].map((c) => findingCell(c, nameOf(c))),
    expected: computed,
    difference: round(stated - computed, (claim.decimals ?? 0) + 2),
    base: total.sum,
    verdict: fits ? 'agrees' : 'contradicts',
  };
}

/**
 * The cells of a reading and their sum: a number counts as itself; a blank or a placeholder
 * (「/」「—」) as 0, as the table rules count it, except a blank total whose parts are not 0;
 * text, an error or a formula without its result cannot be compared.
 */
function resolve(report: Report, reading: Reading): Resolved {
  const cells: ModelCell[] = [];
  let sum = 0;
  const unread = unreadRows(report);
  for (const key of reading.keys) {
    const cell = report.cells[key];
    if (!cell) return { reason: 'noCell' };
    // A row whose numbers could not all be placed (a number split over two cells): F_STRUCTURE says so; the prose is not held against it.
    if (unread.some((source) => sameRow(source, cell.source))) return { reason: 'cellNotNumber' };
    if (cell.status === 'number') sum += cell.value ?? 0;
    else if (cell.status === 'placeholder') sum += 0;
    else if (cell.status === 'blank') {
      if (cell.column === 'total' && partsOf(report, cell) !== 0) return { reason: 'cellNotNumber' };
    } else return { reason: 'cellNotNumber' };
    cells.push(cell);
  }
  return { reading, cells, sum: round(sum) };
}

/** Where the locator left numbers of a row unplaced: found once per report, not once per reading. */
const UNREAD = new WeakMap<Report, Source[]>();
function unreadRows(report: Report): Source[] {
  let unread = UNREAD.get(report);
  if (!unread) {
    unread = report.structure.filter((n) => n.code === 'ROW_OVERFLOW' || n.code === 'NUMBER_IN_LABEL_UNREAD').flatMap((n) => (n.source ? [n.source] : []));
    UNREAD.set(report, unread);
  }
  return unread;
}

/** Two places on one row of a table: a sheet's row, a Word or web table's row, a text's line. */
function sameRow(a: Source, b: Source): boolean {
  if (a.kind === 'xlsx' && b.kind === 'xlsx') return a.sheet === b.sheet && a.address.replace(/^[A-Z]+/, '') === b.address.replace(/^[A-Z]+/, '');
  if ((a.kind === 'docx' || a.kind === 'html') && a.kind === b.kind && 'row' in a && 'row' in b) return a.table === b.table && a.row === b.row;
  if (a.kind === 'text' && b.kind === 'text') return a.line === b.line;
  if (a.kind === 'pdf' && b.kind === 'pdf') return a.page === b.page && Math.abs(a.y - b.y) < 2;
  return false;
}

/** The sum of a blank total's parts (表三: the row's six applicant columns; 表四: the block's four outcomes). */
function partsOf(report: Report, total: ModelCell): number {
  const parts = cellList(report).filter((c) => c.table === total.table && c.row === total.row && c.column !== 'total');
  return parts.reduce((n, c) => n + (c.status === 'number' ? (c.value ?? 0) : 0), 0);
}

/** A cell's name in a claim's list: its row and column. */
function nameOf(cell: ModelCell) {
  const { row, column } = cellNames(cell);
  return { zh: `${row.zh}·${column.zh}`, en: `${row.en}, ${column.en}` };
}

const round = (n: number, digits = 9) => Math.round(n * 10 ** digits) / 10 ** digits;
