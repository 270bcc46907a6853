import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/node/check-file.js';
import type { ReportContext } from '../../src/report/context.js';
import { ANNOTATIONS_PER_LEVEL, command, formatGithub } from '../../src/report/github.js';
import type { FileResult } from '../../src/result.js';
import { fixture } from '../support/fixtures.js';

const context: ReportContext = { lang: 'zh', tool: { name: 'xxgk-check', version: '1' }, chalk: new Chalk({ level: 0 }), uriOf: (p) => `repo/${p}` };

describe('GitHub workflow commands', () => {
  it('escape newlines and percent signs in the message, and commas and colons in properties', () => {
    expect(command('error', { file: 'a,b:c.xlsx', title: 'T3_BALANCE 表:1!A1' }, '第一行\n第二行 100%\r')).toBe('::error file=a%2Cb%3Ac.xlsx,title=T3_BALANCE 表%3A1!A1::第一行%0A第二行 100%25%0D');
  });

  it('give one annotation line per finding, errors first, on the workbook with the cell in the title', async () => {
    const result = { ...(await checkFile(fixture('seed-jining-2020.xlsx'))), path: 'seed.xlsx' };
    const lines = formatGithub([result], context).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('::error file=repo/seed.xlsx,title=T3_BALANCE 年度报告!D53::年度报告!D53：表三「自然人」列：本年新收 19 + 上年结转 0 = 19，办理结果总计 19 + 结转下年度 1 = 20，相差 1');
    expect(lines.slice(2).every((l) => l.startsWith('::warning file=repo/seed.xlsx,title='))).toBe(true);
  });

  it('in English, English punctuation between the place and the message', async () => {
    const result = { ...(await checkFile(fixture('seed-jining-2020.xlsx'))), path: 'seed.xlsx' };
    const [first] = formatGithub([result], { ...context, lang: 'en' }).split('\n');
    expect(first).toMatch(/^::error file=repo\/seed\.xlsx,title=T3_BALANCE 年度报告!D53::年度报告!D53: Table 3/);
    expect(first).not.toContain('：');
  });

  it('stop at GitHub’s limit of ten per level and say how many more there are', async () => {
    const one = await checkFile(fixture('generated/rules/t3-fraction.xlsx'));
    const many: FileResult[] = Array.from({ length: 4 }, (_, i) => ({ ...one, path: `f${i}.xlsx` }));
    const lines = formatGithub(many, context).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(lines.at(-1)).toMatch(/^::notice title=xxgk-check::另有 6 个问题未作为注释显示（共 16 个错误、0 个警告）/);
  });

  it('say nothing for a clean run', async () => {
    expect(formatGithub([{ ...(await checkFile(fixture('clean-2021.xlsx'))), path: 'c.xlsx' }], context)).toBe('');
  });
});
