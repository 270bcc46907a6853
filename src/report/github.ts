import { alertText } from './alert-text.js';
import type { ReportContext } from './context.js';
import { fromResults, type PresentedFinding, type PresentedReport } from './present.js';
import { primaryCell } from './primary-cell.js';
import { printable } from '../width/printable.js';

/** GitHub shows at most this many annotations of each level per step; the rest would vanish silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding, so that findings
 * show as annotations on the pull request. Errors first; past GitHub's limit a notice says how
 * many more there are.
 */
export function layoutGithub(report: PresentedReport, context: ReportContext): string {
  const { lang } = context;
  // Only what can be shown is kept, the rest counted: a country's batch has a finding in every other file.
  const errors: string[] = [];
  const warnings: string[] = [];
  let found = 0;
  const add = (list: string[], line: () => string) => {
    found++;
    if (list.length < ANNOTATIONS_PER_LEVEL) list.push(line());
  };
  for (const result of report.files) {
    // The runner unescapes only %25, %0D, %0A, %3A and %2C: a control character in a name cannot reach it intact, so it is shown escaped.
    const file = printable(context.uriOf(result.path));
    if (result.problem) {
      add(errors, () => command('error', { file, title: result.problem!.code }, printable(result.problem!.message)));
      continue;
    }
    for (const finding of result.findings) {
      const cell = primaryCell(finding);
      // A text file has lines: the annotation goes on the line itself.
      const line: Record<string, string> = cell?.source.kind === 'text' && !cell.file ? { line: String(cell.source.line) } : {};
      add(finding.severity === 'error' ? errors : warnings, () => command(finding.severity, { file, ...line, title: title(finding) }, printable(alertText(finding, lang))));
    }
  }
  const shown = [...errors, ...warnings];
  const hidden = found - shown.length;
  if (hidden > 0) {
    const { counts } = report;
    shown.push(
      command(
        'notice',
        { title: 'xxgk-check' },
        lang === 'zh'
          ? `另有 ${hidden} 个问题未作为注释显示（共 ${counts.errors} 个错误、${counts.warnings} 个警告）；完整报告请用 --format text 或 sarif 查看。`
          : `${hidden} more findings are not shown as annotations (${counts.errors} errors, ${counts.warnings} warnings in all); see --format text or sarif for the full report.`,
      ),
    );
  }
  return shown.length > 0 ? `${shown.join('\n')}\n` : '';
}

/** The same, for a library user's results as checked. */
export const formatGithub = fromResults(layoutGithub);

function title(finding: PresentedFinding): string {
  // Titles and messages are read in the log and on the pull request: control characters escaped.
  return printable(finding.place !== undefined ? `${finding.rule} ${finding.place}` : finding.rule);
}

/** `::level key=value,…::message`, escaped as the Actions toolkit does. */
export function command(level: 'error' | 'warning' | 'notice', properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
