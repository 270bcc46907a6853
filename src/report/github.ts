import type { Finding } from '../rules/finding.js';
import { countResults, type FileResult } from '../result.js';
import type { ReportContext } from './context.js';
import { renderMessage } from './message.js';
import { primaryCell } from './primary-cell.js';
import { printable } from './printable.js';
import { quoteSentence } from './sentence.js';
import { renderProblem } from './problems.js';
import { describeSource } from './source.js';

/** GitHub shows at most this many annotations of each level per step; the rest would vanish silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding, so that findings
 * show as annotations on the pull request. Errors first; past GitHub's limit a notice says how
 * many more there are.
 */
export function formatGithub(results: readonly FileResult[], context: ReportContext): string {
  const { lang } = context;
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const result of results) {
    // The runner unescapes only %25, %0D, %0A, %3A and %2C: a control character in a name cannot reach it intact, so it is shown escaped.
    const file = printable(context.uriOf(result.path));
    if (result.problem) {
      errors.push(command('error', { file, title: result.problem.code }, printable(renderProblem(result.path, result.problem, lang))));
      continue;
    }
    for (const finding of result.findings) {
      const cell = primaryCell(finding);
      // A text file has lines: the annotation goes on the line itself.
      const line: Record<string, string> = cell?.source.kind === 'text' && !cell.file ? { line: String(cell.source.line) } : {};
      (finding.severity === 'error' ? errors : warnings).push(command(finding.severity, { file, ...line, title: title(finding, context) }, messageOf(finding, context)));
    }
  }
  const shown = [...errors.slice(0, ANNOTATIONS_PER_LEVEL), ...warnings.slice(0, ANNOTATIONS_PER_LEVEL)];
  const hidden = errors.length + warnings.length - shown.length;
  if (hidden > 0) {
    const counts = countResults(results);
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

function title(finding: Finding, context: ReportContext): string {
  const cell = primaryCell(finding);
  // Titles and messages are read in the log and on the pull request: control characters escaped.
  return printable(cell ? `${finding.rule} ${describeSource(cell.source, context.lang)}` : finding.rule);
}

function messageOf(finding: Finding, context: ReportContext): string {
  const message = renderMessage(finding, context.lang);
  const cell = primaryCell(finding);
  const ref = cell ? describeSource(cell.source, context.lang) : undefined;
  const said = finding.sentence ? (context.lang === 'zh' ? `（原文：「${quoteSentence(finding.sentence)}」）` : ` (text: “${quoteSentence(finding.sentence)}”)`) : '';
  return printable(`${ref && !message.includes(ref) ? `${ref}：${message}` : message}${said}`);
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
