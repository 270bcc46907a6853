import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import type { ReportContext } from '../../src/report/context.js';
import { formatJunit } from '../../src/report/junit.js';
import { CATALOGUE } from '../../src/rules/catalogue/index.js';
import { fixture } from '../support/fixtures.js';

const context: ReportContext = { lang: 'zh', tool: { name: 'xxgk-check', version: '1.2.3' }, chalk: new Chalk({ level: 0 }), uriOf: (p) => p };
/** As much of a JUnit document as the tests read, as fast-xml-parser gives it: attributes as strings, child elements as objects. */
interface JunitCase {
  name: string;
  classname: string;
  skipped?: unknown;
  failure?: { message: string; '#text': string };
  'system-out'?: string;
}
interface JunitDoc {
  testsuites: Record<string, unknown> & { testsuite: (Record<string, unknown> & { name: string; skipped: string; properties: { property: unknown }; testcase: JunitCase[] })[] };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

async function junitOf(files: string[], extra: Partial<ReportContext> = {}) {
  const results = await Promise.all(files.map(async (f) => ({ ...(await checkFile(fixture(f))), path: f })));
  return formatJunit(results, { ...context, ...extra });
}

describe('JUnit output', async () => {
  const xml = await junitOf(['seed-jining-2020.xlsx', 'clean-2021.xlsx', 'generated/bad/empty.xlsx']);
  const doc = parser.parse(xml) as JunitDoc;

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('names each workbook’s agency, year and format, as read from its title and labels', () => {
    expect(doc.testsuites.testsuite[0]!.properties.property).toEqual([
      { name: 'agency', value: '济宁市人力资源和社会保障局' },
      { name: 'year', value: '2020' },
      { name: 'formatVersion', value: '2019' },
    ]);
  });

  it('has a suite per file and a case per rule, with the expected counts', () => {
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['seed-jining-2020.xlsx', 'clean-2021.xlsx', 'generated/bad/empty.xlsx']);
    expect(suites[0]).toMatchObject({ tests: String(CATALOGUE.length), failures: '1', errors: '0' });
    expect(suites[1]).toMatchObject({ tests: String(CATALOGUE.length), failures: '0' });
    expect(suites[2]).toMatchObject({ tests: '1', errors: '1' });
    expect(doc.testsuites).toMatchObject({ tests: String(2 * CATALOGUE.length + 1), failures: '1', errors: '1' });
  });

  it('fails a rule with errors, carrying every message and cell', () => {
    const balance = doc.testsuites.testsuite[0]!.testcase.find((c: { name: string }) => c.name.startsWith('T3_BALANCE'))!;
    expect(balance.classname).toBe('seed-jining-2020');
    expect(balance.failure!.message).toBe('表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1');
    expect(balance.failure!['#text']).toContain('年度报告!J54 (t3.carriedOver.total) = 1');
  });

  it('keeps warnings out of failures, in the case’s output', () => {
    const approx = doc.testsuites.testsuite[0]!.testcase.find((c: { name: string }) => c.name.startsWith('T2_APPROX'))!;
    expect(approx.failure).toBeUndefined();
    expect(approx['system-out']).toContain('10000件以上');
  });

  it('puts a file that could not be checked in error', () => {
    const bad = doc.testsuites.testsuite[2]!.testcase[0];
    expect(bad).toMatchObject({ name: 'FILE_EMPTY', error: { type: 'FILE_EMPTY' } });
  });

  it('lists rules turned off as skipped', async () => {
    const skipped = parser.parse(await junitOf(['clean-2021.xlsx'], { off: ['F_LABELS'] })) as JunitDoc;
    expect(skipped.testsuites.testsuite[0]!.skipped).toBe('1');
    expect(skipped.testsuites.testsuite[0]!.testcase.find((c: { name: string }) => c.name.startsWith('F_LABELS'))!.skipped).toBeDefined();
  });
});
