import type { Report } from '../model/schema.js';
import type { Draft, Finding, Severity } from './finding.js';
import type { FindingCell } from '../model/cited.js';
import { compareSources } from '../read/document.js';
import { CATALOGUE, findRule } from './catalogue/index.js';
import { findingCell } from '../model/cited.js';
import { withCellList } from '../model/cell-list.js';
import {
  countedValue,
  isCheckRule,
  isDuplicateRule,
  isEquationRule,
  isPairRule,
  isRegionRule,
  type DuplicateFiles,
  type Equation,
  type Expectations,
  type RegionSums,
  type Rule,
  type RuleContext,
  type Term,
  type YearPair,
} from './rule.js';

export type SeverityOverride = Severity | 'off';

export interface RunOptions {
  rules?: readonly Rule[];
  /** Per-rule severity from configuration; 'off' drops the rule. */
  severity?: Readonly<Record<string, SeverityOverride>>;
  /** The format version or report year every report must have. */
  expected?: Expectations;
}

const EPSILON = 1e-9;

/** Runs every rule of the catalogue over a report and returns its findings in a stable order. */
export function runRules(report: Report, options: RunOptions = {}): Finding[] {
  // The rules that look at every cell share one list of them (model/cell-list.ts).
  return withCellList(report, () => runEach(report, options));
}

function runEach(report: Report, options: RunOptions): Finding[] {
  const rules = options.rules ?? CATALOGUE;
  const equations = new Map(rules.filter(isEquationRule).map((rule) => [rule.id, rule.equations(report)]));
  const context: RuleContext = { unfilledTotals: unfilledTotals(report, [...equations.values()].flat()), expected: options.expected ?? {} };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = options.severity?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    const drafts = isEquationRule(rule) ? equations.get(rule.id)!.flatMap((eq) => evaluate(report, eq, context) ?? []) : isCheckRule(rule) ? rule.check(report, context) : [];
    for (const draft of drafts) findings.push(finding(rule, severity, draft));
  }
  return sortFindings(findings, rules);
}

/** Findings of the rules across years, for the later report of a pair. */
export function runPairRules(pair: YearPair, options: RunOptions = {}): Finding[] {
  const rules = options.rules ?? CATALOGUE;
  return sortFindings(
    rules.filter(isPairRule).flatMap((rule) => withSeverity(rule, options, rule.pair(pair))),
    rules,
  );
}

/** Findings of the rules over a region's summary and its agencies' sums. */
export function runRegionRules(input: RegionSums, options: RunOptions = {}): Finding[] {
  const rules = options.rules ?? CATALOGUE;
  return sortFindings(
    rules.filter(isRegionRule).flatMap((rule) => withSeverity(rule, options, rule.region(input))),
    rules,
  );
}

/** Findings of the rules over a batch's files of one agency and year, for one of them. */
export function runDuplicateRules(input: DuplicateFiles, options: RunOptions = {}): Finding[] {
  const rules = options.rules ?? CATALOGUE;
  return sortFindings(
    rules.filter(isDuplicateRule).flatMap((rule) => withSeverity(rule, options, rule.duplicate(input))),
    rules,
  );
}

function withSeverity(rule: Rule, options: RunOptions, drafts: Draft[]): Finding[] {
  const severity = options.severity?.[rule.id] ?? rule.severity;
  return severity === 'off' ? [] : drafts.map((draft) => finding(rule, severity, draft));
}

/** A rule's draft as a finding; a rule of the caller's own carries its message template (the catalogue's are found by id). */
function finding(rule: Rule, severity: Severity, draft: Draft): Finding {
  const own = findRule(rule.id) !== rule ? rule.messages[draft.messageId] : undefined;
  return { rule: rule.id, severity, ...draft, ...(own ? { template: own } : {}) };
}

/** Findings in a stable order: by table, errors first, then catalogue order, then position. */
export function sortFindings(findings: Finding[], rules: readonly Rule[] = CATALOGUE): Finding[] {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  return findings.sort((a, b) => compareFindings(a, b, order));
}

/**
 * The sum of the terms' counted values, or undefined when one cannot be counted. Most equations hold:
 * the cells a finding names are gathered only for those that do not.
 */
function sumOf(report: Report, terms: readonly Term[]): number | undefined {
  let total = 0;
  for (const term of terms) {
    const cell = report.cells[term.key];
    if (!cell) return undefined; // a missing row or table: F_STRUCTURE or F_TABLE_MISSING says so
    const value = countedValue(cell);
    if (value === undefined) return undefined; // not a number: the value rules say so
    total += value;
  }
  return round(total);
}

/** An equation that does not hold, as a finding draft; undefined when it holds or cannot be judged. */
function evaluate(report: Report, eq: Equation, context: RuleContext): Draft | undefined {
  const expectedSum = sumOf(report, eq.expected);
  const actualSum = sumOf(report, eq.actual);
  if (expectedSum === undefined || actualSum === undefined) return undefined;
  const unfilled = (t: Term) => context.unfilledTotals.has(t.key);
  if (eq.expected.some(unfilled) || eq.actual.some(unfilled)) return undefined;
  if (Math.abs(expectedSum - actualSum) < EPSILON) return undefined;
  const cellsOf = (terms: readonly Term[], side: 'expected' | 'actual') => terms.map((t) => findingCell(report.cells[t.key]!, t.name, side));
  return {
    table: eq.table,
    messageId: eq.messageId,
    params: {},
    ...(eq.row ? { row: eq.row } : {}),
    ...(eq.column ? { column: eq.column } : {}),
    expected: expectedSum,
    actual: actualSum,
    difference: round(actualSum - expectedSum),
    cells: [...cellsOf(eq.expected, 'expected'), ...cellsOf(eq.actual, 'actual')],
  };
}

function unfilledTotals(report: Report, equations: readonly Equation[]): Map<string, { equation: Equation; sum: number }> {
  const unfilled = new Map<string, { equation: Equation; sum: number }>();
  for (const eq of equations) {
    if (!eq.total) continue;
    const total = report.cells[eq.total];
    if (!total || total.status !== 'blank' || unfilled.has(eq.total)) continue;
    const parts = sumOf(report, eq.expected);
    if (parts !== undefined && parts !== 0) unfilled.set(eq.total, { equation: eq, sum: parts });
  }
  return unfilled;
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

const TABLE_ORDER = { none: 0, t2: 1, t3: 2, t4: 3 } as const;

function compareFindings(a: Finding, b: Finding, order: Map<string, number>): number {
  return (
    TABLE_ORDER[a.table ?? 'none'] - TABLE_ORDER[b.table ?? 'none'] ||
    Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
    (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) ||
    comparePosition(a.cells[0], b.cells[0])
  );
}

function comparePosition(a: FindingCell | undefined, b: FindingCell | undefined): number {
  if (!a || !b) return Number(Boolean(a)) - Number(Boolean(b));
  return compareSources(a.source, b.source);
}
