import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import type { ReportContext } from '../../src/report/context.js';
import { formatSarif } from '../../src/report/sarif.js';
import { CATALOGUE } from '../../src/rules/catalogue/index.js';
import { fixture, ROOT } from '../support/fixtures.js';
import { parseJson, type SarifLog } from '../support/json.js';

const schema = parseJson<Record<string, unknown>>(readFileSync(`${ROOT}/test/vendor/sarif/sarif-2.1.0-rtm.5.json`, 'utf8'));
// The package is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const Ajv = (AjvDraft04 as unknown as { default: typeof AjvDraft04.default }).default;
const addFormats = (addFormatsModule as unknown as { default: (ajv: unknown) => void }).default;
// With the formats the schema names (uri, uri-reference, date-time), so that a path that is no URI reference fails.
const ajv = new Ajv({ allErrors: true, strict: false, strictSchema: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const context: ReportContext = { lang: 'zh', tool: { name: 'xxgk-check', version: '1.2.3' }, chalk: new Chalk({ level: 0 }), uriOf: (p) => `reports/${p}` };

async function sarifOf(...files: string[]) {
  const results = await Promise.all(files.map(async (f) => ({ ...(await checkFile(fixture(f))), path: f })));
  return parseJson<SarifLog>(formatSarif(results, context));
}

describe('SARIF output', async () => {
  const log = await sarifOf('seed-jining-2020.xlsx', 'generated/rules/t4-sums.xlsx', 'generated/bad/truncated.xlsx');
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema', async () => {
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(await sarifOf('clean-2021.xlsx'))).toBe(true);
    // and the schema does bite: a result without a message is not SARIF
    const broken = structuredClone(log);
    delete broken.runs[0]!.results[0]!.message;
    expect(validate(broken)).toBe(false);
  });

  it('has one rule per catalogue entry, with descriptions, help and default level', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...CATALOGUE.map((r) => r.id), 'FILE_UNREADABLE']);
    expect(run.tool.driver.rules[ids.indexOf('T3_BALANCE')]).toMatchObject({
      name: 'T3Balance',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
      shortDescription: { text: expect.stringContaining('本年新收 + 上年结转') },
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
      fullDescription: { text: expect.any(String) },
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
      help: { text: expect.any(String) },
      defaultConfiguration: { level: 'error' },
    });
  });

  it('has one result per finding, at the workbook, naming sheet and cell in the message and the region', () => {
    const balance = run.results.filter((r: { ruleId: string }) => r.ruleId === 'T3_BALANCE');
    expect(balance).toHaveLength(2);
    expect(balance[0]).toMatchObject({
      level: 'error',
      message: { text: '年度报告!D53：表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1' },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'reports/seed-jining-2020.xlsx' }, region: { startLine: 1, properties: { source: { kind: 'xlsx', sheet: '年度报告', address: 'D53' } } } },
          logicalLocations: [{ fullyQualifiedName: '年度报告!D53', kind: 'element' }],
        },
      ],
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers any
      partialFingerprints: { 'xxgkFinding/v1': expect.stringMatching(/^[0-9a-f]{32}$/) },
      properties: { expected: 19, actual: 20, difference: 1 },
    });
    expect(balance[0]!.relatedLocations.map((l: { logicalLocations: { name: string }[] }) => l.logicalLocations[0]!.name)).toEqual(['D32', 'D33', 'D54']);
    expect(run.results.filter((r: { ruleId: string }) => r.ruleId.startsWith('T4_SUM'))).toHaveLength(3);
  });

  it('reports a file that could not be checked as a failed execution and an alert', () => {
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ descriptor: { id: 'FILE_DAMAGED' } }] });
    expect(run.results.filter((r: { ruleId: string }) => r.ruleId === 'FILE_UNREADABLE')).toHaveLength(1);
  });

  it('lists each workbook checked with the agency, year and format read from it', () => {
    expect(run.artifacts[0]).toEqual({
      location: { uri: 'reports/seed-jining-2020.xlsx', uriBaseId: '%SRCROOT%' },
      properties: { agency: '济宁市人力资源和社会保障局', year: 2020, formatVersion: '2019' },
    });
    expect(run.artifacts).toHaveLength(2);
    expect(validate(log)).toBe(true);
  });

  it('percent-encodes the paths of its locations as URI references (spaces, Chinese, # and %)', async () => {
    const seed = { ...(await checkFile(fixture('seed-jining-2020.xlsx'))), path: '财政局/年 报#1 100%.xlsx' };
    const log = parseJson<SarifLog>(formatSarif([seed], { ...context, uriOf: (p) => p }));
    const uri = '%E8%B4%A2%E6%94%BF%E5%B1%80/%E5%B9%B4%20%E6%8A%A5%231%20100%25.xlsx';
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(uri);
    expect(log.runs[0]!.artifacts[0]!.location.uri).toBe(uri);
    expect(decodeURIComponent(uri)).toBe(seed.path);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // and the schema checks the format: an unencoded path is no URI reference
    log.runs[0]!.artifacts[0]!.location.uri = seed.path;
    expect(validate(log)).toBe(false);
  });

  it('gives an empty result list, not none, for a clean run', async () => {
    const clean = await sarifOf('clean-2021.xlsx');
    expect(clean.runs[0]!.results).toEqual([]);
    expect(clean.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('keeps fingerprints stable across runs', async () => {
    const again = await sarifOf('seed-jining-2020.xlsx', 'generated/rules/t4-sums.xlsx', 'generated/bad/truncated.xlsx');
    expect(again).toEqual(log);
  });
});
