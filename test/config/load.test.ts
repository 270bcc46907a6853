import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { tempDir } from '../support/temp.js';

function project(files: Record<string, string>): string {
  const dir = tempDir('config');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('configuration', () => {
  it('is none when there is no file', async () => {
    expect(await loadConfig(project({ '.git/HEAD': '' }), undefined, 'zh')).toEqual({ ok: true, config: {} });
  });

  it('is found in the working directory or above it, up to the repository root', async () => {
    const dir = project({ '.git/HEAD': '', 'xxgk-check.config.json': '{"rules":{"F_LABELS":"off"},"maxWarnings":3}', 'reports/2024/x': '' });
    const loaded = await loadConfig(join(dir, 'reports', '2024'), undefined, 'zh');
    expect(loaded).toMatchObject({ ok: true, config: { rules: { F_LABELS: 'off' }, maxWarnings: 3 }, path: join(dir, 'xxgk-check.config.json') });
  });

  it('reads every documented key', async () => {
    const config = { $schema: './x.json', rules: { T3_BALANCE: 'warning' }, lang: 'en', formatVersion: '2021', year: 2024, maxWarnings: 0, limits: { maxFileBytes: 1000 } };
    const dir = project({ 'c.json': JSON.stringify(config) });
    expect(await loadConfig(dir, 'c.json', 'zh')).toEqual({ ok: true, config, path: join(dir, 'c.json') });
  });

  it.each([
    ['{"rules":{"T3_BALANCE":"fatal"}}', 'zh', '配置文件 c.json 有误（rules.T3_BALANCE）：无效选项：期望以下之一 "error"|"warning"|"off"。'],
    ['{"rules":{"T3_BALANCE":"fatal"}}', 'en', 'The configuration file c.json is wrong at rules.T3_BALANCE: Invalid option: expected one of "error"|"warning"|"off".'],
    ['{"rulez":{}}', 'zh', '配置文件 c.json 有误（顶层）：出现未知的键(key): "rulez"。'],
    ['{"year":"2024"}', 'en', 'The configuration file c.json is wrong at year: Invalid input: expected number, received string.'],
    ['{"rules":{"T3_BALANC":"off"}}', 'zh', '配置文件 c.json 中“T3_BALANC”不是已知的规则；运行 xxgk-check rules 查看全部规则。'],
  ])('%s is refused with one plain sentence (%s)', async (text, lang, message) => {
    expect(await loadConfig(project({ 'c.json': text }), 'c.json', lang as 'zh' | 'en')).toEqual({ ok: false, message });
  });

  it('says when the file is not JSON, or not there', async () => {
    const bad = await loadConfig(project({ 'c.json': '{ rules: }' }), 'c.json', 'zh');
    expect(bad.ok === false && bad.message).toMatch(/^配置文件 c\.json 不是有效的 JSON：/);
    expect(await loadConfig(project({}), 'none.json', 'en')).toEqual({ ok: false, message: 'The configuration file none.json does not exist.' });
  });
});
