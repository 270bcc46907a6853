import type { ChalkInstance } from 'chalk';
import type { BatchInfo } from '../result.js';
import type { Lang } from '../spec/text.js';

/** What every formatter is given besides the results. */
export interface ReportContext {
  lang: Lang;
  tool: { name: string; version: string };
  chalk: ChalkInstance;
  /** Findings left out because the baseline knows them. */
  known?: number;
  /** The path of a file as a repository-relative, '/'-separated URI path (SARIF, GitHub). */
  uriOf: (path: string) => string;
  /** Rules the configuration turned off (JUnit lists them as skipped). */
  off?: readonly string[];
  /** What a batch adds: files skipped, units that sent nothing. */
  batch?: BatchInfo;
  /** Set when the run fails on its warnings: all of them and the --max-warnings limit they pass. */
  warningLimit?: { warnings: number; max: number };
  /** Set when the run fails because listed units sent nothing (--fail-on-missing): how many. */
  missingUnits?: number;
  /** The width of the terminal the report is shown on (none for a file or a pipe). */
  columns?: number;
}
