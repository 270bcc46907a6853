import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/rules/catalogue/index.js';
import { cli } from '../support/cli.js';
import { parseJson } from '../support/json.js';

describe('xxgk-check rules', () => {
  it('lists every rule with its id, severity and what it checks', async () => {
    const run = await cli(['rules']);
    expect(run.code).toBe(0);
    for (const rule of CATALOGUE) expect(run.stdout).toContain(rule.id);
    expect(run.stdout).toMatch(/^T3_BALANCE\s+错误\s+表三每一列：本年新收 \+ 上年结转 = 办理结果总计 \+ 结转下年度继续办理$/m);
    expect(run.stdout).toContain(`共 ${CATALOGUE.length} 条规则。`);
  });

  it('speaks English and JSON on request', async () => {
    const run = await cli(['rules', '--lang', 'en', '--format', 'json']);
    const { rules } = parseJson<{ rules: { id: string }[] }>(run.stdout);
    expect(rules).toHaveLength(CATALOGUE.length);
    expect(rules.find((r: { id: string }) => r.id === 'T4_SUM_LD')).toMatchObject({
      severity: 'error',
      tables: ['t4'],
      title: 'Table 4, litigation without prior review: total = upheld + corrected + other + pending',
    });
  });
});
