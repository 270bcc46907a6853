import type { FileResult } from '../result.js';
import { describeCell } from './source.js';
import type { ReportContext } from './context.js';
import { fromResults, type PresentedFile, type PresentedFinding, type PresentedReport, type PresentedRule } from './present.js';
import { sentenceLine } from './sentence.js';
import { escapeXml } from './xml.js';

/**
 * JUnit XML for GitLab and Jenkins: a test suite per file, a test case per rule. A rule with errors
 * fails with every message; warnings leave the case passing and are listed in its system-out. A
 * file that could not be checked is one case in error.
 */
export function layoutJunit(report: PresentedReport, context: ReportContext): string {
  // Totals come first in the document: the suites are built, then written.
  const suites = Array.from(report.files, (result) => suite(result, report.rules, context));
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(context.tool.name)}" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

/** The same, for a library user's results as checked. */
export const formatJunit = fromResults(layoutJunit);

function suite(result: PresentedFile, rules: readonly PresentedRule[], context: ReportContext): { tests: number; failures: number; errors: number; xml: string } {
  const classname = escapeXml(result.path.replace(/\.xlsx$/i, '').replace(/\./g, '_'));
  const file = escapeXml(result.path);
  if (result.problem) {
    const message = escapeXml(result.problem.message);
    return {
      tests: 1,
      failures: 0,
      errors: 1,
      xml: [
        `  <testsuite name="${file}" tests="1" failures="0" errors="1" skipped="0">`,
        `    <testcase classname="${classname}" name="${result.problem.code}" file="${file}">`,
        `      <error message="${message}" type="${result.problem.code}">${message}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    };
  }
  const described = describedBy(result);
  const ruleIds = [...new Set([...rules.map((r) => r.id), ...result.findings.map((f) => f.rule)])];
  let failures = 0;
  const off = new Set(context.off ?? []);
  const cases = ruleIds.map((id) => {
    const rule = rules.find((r) => r.id === id);
    const name = escapeXml(rule ? `${id} ${rule.title}` : id);
    const findings = result.findings.filter((f) => f.rule === id);
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    const open = `    <testcase classname="${classname}" name="${name}" file="${file}"`;
    if (off.has(id)) return `${open}>\n      <skipped message="off"/>\n    </testcase>`;
    if (findings.length === 0) return `${open}/>`;
    const lines = [`${open}>`];
    if (errors.length > 0) {
      failures++;
      const first = escapeXml(errors[0]!.message);
      lines.push(`      <failure message="${first}" type="${id}">${escapeXml(errors.map((f) => detail(f, context)).join('\n\n'))}</failure>`);
    }
    if (warnings.length > 0) lines.push(`      <system-out>${escapeXml(warnings.map((f) => detail(f, context)).join('\n\n'))}</system-out>`);
    lines.push('    </testcase>');
    return lines.join('\n');
  });
  const skipped = ruleIds.filter((id) => off.has(id)).length;
  return {
    tests: ruleIds.length,
    failures,
    errors: 0,
    xml: [
      `  <testsuite name="${file}" tests="${ruleIds.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
      ...(described.length > 0 ? ['    <properties>', ...described.map(([name, value]) => `      <property name="${name}" value="${escapeXml(value)}"/>`), '    </properties>'] : []),
      ...cases,
      '  </testsuite>',
    ].join('\n'),
  };
}

/** The report's agency, year and format, as read from its title and labels. */
function describedBy(result: FileResult): [string, string][] {
  return [
    ...(result.agency ? [['agency', result.agency] as [string, string]] : []),
    ...(result.year !== undefined ? [['year', String(result.year)] as [string, string]] : []),
    ...(result.formatVersion ? [['formatVersion', result.formatVersion] as [string, string]] : []),
  ];
}

/** A finding as plain text: the message, then each cell with its value. */
function detail(finding: PresentedFinding, context: ReportContext): string {
  const severity = finding.severity === 'error' ? (context.lang === 'zh' ? '错误' : 'error') : context.lang === 'zh' ? '警告' : 'warning';
  const cells = finding.cells.map((c) => `  ${describeCell(c, context.lang)}${c.key ? ` (${c.key})` : ''} = ${c.value ?? ''}`);
  const said = finding.sentence ? [`  ${sentenceLine(finding.sentence, context.lang)}`] : [];
  return [`${severity}: ${finding.message}`, ...said, ...cells].join('\n');
}
