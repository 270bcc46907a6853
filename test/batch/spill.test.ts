import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileModel } from '../../src/node/check-file.js';
import { digestOf } from '../../src/batch/outcomes.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { spillingStore } from '../../src/batch/spill.js';
import { systemTempEntries } from '../support/temp.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'fixtures', name);
const ours = () => systemTempEntries(`xxgk-check-${process.pid}-`);

describe('a batch keeps its outcomes in a store that spills to disk past its budget', () => {
  it('gives back every outcome as it was put, whether held in memory or written out', async () => {
    const paths = ['seed-jining-2020.xlsx', 'clean-2019.xlsx', 'generated/years/b-2021.txt', 'generated/bad/zip-bomb.xlsx'].map(fixture);
    const checked = await Promise.all(paths.map((path) => checkFileModel(path, { withValues: true })));
    const before = ours();
    // The first outcome fits the budget, the rest go to the file.
    const store = spillingStore(paths.length, 10);
    checked.forEach((c, i) => store.put(i, c));
    expect(store.length).toBe(4);
    for (const [i, c] of checked.entries()) {
      expect(store.load(i)).toEqual(c);
      expect(store.digest(i)).toEqual(digestOf(c));
    }
    // Loaded as often as asked, in any order.
    expect(store.load(2)).toEqual(checked[2]);
    // The file has no name while the batch runs, so nothing is left behind however the process ends.
    expect(ours()).toEqual(before);
    store.close();
    expect(ours()).toEqual(before);
  });

  it('knows each file by its digest without loading it: who, which year, read or not, findings by severity', async () => {
    const [seed, bomb] = await Promise.all(['seed-jining-2020.xlsx', 'generated/bad/zip-bomb.xlsx'].map((name) => checkFileModel(fixture(name))));
    expect(digestOf(seed!)).toMatchObject({ read: true, year: 2020, format: 'xlsx', errors: 2, warnings: 4 });
    expect(digestOf(bomb!)).toMatchObject({ read: false, errors: 0, warnings: 0, problem: { code: 'FILE_ZIP_BOMB' } });
  });

  it('reports a batch written to disk exactly as one held in memory, years paired and duplicates found', async () => {
    const files = readdirSync(fixture('generated/years')).map((name) => `fixtures/generated/years/${name}`);
    const options = { cwd: root, check: { withValues: true }, pool: { jobs: 2 } };
    const held = await runBatch(files, options);
    const spilled = await runBatch(files, { ...options, holdBytes: 0 });
    expect(spilled).toEqual(held);
    const rules = held.results.flatMap((r) => r.findings.map((f) => f.rule));
    expect(rules).toEqual(expect.arrayContaining(['B_DUPLICATE', 'XY_CARRY']));
  });
});
