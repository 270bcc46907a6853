import type { FindingCell } from '../model/cited.js';
import { fingerprint } from '../rules/fingerprint.js';
import { alertText } from './alert-text.js';
import type { ReportContext } from './context.js';
import { fromResults, type PresentedFinding, type PresentedReport } from './present.js';
import { primaryCell } from './primary-cell.js';
import { describeCell, describeSource, describeWithin } from './source.js';

/** Not a catalogue rule: a file that could not be checked is reported under this id, so it shows as an alert. */
export const FILE_RULE_ID = 'FILE_UNREADABLE';

/**
 * SARIF 2.1.0 for GitHub code scanning and other consumers. A workbook or Word document has no
 * lines, so a result points at line 1 of the file and names its place (sheet and cell, table, row
 * and column) in the message, in the region's properties and as a logical location; in a text file
 * it points at the line itself.
 */
export function layoutSarif(report: PresentedReport, given: ReportContext): string {
  // One JSON document whose results, notifications and artifacts each list the files: they are held (--format json or text streams a country's batch).
  const files = [...report.files];
  // SARIF locations are URI references: each path segment percent-encoded (spaces, Chinese, %, #, ?).
  const context: ReportContext = { ...given, uriOf: (path) => encodeUriPath(given.uriOf(path)) };
  const { lang } = context;
  const rules = [
    ...report.rules.map((rule) => ({
      id: rule.id,
      name: pascal(rule.id),
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.description },
      help: { text: rule.fix, markdown: `**${rule.title}**\n\n${rule.description}\n\n${rule.fix}` },
      defaultConfiguration: { level: rule.severity },
      properties: { tags: rule.tags, precision: 'very-high' },
    })),
    {
      id: FILE_RULE_ID,
      name: 'FileUnreadable',
      shortDescription: { text: lang === 'zh' ? '文件可以作为年报检查' : 'The file can be checked as a report' },
      fullDescription: {
        text:
          lang === 'zh'
            ? '文件不是能读取的年报（.xlsx、.docx、网页或文本）、已损坏、过大或找不到表三时无法检查。'
            : 'A file that is not a readable report (.xlsx, .docx, web page or text), is damaged, too large, or has no Table 3 cannot be checked.',
      },
      help: { text: lang === 'zh' ? '按提示重新保存后再检查。' : 'Save it again as the message says and check it again.' },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['file'], precision: 'very-high' },
    },
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = files.flatMap((result): object[] => {
    const uri = context.uriOf(result.path);
    if (result.problem) {
      return [
        {
          ruleId: FILE_RULE_ID,
          ruleIndex: ruleIndex.get(FILE_RULE_ID)!,
          level: 'error',
          message: { text: result.problem.message },
          locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }],
          partialFingerprints: { 'xxgkFinding/v1': result.problem.code },
          properties: { code: result.problem.code },
        },
      ];
    }
    return result.findings.map((finding) => resultOf(finding, uri, ruleIndex.get(finding.rule), context));
  });
  const notifications = files
    .filter((r) => r.problem)
    .map((r) => ({
      level: 'error',
      message: { text: r.problem!.message },
      descriptor: { id: r.problem!.code },
      locations: [{ physicalLocation: { artifactLocation: { uri: context.uriOf(r.path), uriBaseId: '%SRCROOT%' } } }],
    }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.tool.name,
            version: context.tool.version,
            semanticVersion: context.tool.version,
            informationUri: 'https://www.npmjs.com/package/xxgk-check',
            language: lang === 'zh' ? 'zh-CN' : 'en-US',
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        // Each workbook checked, with the agency, year and format read from it.
        artifacts: files
          .filter((r) => !r.problem)
          .map((r) => ({
            location: { uri: context.uriOf(r.path), uriBaseId: '%SRCROOT%' },
            properties: {
              ...(r.agency ? { agency: r.agency } : {}),
              ...(r.year !== undefined ? { year: r.year } : {}),
              ...(r.formatVersion ? { formatVersion: r.formatVersion } : {}),
            },
          })),
        results: sarifResults,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The same, for a library user's results as checked. */
export const formatSarif = fromResults(layoutSarif);

/** `ruleIndex` is absent for a rule of the caller's own, which the driver's list does not hold. */
function resultOf(finding: PresentedFinding, uri: string, ruleIndex: number | undefined, context: ReportContext) {
  const primary = primaryCell(finding);
  const location = (cell: FindingCell | undefined) => ({
    physicalLocation: {
      artifactLocation: { uri: cell?.file ? context.uriOf(cell.file) : uri, uriBaseId: '%SRCROOT%' },
      region: { startLine: cell?.source.kind === 'text' ? cell.source.line : 1, ...(cell ? { properties: { source: cell.source } } : {}) },
    },
    ...(cell ? { logicalLocations: [{ fullyQualifiedName: describeSource(cell.source, context.lang), name: describeWithin(cell.source, context.lang), kind: 'element' }] } : {}),
  });
  const others = finding.cells.filter((c) => c !== primary);
  return {
    ruleId: finding.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: finding.severity,
    message: { text: alertText(finding, context.lang) },
    locations: [location(primary)],
    ...(others.length > 0
      ? {
          relatedLocations: others.map((cell, i) => ({
            id: i + 1,
            ...location(cell),
            message: { text: `${describeCell(cell, context.lang)}${cell.name ? ` ${cell.name[context.lang]}` : ''} = ${cell.value ?? ''}` },
          })),
        }
      : {}),
    partialFingerprints: { 'xxgkFinding/v1': fingerprint(finding) },
    properties: {
      ...(finding.table ? { table: finding.table } : {}),
      ...(finding.row ? { row: finding.row[context.lang] } : {}),
      ...(finding.column ? { column: finding.column[context.lang] } : {}),
      ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
      ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
      ...(finding.difference !== undefined ? { difference: finding.difference } : {}),
      cells: finding.cells.map((c) => ({ source: c.source, key: c.key, value: c.value })),
      ...(finding.sentence ? { sentence: finding.sentence } : {}),
    },
  };
}

const pascal = (id: string) =>
  id
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/**
 * A '/'-separated relative path as the path of a URI reference (RFC 3986 §3.3): every segment
 * percent-encoded as UTF-8, so that `财政局/年 报#1.xlsx` becomes `%E8%B4%A2…/%E5%B9%B4%20%E6%8A%A5%231.xlsx`.
 */
export function encodeUriPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
