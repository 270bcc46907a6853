import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileModel } from '../../src/node/check-file.js';
import { digestOf } from '../../src/batch/outcomes.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { serialize } from 'node:v8';
import { spillingStore, writeAll } from '../../src/batch/spill.js';
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

  it('takes outcomes a worker wrote to a file of its own, and gives each back as it was', async () => {
    const paths = ['seed-jining-2020.xlsx', 'clean-2019.xlsx', 'generated/years/b-2021.txt'].map(fixture);
    const checked = await Promise.all(paths.map((path) => checkFileModel(path, { withValues: true })));
    const before = ours();
    const store = spillingStore(paths.length);
    const [first, second] = [store.spillFile!()!, store.spillFile!()!];
    expect(first.id).not.toBe(second.id);
    // Two workers, each appending to its own file; the third outcome comes as bytes.
    const ends = [0, 0];
    checked.slice(0, 2).forEach((c, i) => {
      const file = [first, second][i]!;
      const bytes = serialize(c);
      expect(writeAll(file.fd, bytes, ends[i]!)).toBe(true);
      store.putWritten!(i, digestOf(c), { file: file.id, offset: ends[i]!, size: bytes.length });
      ends[i]! += bytes.length;
    });
    store.putSerialized(2, digestOf(checked[2]!), serialize(checked[2]!));
    for (const [i, c] of checked.entries()) {
      expect(store.load(i)).toEqual(c);
      expect(store.digest(i)).toEqual(digestOf(c));
    }
    expect(ours()).toEqual(before);
    store.close();
    expect(ours()).toEqual(before);
  });

  it('reports a batch whose workers wrote its outcomes exactly as one checked in this thread and held in memory, and leaves nothing behind', async () => {
    const files = readdirSync(fixture('generated/years')).map((name) => `fixtures/generated/years/${name}`);
    const before = ours();
    const written = await runBatch(files, { cwd: root, check: { withValues: true }, pool: { jobs: 2 } });
    const held = await runBatch(files, { cwd: root, check: { withValues: true }, pool: { jobs: 1 }, holdBytes: Infinity });
    expect(written).toEqual(held);
    expect(ours()).toEqual(before);
  });

  it('keeps the outcomes in memory when no temporary file can be made', async () => {
    const files = readdirSync(fixture('generated/years')).map((name) => `fixtures/generated/years/${name}`);
    const options = { cwd: root, check: { withValues: true }, pool: { jobs: 2 }, holdBytes: 0 };
    const expected = await runBatch(files, options);
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = join(root, 'no-such-folder');
    try {
      expect(spillingStore(1).spillFile!()).toBeUndefined();
      expect(await runBatch(files, options)).toEqual(expected);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  });
});
