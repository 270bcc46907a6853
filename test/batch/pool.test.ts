import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/batch/pool.js';
import { CASES, fixture } from '../support/fixtures.js';

const files = CASES.map((c) => fixture(c.file));

describe('the worker pool', () => {
  it('gives the same results in parallel as in one thread, in the order of the files', async () => {
    const serial = await checkFiles(files, {}, { jobs: 1 });
    const parallel = await checkFiles(files, {}, { jobs: 2 });
    expect(parallel.map((c) => c.result)).toEqual(serial.map((c) => c.result));
    expect(parallel.map((c) => c.result.path)).toEqual(files);
  });

  it('reports progress once per file', async () => {
    const seen: number[] = [];
    await checkFiles(files.slice(0, 6), {}, { jobs: 2, onDone: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stops a file that takes too long, reports it, and goes on with a fresh worker', async () => {
    const out = await checkFiles(files.slice(0, 5), {}, { jobs: 2, timeoutMs: 1 });
    expect(out).toHaveLength(5);
    expect(out.every((c) => c.result.problem?.code === 'FILE_TIMEOUT')).toBe(true);
  });

  it('keeps only the cells asked for', async () => {
    const [one] = await checkFiles([fixture('clean-2021.xlsx')], {}, { jobs: 1, keep: ['t3.carriedIn.total'] });
    expect(Object.keys(one!.report!.cells)).toEqual(['t3.carriedIn.total']);
  });
});
