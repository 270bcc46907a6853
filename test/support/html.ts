import { sourceId } from '../../src/read/document.js';
import type { FileResult } from '../../src/result.js';
import { table3Plan, table4Plan } from '../../src/template/layout.js';

/** What the page must highlight: each drawn cell a finding names, red if any error names it, else yellow. */
export function expectedHighlights(results: readonly FileResult[], severity: 'error' | 'warning'): string[] {
  const refs = new Set<string>();
  results.forEach((result, i) => {
    const drawn = new Set([...table3Plan(result.formatVersion ?? '2021').cells, ...table4Plan().cells].flatMap((c) => (c.key ? [c.key] : [])));
    const named = (s: 'error' | 'warning') => new Set(result.findings.filter((f) => f.severity === s).flatMap((f) => f.cells.filter((c) => drawn.has(c.key)).map((c) => `file-${i + 1} ${sourceId(c.source)}`)));
    const errors = named('error');
    for (const ref of severity === 'error' ? errors : named('warning')) if (severity === 'error' || !errors.has(ref)) refs.add(ref);
  });
  return [...refs].sort();
}
