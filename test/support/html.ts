import { sourceId } from '../../src/read/document.js';
import type { Finding } from '../../src/rules/finding.js';
import type { FindingCell } from '../../src/model/cited.js';
import type { FileResult } from '../../src/result.js';
import { table3Plan, table4Plan } from '../../src/template/layout.js';

export type Highlight = 'error' | 'warning' | 'error-part' | 'warning-part';

/**
 * What the page must highlight. Strongly (`error`, `warning`): each drawn cell that decides a
 * finding — an equation's total written (its `actual` side), every cell of any other finding — red
 * if an error is decided there, else yellow. Lightly (`error-part`, `warning-part`): the other cells
 * the findings name, the parts of equations, by the worst finding naming them.
 */
export function expectedHighlights(results: readonly FileResult[], kind: Highlight): string[] {
  const refs = new Set<string>();
  results.forEach((result, i) => {
    const drawn = new Set([...table3Plan(result.formatVersion ?? '2021').cells, ...table4Plan().cells].flatMap((c) => (c.key ? [c.key] : [])));
    const decisive = (f: Finding, c: FindingCell) => c.side === 'actual' || !f.cells.some((x) => x.side === 'actual');
    const named = (severity: 'error' | 'warning', strong: boolean) =>
      new Set(
        result.findings.filter((f) => f.severity === severity).flatMap((f) => f.cells.filter((c) => drawn.has(c.key) && decisive(f, c) === strong).map((c) => `file-${i + 1} ${sourceId(c.source)}`)),
      );
    const strongErrors = named('error', true);
    const strong = new Set([...strongErrors, ...named('warning', true)]);
    const lightErrors = new Set([...named('error', false)].filter((r) => !strong.has(r)));
    const chosen =
      kind === 'error'
        ? strongErrors
        : kind === 'warning'
          ? [...named('warning', true)].filter((r) => !strongErrors.has(r))
          : kind === 'error-part'
            ? lightErrors
            : [...named('warning', false)].filter((r) => !strong.has(r) && !lightErrors.has(r));
    for (const ref of chosen) refs.add(ref);
  });
  return [...refs].sort();
}
