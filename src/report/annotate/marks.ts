import type { Severity } from '../../rules/finding.js';
import { TABLE_NAMES } from '../../spec/names.js';
import { SEVERITY_WORDS } from '../format-names.js';
import type { Lang } from '../../spec/text.js';
import type { PresentedFinding } from '../present.js';
import { decides, primaryCell, rankMark } from '../primary-cell.js';
import { describeSources } from '../source.js';

/**
 * What one cell of the annotated copy gets. A cell that decides a finding (a total written, a value
 * found wrong) is `strong`: a fill for its worst such finding and a note naming them. A cell that is
 * only a part of an equation gets a light fill and no note: the finding's note on its total lists it.
 */
export interface CellMark {
  sheet: string;
  address: string;
  severity: Severity;
  strong: boolean;
  /** One line per finding the cell decides, in report order. */
  lines: string[];
}

/** 「错误 T3_BALANCE：表三「自然人」列：本年新收 19 + …，相差 1」 */
function noteLine(finding: PresentedFinding, lang: Lang): string {
  return `${SEVERITY_WORDS[lang][finding.severity]} ${finding.rule}${lang === 'zh' ? '：' : ': '}${finding.message}`;
}

/** Where the mark for a named cell goes (a merge's master cell for a cell it covers), or undefined for nowhere. */
export type PlaceOf = (sheet: string, address: string) => string | undefined;

/**
 * Every cell the findings name (and the cell holding a prose finding's sentence), once: an error on a cell outranks a warning, and each finding that
 * names the cell adds its line to the one note. Cells the workbook shows as one (a merge) are one
 * mark, at the place `placeOf` gives. Cells come in order of first mention.
 */
export function cellMarks(findings: readonly PresentedFinding[], lang: Lang, placeOf: PlaceOf = (_, address) => address): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const finding of findings) {
    const line = noteLine(finding, lang);
    const places = [
      ...finding.cells.map((cell) => ({ source: cell.source, file: cell.file, strong: decides(finding, cell) })),
      // The sentence a prose finding quotes, where a pasted page put it in a cell: the words may be what needs changing.
      ...(finding.sentence ? [{ source: finding.sentence.source, file: undefined, strong: true }] : []),
    ];
    for (const { source, file, strong } of places) {
      // Only the workbook's own cells: not last year's file, not a place in another kind of file.
      if (source.kind !== 'xlsx' || file) continue;
      const address = placeOf(source.sheet, source.address);
      if (address === undefined) continue;
      const id = `${source.sheet}\u0000${address}`;
      const mark = marks.get(id) ?? { sheet: source.sheet, address, severity: finding.severity, strong, lines: [] };
      rankMark(mark, strong, finding.severity);
      if (strong && !mark.lines.includes(line)) mark.lines.push(line);
      marks.set(id, mark);
    }
  }
  return [...marks.values()];
}

/** One row of the 校验结果 sheet. */
export interface SummaryRow {
  index: number;
  table: string;
  rule: string;
  severity: Severity;
  severityText: string;
  /** The cells as a person writes them (「年度报告!D32:D33、D53:D54」); empty for a finding about the whole workbook. */
  cells: string;
  cellCount: number;
  /** Where the link goes: the finding's primary cell. */
  target?: { sheet: string; address: string };
  message: string;
}

const WORKBOOK: Record<Lang, string> = { zh: '工作簿', en: 'Workbook' };

/** The rows of 校验结果: errors first, then warnings, each in report order. */
export function summaryRows(findings: readonly PresentedFinding[], lang: Lang): SummaryRow[] {
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
  return ordered.map((finding, i) => {
    const primary = primaryCell(finding);
    return {
      index: i + 1,
      table: finding.table ? TABLE_NAMES[finding.table][lang] : WORKBOOK[lang],
      rule: finding.rule,
      severity: finding.severity,
      severityText: SEVERITY_WORDS[lang][finding.severity],
      cells: cellsText(finding, lang),
      cellCount: finding.cells.length,
      ...(primary?.source.kind === 'xlsx' && !primary.file ? { target: { sheet: primary.source.sheet, address: primary.source.address } } : {}),
      message: finding.message,
    };
  });
}

/** The finding's cells grouped by sheet, runs compressed: 「年度报告!D32:D33、D53:D54」. */
function cellsText(finding: PresentedFinding, lang: Lang): string {
  return describeSources(
    finding.cells.map((c) => c.source),
    lang,
  );
}
