import type { ModelCell, Report } from '../model/schema.js';
import { cellList } from '../model/cell-list.js';
import type { TableId } from '../spec/tables.js';
import type { FormatVersion } from '../spec/tables.js';
import type { Draft, Severity } from './finding.js';
import type { Text } from '../spec/text.js';

/** One term of an equation: a canonical key and the name it goes by in the message. */
export interface Term {
  key: string;
  name: Text;
}

/**
 * `expected` are the parts, `actual` what the agency wrote as their total (or, for the balance rule,
 * the other side of the printed equation). The rule holds when the two sums are equal.
 */
export interface Equation {
  table: TableId;
  row?: Text;
  column?: Text;
  expected: Term[];
  actual: Term[];
  messageId: string;
  /** The one cell that should hold the total; when it is blank but the parts are not, F_TOTAL_BLANK speaks instead. */
  total?: string;
}

/** What the engine knows before the rules run, shared by all of them. */
export interface RuleContext {
  /** Total cells left blank while their parts are not zero, with the equation that shows it. */
  unfilledTotals: ReadonlyMap<string, { equation: Equation; sum: number }>;
  /** What the configuration says every report must be. */
  expected: Expectations;
}

export interface Expectations {
  formatVersion?: FormatVersion;
  year?: number;
}

interface RuleMeta {
  /** Stable id: output formats, configuration and baselines use it. */
  id: string;
  severity: Severity;
  tables: readonly TableId[];
  tags: readonly string[];
  /** One line: what must hold. */
  title: Text;
  /** Why it must hold and where the rule comes from. */
  description: Text;
  /** What to do about a finding. */
  fix: Text;
  /** Message templates by messageId; `{name}` takes a param. */
  messages: Record<string, Text>;
  /**
   * For a rule of the caller's own: the module it can be imported from (`import.meta.url` of the
   * file that exports it, or a package specifier), so that a batch's worker threads can load it.
   * Without it, a batch holding the rule is checked in the calling thread.
   */
  module?: string;
  /**
   * What the rule reads besides the tables, as markdownlint rules declare their parser: `prose`
   * makes the pipeline read the report's prose into claims (src/prose/) before the rules run, which
   * it skips when every rule that needs it is off.
   */
  needs?: readonly 'prose'[];
}

export type EquationRule = RuleMeta & { equations: (report: Report) => Equation[] };
export type CheckRule = RuleMeta & { check: (report: Report, context: RuleContext) => Draft[] };

/** Two reports of one agency, consecutive years: `current` and the year before. */
export interface YearPair {
  current: Report;
  previous: Report;
  /** The previous year's file, as the user named it. */
  previousPath: string;
}

/**
 * A rule over one agency's reports of two consecutive years; its findings belong to the later one.
 * `reads` names the cells it looks at, so a batch of thousands keeps only those of each report.
 */
export type PairRule = RuleMeta & { reads: readonly string[]; pair: (pair: YearPair) => Draft[] };

/** A region's summary report and the cell-wise sums of its agencies' reports. */
export interface RegionSums {
  summary: Report;
  /** Canonical key → sum over the agencies' reports of the cells that are numbers. */
  sums: Readonly<Record<string, number>>;
  /** How many agencies' reports were summed. */
  count: number;
}

/** A rule over a region's summary report and its agencies' reports. */
export type RegionRule = RuleMeta & { region: (input: RegionSums) => Draft[] };

/** Files of a batch that are one agency's report for one year, as seen from one of them. */
export interface DuplicateFiles {
  agency: string;
  year: number;
  /** The other files, as the user named them. */
  others: readonly string[];
}

/** A rule over a batch's files of one agency and year; its findings belong to each of them. */
export type DuplicateRule = RuleMeta & { duplicate: (input: DuplicateFiles) => Draft[] };

export type Rule = EquationRule | CheckRule | PairRule | RegionRule | DuplicateRule;

export function isEquationRule(rule: Rule): rule is EquationRule {
  return 'equations' in rule;
}

export function isCheckRule(rule: Rule): rule is CheckRule {
  return 'check' in rule;
}

export function isPairRule(rule: Rule): rule is PairRule {
  return 'pair' in rule;
}

export function isRegionRule(rule: Rule): rule is RegionRule {
  return 'region' in rule;
}

export function isDuplicateRule(rule: Rule): rule is DuplicateRule {
  return 'duplicate' in rule;
}

/** The number a cell counts for in sums: blanks and placeholders as 0, text as nothing. */
export function countedValue(cell: ModelCell): number | undefined {
  if (cell.status === 'number') return cell.value ?? undefined;
  if (cell.status === 'blank' || cell.status === 'placeholder') return 0;
  return undefined;
}

export function cellsOf(report: Report, table: TableId): ModelCell[] {
  return cellList(report).filter((c) => c.table === table);
}
