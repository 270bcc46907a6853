/**
 * A page as the layout stage sees it: runs of text and ruling lines, in points, with the origin at
 * the page's top-left corner as a viewer shows it (y grows downwards, the page's rotation applied).
 */

/** A run of text: one or more text items of PDF.js that touch on one line, joined. */
export interface Run {
  text: string;
  /** Box of the run. */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The baseline of horizontal text (for vertical text, the run's middle). */
  baseline: number;
  /** Font size in points. */
  size: number;
  /** Written top to bottom (a vertical font). */
  vertical: boolean;
}

/** A ruling: a horizontal line at `at` (a y) from `from` to `to` (x), or a vertical one at x from y to y. */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: Run[];
  segments: Segment[];
}

export const centerX = (r: Run) => (r.x0 + r.x1) / 2;
export const centerY = (r: Run) => (r.top + r.bottom) / 2;

/** Numbers as a count table writes them: digits, separators, a sign, a decimal point. */
export const NUMERIC = /^[+\-−]?[\d０-９][\d０-９,，.．]*%?$/;
