#!/usr/bin/env node
// Writes the generated documentation from the built sources (`npm run docs` builds first):
//   docs/keys.md                           the canonical keys, from the table specification
//   docs/rules.md                          the rule catalogue, with an example finding per rule from the fixtures
//   schema/xxgk-check.config.schema.json   the configuration file's JSON schema, from its zod schema
//   schema/xxgk-check.report.schema.json   the JSON report's schema (--format json), from its zod schema
// `--check` writes nothing and exits 1 when a committed file differs from what would be generated.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { runBatch } from '../dist/batch/run-batch.js';
import { checkFile } from '../dist/node/check-file.js';
import { Config } from '../dist/config/schema.js';
import { CATALOGUE } from '../dist/rules/catalogue/index.js';
import { renderRulesDoc } from '../dist/report/rules-doc.js';
import { JsonReport } from '../dist/report/json-schema.js';
import { renderKeysDoc } from '../dist/spec/keys-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { cases, batches } = JSON.parse(await readFile(join(root, 'fixtures', 'src', 'cases.json'), 'utf8'));

/** The first finding of each rule in the first fixture case that expects it. */
async function examples() {
  const found = new Map();
  for (const c of cases) {
    const rules = Object.keys(c.expect.findings ?? {}).filter((id) => !found.has(id));
    if (rules.length === 0) continue;
    const result = await checkFile(join(root, 'fixtures', c.file));
    for (const id of rules) {
      const finding = result.findings.find((f) => f.rule === id);
      if (finding) found.set(id, { file: `fixtures/${c.file}`, finding });
    }
  }
  // Rules across files (years, a region) only fire in a batch.
  for (const b of batches) {
    const fixtures = join(root, 'fixtures');
    const { results } = await runBatch([...b.files, ...(b.summary ? [b.summary] : [])], { cwd: fixtures, check: {}, pool: { jobs: 1 }, ...(b.summary ? { summary: b.summary } : {}) });
    for (const result of results) {
      for (const finding of result.findings) {
        if (found.has(finding.rule)) continue;
        const cells = finding.cells.map((c) => (c.file ? { ...c, file: `fixtures/${c.file}` } : c));
        found.set(finding.rule, {
          file: `fixtures/${result.path}`,
          finding: {
            ...finding,
            cells,
            params: {
              ...finding.params,
              ...(finding.params.previousFile ? { previousFile: `fixtures/${finding.params.previousFile}` } : {}),
              ...(finding.params.others
                ? {
                    others: finding.params.others
                      .split('、')
                      .map((f) => `fixtures/${f}`)
                      .join('、'),
                  }
                : {}),
            },
          },
        });
      }
    }
  }
  return found;
}

const schema = { ...z.toJSONSchema(Config), title: 'xxgk-check.config.json' };
// Name the rule ids, so that editors complete them and flag a misspelt one.
schema.properties.rules.propertyNames = { enum: CATALOGUE.map((r) => r.id) };
const outputs = {
  'docs/keys.md': renderKeysDoc(),
  'docs/rules.md': renderRulesDoc(await examples()),
  'schema/xxgk-check.config.schema.json': `${JSON.stringify(schema, null, 2)}\n`,
  'schema/xxgk-check.report.schema.json': `${JSON.stringify({ ...z.toJSONSchema(JsonReport), title: 'xxgk-check --format json' }, null, 2)}\n`,
};

if (process.argv.includes('--check')) {
  const stale = [];
  for (const [path, text] of Object.entries(outputs)) {
    const current = await readFile(join(root, path), 'utf8').catch(() => '');
    if (current !== text) stale.push(path);
  }
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}; run npm run docs`);
    process.exit(1);
  }
  console.log('generated documentation is up to date');
} else {
  for (const [path, text] of Object.entries(outputs)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}
