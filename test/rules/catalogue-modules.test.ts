import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/rules/catalogue/index.js';
import { ROOT } from '../support/fixtures.js';

// One rule, one module, as markdownlint's md0xx: a rule is found by its id's file, and a module
// that gathers several (as f-structure.ts once held eight) fails here instead of growing.
const DIR = join(ROOT, 'src', 'rules', 'catalogue');
const SHARED = join(DIR, 'shared');
const tsFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ts'));
const RULE_FILES = tsFiles(DIR).filter((f) => f !== 'index.ts');
const fileOf = (id: string) => `${id.toLowerCase().replaceAll('_', '-')}.ts`;
const load = (dir: string, file: string) => import(pathToFileURL(join(dir, file)).href) as Promise<Record<string, unknown>>;
const isRule = (value: unknown) => typeof value === 'object' && value !== null && 'id' in value && 'messages' in value;

describe('the catalogue: one rule, one module', () => {
  it.each(RULE_FILES)('%s exports exactly one rule, named as its id, whose id is the file’s name', async (file) => {
    const exports = Object.entries(await load(DIR, file));
    expect(exports).toHaveLength(1);
    const [name, rule] = exports[0]!;
    expect(isRule(rule)).toBe(true);
    expect(rule).toHaveProperty('id', name);
    expect(fileOf(name)).toBe(file);
  });

  it('lists each module’s rule once, and no rule but those', async () => {
    const rules = await Promise.all(RULE_FILES.map(async (file) => Object.values(await load(DIR, file))[0]));
    for (const rule of rules) expect(CATALOGUE.filter((r) => r === rule)).toHaveLength(1);
    expect(CATALOGUE).toHaveLength(RULE_FILES.length);
  });

  it('keeps no rule among the helpers the rules share', async () => {
    for (const file of tsFiles(SHARED)) {
      const exports = await load(SHARED, file);
      expect(Object.values(exports).filter(isRule), file).toEqual([]);
    }
  });
});
