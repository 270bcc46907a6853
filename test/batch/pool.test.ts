import { dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, checkInto } from '../../src/batch/pool.js';
import type { Written } from '../../src/batch/outcomes.js';
import { spillingStore } from '../../src/batch/spill.js';
import { formatText } from '../../src/report/text.js';
import { renderMessage } from '../../src/report/message.js';
import { CATALOGUE } from '../../src/rules/catalogue/index.js';
import { Chalk } from 'chalk';
import { MY_RULE } from '../support/custom-rule.mjs';
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

  it('resolves paths against cwd as each is checked, and names them as given', async () => {
    const root = dirname(files[0]!);
    const given = files.slice(0, 5).map((f) => relative(root, f));
    const named: string[] = [];
    const out = await checkFiles(given, {}, { jobs: 2, cwd: root, onDone: (_done, _total, path) => named.push(path) });
    expect(out.map((c) => c.result.path)).toEqual(files.slice(0, 5));
    expect(named.sort()).toEqual([...given].sort());
  });

  it('lets each worker append its outcomes to a file of its own, one after another, and gives them back as checked', async () => {
    const store = spillingStore(files.length);
    const written: Written[] = [];
    await checkInto(files, {}, { jobs: 2 }, { ...store, putWritten: (index, digest, where) => (written.push(where), store.putWritten!(index, digest, where)) });
    expect(written).toHaveLength(files.length);
    for (const file of new Set(written.map((w) => w.file))) {
      const mine = written.filter((w) => w.file === file).sort((a, b) => a.offset - b.offset);
      mine.forEach((w, i) => expect(w.offset).toBe(i === 0 ? 0 : mine[i - 1]!.offset + mine[i - 1]!.size));
    }
    const serial = await checkFiles(files, {}, { jobs: 1 });
    expect(files.map((_, i) => store.load(i).result)).toEqual(serial.map((c) => c.result));
    store.close();
  });

  it('stops a file that takes too long, reports it, and goes on with a fresh worker', async () => {
    const out = await checkFiles(files.slice(0, 5), {}, { jobs: 2, timeoutMs: 1 });
    expect(out).toHaveLength(5);
    // Every file once, in its place: those a stopped worker held but had not reached are given out again.
    expect(out.map((c) => c.result.path)).toEqual(files.slice(0, 5));
    expect(out.every((c) => c.result.problem?.code === 'FILE_TIMEOUT')).toBe(true);
  });

  it('keeps only the cells asked for', async () => {
    const [one] = await checkFiles([fixture('clean-2021.xlsx')], {}, { jobs: 1, keep: ['t3.carriedIn.total'] });
    expect(Object.keys(one!.report!.cells)).toEqual(['t3.carriedIn.total']);
  });
});

describe('rules of the caller’s own', () => {
  const six = files.slice(0, 6);
  const mine = (checked: Awaited<ReturnType<typeof checkFiles>>) => checked.map((c) => c.result.findings.filter((f) => f.rule === 'MY_RULE'));

  it('run in worker threads, loaded from their module (a task posted to a worker is plain data)', async () => {
    const serial = await checkFiles(six, { rules: [...CATALOGUE, MY_RULE] }, { jobs: 1 });
    const parallel = await checkFiles(six, { rules: [...CATALOGUE, MY_RULE], severity: { MY_RULE: 'error' } }, { jobs: 2 });
    expect(mine(serial).filter((f) => f.length === 1)).toHaveLength(serial.filter((c) => c.report).length);
    expect(mine(parallel).map((f) => f.map((x) => x.severity))).toEqual(mine(serial).map((f) => f.map(() => 'error')));
    expect(parallel.map((c) => c.result.findings.filter((f) => f.rule !== 'MY_RULE'))).toEqual(serial.map((c) => c.result.findings.filter((f) => f.rule !== 'MY_RULE')));
  });

  it('say plainly when their module cannot be loaded', async () => {
    await expect(checkFiles(six, { rules: [{ ...MY_RULE, module: 'file:///nonexistent/rule.mjs' }] }, { jobs: 2 })).rejects.toThrow(/nonexistent/);
  });

  it('run in this thread when they have no module to be loaded from, instead of failing to be posted', async () => {
    const { module: _module, ...inline } = MY_RULE;
    const checked = await checkFiles(six, { rules: [inline] }, { jobs: 2 });
    expect(checked.every((c) => !c.report || c.result.findings.map((f) => f.rule).join() === 'MY_RULE')).toBe(true);
  });

  it('render their findings from their own message templates, not as the bare id', async () => {
    const [checked] = await checkFiles([fixture('seed-jining-2020.xlsx')], { rules: [MY_RULE] }, { jobs: 1 });
    const finding = checked!.result.findings[0]!;
    expect(renderMessage(finding, 'zh')).toBe('自定义规则：本年新收总计 21');
    expect(renderMessage(finding, 'en')).toBe('custom rule: 21 new requests in all');
    expect(formatText([checked!.result], { lang: 'zh', chalk: new Chalk({ level: 0 }) })).toContain('MY_RULE  自定义规则：本年新收总计 21');
  });
});
