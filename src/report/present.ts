import { CATALOGUE } from '../rules/catalogue/index.js';
import type { Finding } from '../rules/finding.js';
import { countSeverities, type Counts, type FileResult } from '../result.js';
import type { Lang } from '../spec/text.js';
import { messageTemplate, renderMessage } from './message.js';
import type { FileStatus, Presented, PresentedFile, PresentedFinding, PresentedRule, SeverityCounts } from './present-schema.js';
import { primaryCell } from './primary-cell.js';
import { renderProblem } from './problems.js';
import { describeSource } from './source.js';

export type { FileStatus, Presented, PresentedFile, PresentedFinding, PresentedProblem, PresentedRule, SeverityCounts } from './present-schema.js';

/**
 * The one step between checking and laying out, as ESLint hands its formatters results already
 * counted: every finding's message rendered once in the report's language, what the message names,
 * and the counts. Formatters are given this shape and only lay it out; none looks a template up,
 * counts severities or searches a rendered message.
 */

/**
 * The results as a formatter is given them: the files may be presented as they are read back — a
 * country's batch a file at a time — so a formatter walks `files` once per pass and keeps no more
 * of them than it must. A `Presented` (every file in a list) is one.
 */
export type PresentedReport = Omit<Presented, 'files'> & { files: Iterable<PresentedFile> };

/**
 * Results read one at a time (a batch's, from its store), presented as each is reached: nothing is
 * kept between files, and every walk through `files` reads them again. The counts are the batch's own.
 */
export function presentEach(results: Iterable<FileResult>, counts: Counts, lang: Lang): PresentedReport {
  return { lang, files: eachOf(results, (result) => presentFile(result, lang)), counts, rules: presentRules(lang) };
}

/** A sequence whose every walk maps the items again: nothing is held between walks. */
export function eachOf<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield map(item);
    },
  };
}

export function present(results: readonly FileResult[], lang: Lang): Presented {
  const files = results.map((result) => presentFile(result, lang));
  return { lang, files, counts: totals(files), rules: presentRules(lang) };
}

export function presentFile(result: FileResult, lang: Lang): PresentedFile {
  const { findings, problem, ...rest } = result;
  return withCounts({
    ...rest,
    findings: presentFindings(findings, lang),
    ...(problem ? { problem: { ...problem, message: renderProblem(result.path, problem, lang) } } : {}),
  });
}

export function presentFindings(findings: readonly Finding[], lang: Lang): PresentedFinding[] {
  return findings.map((finding) => presentFinding(finding, lang));
}

/** A layout as a library user calls it: the checked results in, presented first in the language its options name. */
export function fromResults<Options extends { lang: Lang }, Out>(layout: (report: PresentedReport, options: Options) => Out): (results: readonly FileResult[], options: Options) => Out {
  return (results, options) => layout(present(results, options.lang), options);
}

/** Only the errors (--quiet): the same messages, each file counted again for what is left; of the totals, only the warnings change. */
export function onlyErrors(report: PresentedReport): PresentedReport {
  const files = eachOf(report.files, (file) => withCounts({ ...file, findings: file.findings.filter((f) => f.severity === 'error') }));
  return { ...report, files, counts: { ...report.counts, warnings: 0 } };
}

function presentFinding(finding: Finding, lang: Lang): PresentedFinding {
  const message = renderMessage(finding, lang);
  const primary = primaryCell(finding);
  const place = primary ? describeSource(primary.source, lang) : undefined;
  return {
    ...finding,
    message,
    namesCells: namesCells(finding, messageTemplate(finding, lang) ?? ''),
    ...(place !== undefined ? { place } : {}),
    // Decided on the text: a run of places in {cells} (「第 5 至 29 行第 4 列」) holds a place without saying it alone.
    namesPlace: place !== undefined && message.includes(place),
  };
}

/**
 * From the template, not the text: one cell is named by `{cell}`, or by `{cells}` when it is in the
 * finding's own file (the list does not name files); several only by `{cells}`.
 */
function namesCells(finding: Finding, template: string): boolean {
  const puts = (param: string) => template.includes(`{${param}}`) && !(param in finding.params);
  if (finding.cells.length !== 1) return template.includes('{cells}');
  return puts('cell') || (puts('cells') && !finding.cells[0]!.file);
}

/** A file with its findings counted and its status: presented, or as checked (the page's table needs no message). */
export function withCounts<F extends { findings: readonly { severity: Finding['severity'] }[]; problem?: unknown }>(file: F): F & { counts: SeverityCounts; status: FileStatus } {
  const counts = countSeverities(file.findings, { errors: 0, warnings: 0 });
  const status: FileStatus = file.problem ? 'unreadable' : counts.errors > 0 ? 'errors' : counts.warnings > 0 ? 'warnings' : 'ok';
  return { ...file, counts, status };
}

function totals(files: readonly PresentedFile[]): Counts {
  const unreadable = files.filter((f) => f.problem).length;
  return {
    files: files.length,
    checked: files.length - unreadable,
    unreadable,
    errors: files.reduce((n, f) => n + f.counts.errors, 0),
    warnings: files.reduce((n, f) => n + f.counts.warnings, 0),
  };
}

function presentRules(lang: Lang): PresentedRule[] {
  return CATALOGUE.map((rule) => presentRule(rule, lang));
}

function presentRule(rule: (typeof CATALOGUE)[number], lang: Lang): PresentedRule {
  return { id: rule.id, severity: rule.severity, tags: [...rule.tags], title: rule.title[lang], description: rule.description[lang], fix: rule.fix[lang] };
}
