import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import type { ReportContext } from '../../src/report/context.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import { quoteSentence } from '../../src/report/sentence.js';
import { formatText } from '../../src/report/text.js';
import { fingerprint } from '../../src/rules/fingerprint.js';
import { cli } from '../support/cli.js';
import { ROOT, fixture } from '../support/fixtures.js';
import { parseJson, parseReport, type SarifLog } from '../support/json.js';

const plain = new Chalk({ level: 0 });
const tool = { name: 'xxgk-check', version: '0.0.0' };
const context = (lang: 'zh' | 'en' = 'zh'): ReportContext => ({ lang, tool, chalk: plain, uriOf: (p) => p });
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;

describe('a prose finding in every output', async () => {
  const seed = { ...(await checkFile(fixture('src/seed-jining-2020.txt'))), path: 'seed.txt' };
  const finding = seed.findings.find((f) => f.rule === 'P_ALL_CONCLUDED')!;

  it('text: the message, the sentence quoted with its line, then the cells', () => {
    const text = formatText([seed], { lang: 'zh', chalk: plain });
    expect(text).toContain(
      [
        '    警告  P_ALL_CONCLUDED  正文称「全部在规定时间内办结」，但表三「结转下年度继续办理」总计为 1：有 1 件申请结转下年度，并未全部办结（结转的申请可能仍在法定期限内，不等于逾期）',
        '          原文（第 9 行）：「全年受理依申请信息公开21件,包括信函申请2件、网络申请19件,全部在规定时间内办结。」',
        '          位置：第 59 行第 8 项 = 1',
      ].join('\n'),
    );
    expect(formatText([seed], { lang: 'en', chalk: plain })).toContain('             Text (line 9): “全年受理依申请信息公开21件,包括信函申请2件、网络申请19件,全部在规定时间内办结。”');
  });

  it('JSON: `sentence` with its text, the claim’s words, its source and where; the cells with their values', () => {
    const document = parseReport(formatJson([seed], { lang: 'zh', tool }));
    const json = document.files[0]!.findings.find((f: { rule: string }) => f.rule === 'P_ALL_CONCLUDED')!;
    expect(json).toMatchObject({ rule: 'P_ALL_CONCLUDED', severity: 'warning', table: 't3', messageId: 'allConcluded', expected: 1 });
    expect(json.sentence).toEqual({
      text: '全年受理依申请信息公开21件,包括信函申请2件、网络申请19件,全部在规定时间内办结。',
      claim: '全部在规定时间内办结',
      source: { kind: 'text', line: 9 },
      where: '第 9 行',
    });
    expect(json.cells).toEqual([{ key: 't3.carriedOver.total', value: 1, name: '结转下年度·总计', side: 'expected', source: { kind: 'text', line: 59, col: 8 }, where: '第 59 行第 8 项' }]);
  });

  it('SARIF: located at the sentence’s line, the sentence in the message and the properties, the cells as related locations', () => {
    const log = parseJson<SarifLog>(formatSarif([seed], context()));
    const result = log.runs[0]!.results.find((r: { ruleId: string }) => r.ruleId === 'P_ALL_CONCLUDED')!;
    expect(result.locations[0]!.physicalLocation.region.startLine).toBe(9);
    expect(result.message!.text).toMatch(/^第 9 行：正文称「全部在规定时间内办结」.*（原文：「全年受理依申请信息公开21件.*全部在规定时间内办结。」）$/);
    expect(result.properties.sentence).toEqual(finding.sentence);
    expect(result.relatedLocations.map((l: { physicalLocation: { region: { startLine: number } } }) => l.physicalLocation.region.startLine)).toEqual([59]);
    expect(log.runs[0]!.tool.driver.rules.filter((r: { id: string }) => r.id.startsWith('P_')).map((r: { id: string }) => r.id)).toEqual([
      'P_REQUESTS',
      'P_RESULTS',
      'P_ALL_CONCLUDED',
      'P_REVIEW',
      'P_T2',
    ]);
  });

  it('JUnit and GitHub: the sentence beside the message; GitHub annotates the sentence’s line', () => {
    expect(formatJunit([seed], context())).toContain('警告: 正文称「全部在规定时间内办结」');
    expect(formatJunit([seed], context())).toContain('  原文（第 9 行）：「全年受理依申请信息公开21件,包括信函申请2件、网络申请19件,全部在规定时间内办结。」');
    const github = formatGithub([seed], context())
      .split('\n')
      .find((l) => l.includes('P_ALL_CONCLUDED'))!;
    expect(github).toMatch(/^::warning file=seed\.txt,line=9,title=P_ALL_CONCLUDED 第 9 行::第 9 行：正文称「全部在规定时间内办结」.*（原文：「全年受理依申请信息公开21件/);
  });

  it('a finding’s fingerprint includes its sentence: two sentences contradicting one cell are two findings', () => {
    const other = { ...finding, sentence: { ...finding.sentence!, source: { kind: 'text' as const, line: 12 } } };
    expect(fingerprint(other)).not.toBe(fingerprint(finding));
    expect(fingerprint({ ...finding, sentence: { ...finding.sentence!, text: finding.sentence!.text.replace('21', '22') } })).toBe(fingerprint(finding));
  });
});

describe('a long sentence quoted around its claim', () => {
  it('is cut at commas near the claim, with 「…」 where it was cut', () => {
    const text = `${'我局高度重视政府信息公开工作，'.repeat(6)}全年受理政府信息公开申请21件，全部在规定时间内办结，${'进一步规范了办理流程，'.repeat(6)}`;
    const start = text.indexOf('全部');
    const quoted = quoteSentence({ text, source: { kind: 'text', line: 1 }, start, end: start + 10 }, 60);
    expect(quoted.startsWith('…')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted).toContain('全部在规定时间内办结');
    expect([...quoted].length).toBeLessThanOrEqual(62);
  });
});

describe('--explain', () => {
  it('lists every claim with where it is, what it was compared with and the verdict, in the text report', async () => {
    const run = await cli(['--explain', 'src/seed-jining-2020.txt'], { cwd: fixture('') });
    expect(run.stdout).toContain('  正文中的数字：核对 11 处（1 处与表格矛盾），未核对 8 处');
    expect(run.stdout).toContain('    一致    第 9 行「全年受理依申请信息公开21件」 = 表三「本年新收」（总计） 21');
    expect(run.stdout).toContain('    矛盾    第 9 行「全部在规定时间内办结」 ≠ 表三「结转下年度」（总计） 1');
    expect(run.stdout).toContain('    未核对  第 9 行「包括信函申请2件」：申请渠道的分项，不是表中的数');
    const clean = await cli(['--explain', '--lang', 'en', 'clean-2021.xlsx'], { cwd: fixture('') });
    expect(clean.stdout).toContain('  no problems found\n  No number about the tables was found in the text');
  });

  it('is a `claims` field of the JSON report, which the published schema accepts', async () => {
    const run = await cli(['--explain', '--format', 'json', 'src/seed-jining-2020.txt', 'generated/layout/web-paste-2020.xlsx'], { cwd: fixture('') });
    const document = parseReport(run.stdout);
    const claims = document.files[0]!.claims!;
    expect(claims.filter((c: { verdict: string }) => c.verdict !== 'skipped')).toHaveLength(11);
    expect(claims.find((c: { verdict: string }) => c.verdict === 'contradicts')).toMatchObject({
      rule: 'P_ALL_CONCLUDED',
      phrase: 'concluded.all',
      kind: 'whole',
      comparedWith: '「结转下年度」（总计）',
      expected: 1,
      sentence: { claim: '全部在规定时间内办结', where: '第 9 行' },
      cells: [{ key: 't3.carriedOver.total', value: 1 }],
    });
    expect(claims.find((c: { reason?: string }) => c.reason === 'channel')).toMatchObject({ verdict: 'skipped', why: '申请渠道的分项，不是表中的数' });
    const schema = parseJson<Record<string, unknown>>(readFileSync(join(ROOT, 'schema', 'xxgk-check.report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const without = parseReport((await cli(['--format', 'json', 'src/seed-jining-2020.txt'], { cwd: fixture('') })).stdout);
    expect(without.files[0]!.claims).toBeUndefined();
  });

  it('changes no finding', async () => {
    const plainRun = parseReport((await cli(['--format', 'json', 'src/seed-jining-2020.txt'], { cwd: fixture('') })).stdout);
    const explained = parseReport((await cli(['--format', 'json', '--explain', 'src/seed-jining-2020.txt'], { cwd: fixture('') })).stdout);
    expect(explained.files[0]!.findings).toEqual(plainRun.files[0]!.findings);
  });
});

describe('the prose rules, configured like any rule', () => {
  it('are warnings by default, can be errors, and off skips reading the prose', async () => {
    const error = await cli(['--format', 'json', '--rule', 'P_ALL_CONCLUDED=error', 'src/seed-jining-2020.txt'], { cwd: fixture('') });
    expect(parseReport(error.stdout).files[0]!.findings.find((f: { rule: string }) => f.rule === 'P_ALL_CONCLUDED')!.severity).toBe('error');
    const off = ['P_REQUESTS', 'P_RESULTS', 'P_ALL_CONCLUDED', 'P_REVIEW', 'P_T2'].flatMap((id) => ['--rule', `${id}=off`]);
    const none = await checkFile(fixture('src/seed-jining-2020.txt'), {
      severity: Object.fromEntries(['P_REQUESTS', 'P_RESULTS', 'P_ALL_CONCLUDED', 'P_REVIEW', 'P_T2'].map((id) => [id, 'off' as const])),
    });
    expect(none.findings.some((f) => f.rule.startsWith('P_'))).toBe(false);
    const run = await cli(['--format', 'json', ...off, 'src/seed-jining-2020.txt'], { cwd: fixture('') });
    expect(parseReport(run.stdout).files[0]!.findings.some((f: { rule: string }) => f.rule.startsWith('P_'))).toBe(false);
  });
});
