import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import type { ReportContext } from '../../src/report/context.js';
import { FORMATTERS, FORMATS } from '../../src/report/formatters.js';
import { renderMessage } from '../../src/report/message.js';
import { onlyErrors, present, type Presented } from '../../src/report/present.js';
import { describeCell } from '../../src/report/source.js';
import { countResults, type FileResult } from '../../src/result.js';
import type { Finding } from '../../src/rules/finding.js';
import { CASES, fixture } from '../support/fixtures.js';
import { parseReport } from '../support/json.js';

const context: ReportContext = { lang: 'zh', tool: { name: 'xxgk-check', version: '0.0.0' }, chalk: new Chalk({ level: 0 }), uriOf: (p) => p };

async function results(...files: string[]): Promise<FileResult[]> {
  return Promise.all(files.map(async (f) => ({ ...(await checkFile(fixture(f))), path: f })));
}

/** Every fixture of cases.json that is not a PDF (those take seconds each), checked once for the whole file. */
const checked = results(...CASES.map((c) => c.file).filter((f) => !f.endsWith('.pdf')));

describe('presenting the results: each message rendered once, counted once', () => {
  it('renders every finding’s message in the language asked for, and counts as countResults does', async () => {
    const all = await checked;
    for (const lang of ['zh', 'en'] as const) {
      const report = present(all, lang);
      expect(report.lang).toBe(lang);
      expect(report.counts).toEqual(countResults(all));
      report.files.forEach((file, i) => {
        expect(file.findings.map((f) => f.message)).toEqual(all[i]!.findings.map((f) => renderMessage(f, lang)));
        expect(file.counts).toEqual({ errors: countResults([all[i]!]).errors, warnings: countResults([all[i]!]).warnings });
      });
    }
  });

  it('gives each file its status and, when it could not be checked, the sentence that says why', async () => {
    const report = present(await results('seed-jining-2020.xlsx', 'clean-2021.xlsx', 'generated/bad/zip-bomb.xlsx'), 'zh');
    expect(report.files.map((f) => f.status)).toEqual(['errors', 'ok', 'unreadable']);
    expect(report.files[2]!.problem?.message).toMatch(/^generated\/bad\/zip-bomb\.xlsx 解压后异常巨大/);
  });

  it('decides from the template whether the message names its cells, as the rendered text says for every fixture', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const file of present(await checked, lang).files) {
        for (const finding of file.findings.filter((f) => f.cells.length === 1)) {
          expect(finding.namesCells, `${file.path} ${finding.rule}`).toBe(finding.message.includes(describeCell(finding.cells[0]!, lang)));
        }
      }
    }
  });

  it('renders a rule of the caller’s own from the template its finding carries', () => {
    const finding: Finding = {
      rule: 'MY_RULE',
      severity: 'warning',
      messageId: 'big',
      params: { total: 21 },
      template: { zh: '自定义规则：本年新收总计 {total}（{cell}）', en: 'custom rule: {total} new requests ({cell})' },
      cells: [{ source: { kind: 'xlsx', sheet: '表', address: 'D5' }, key: 't3.received.total', value: 21 }],
    };
    const [zh] = present([{ path: 'a.xlsx', findings: [finding] }], 'zh').files[0]!.findings;
    expect(zh).toMatchObject({ message: '自定义规则：本年新收总计 21（表!D5）', namesCells: true, place: '表!D5', namesPlace: true });
    const [en] = present([{ path: 'a.xlsx', findings: [{ ...finding, template: { zh: '…', en: '{total} new requests' } }] }], 'en').files[0]!.findings;
    expect(en).toMatchObject({ message: '21 new requests', namesCells: false, place: '表!D5', namesPlace: false });
  });

  it('--quiet keeps the errors with their messages and counts what is left', async () => {
    const report = present(await results('seed-jining-2020.xlsx', 'generated/rules/t4-sums.xlsx'), 'zh');
    const quiet = onlyErrors(report);
    const files = [...quiet.files];
    expect(quiet.counts).toEqual({ ...report.counts, warnings: 0 });
    expect(files.flatMap((f) => f.findings)).toEqual(report.files.flatMap((f) => f.findings.filter((x) => x.severity === 'error')));
    expect(files.map((f) => f.counts.warnings)).toEqual([0, 0]);
    expect([...quiet.files]).toEqual(files);
  });
});

describe('the formatters lay out what they are given', async () => {
  // Messages and counts no checker would make: a formatter shows these only if it neither renders nor counts.
  const given = present(await results('seed-jining-2020.xlsx', 'generated/bad/zip-bomb.xlsx'), 'zh');
  const report: Presented = {
    ...given,
    files: given.files.map((file) => ({
      ...file,
      findings: file.findings.map((f, i) => ({ ...f, message: `MESSAGE-${i}` })),
      ...(file.problem ? { problem: { ...file.problem, message: 'PROBLEM-SENTENCE' } } : {}),
      counts: { errors: 70, warnings: 80 },
    })),
    counts: { files: 2, checked: 1, unreadable: 1, errors: 77, warnings: 88 },
  };

  it.each(['text', 'json'] as const)("%s: laid out a file at a time, the first written before the second is read (a country's batch is not held)", async (format) => {
    const [first] = report.files;
    const files = {
      *[Symbol.iterator]() {
        yield first!;
        throw new Error('the second file was read before the first was written');
      },
    };
    const pieces = (await FORMATTERS[format]())({ ...report, files }, context) as Iterable<string>;
    let written = '';
    for (const piece of pieces) {
      written += piece;
      if (written.includes('MESSAGE-0')) break;
    }
    expect(written).toContain(first!.path);
  });

  it.each(FORMATS)('%s: the presented messages, never renders its own', async (format) => {
    const laid = (await FORMATTERS[format]())(report, context);
    const text = typeof laid === 'string' ? laid : [...laid].join('');
    expect(text).toContain('MESSAGE-0');
    expect(text).toContain('PROBLEM-SENTENCE');
    for (const finding of given.files[0]!.findings) expect(text).not.toContain(finding.message);
  });

  it('text, JSON and HTML: the counts given, never counted again', async () => {
    const text = [...((await FORMATTERS.text())(report, context) as Iterable<string>)].join('');
    expect(text).toContain('共 2 个文件：77 个错误，88 个警告，1 个文件无法检查。');
    expect(text).toMatch(/2019试行\s+70\s+80\s+有错误/);
    const json = parseReport([...((await FORMATTERS.json())(report, context) as Iterable<string>)].join(''));
    expect(json.summary).toMatchObject({ errors: 77, warnings: 88 });
    expect((await FORMATTERS.html())(report, context)).toContain('70 个错误，80 个警告');
  });
});
