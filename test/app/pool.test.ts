import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerFailure, WorkerPool } from '../../src/app/pool.js';

/** A stand-in for a browser's Worker: answers `check` for a file named `ok*`, never for `hang*`, and dies on `crash*`. */
class FakeWorker {
  static started = 0;
  static stopped = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  private dead = false;
  constructor() {
    FakeWorker.started++;
  }
  postMessage(message: { id: number; path: string }): void {
    setTimeout(() => {
      if (this.dead || message.path.startsWith('hang')) return;
      if (message.path.startsWith('crash')) this.onerror?.({ message: 'out of memory', preventDefault: () => undefined });
      else if (message.path.startsWith('fail')) this.onmessage?.({ data: { id: message.id, ok: false, error: 'no' } });
      else this.onmessage?.({ data: { id: message.id, ok: true, value: { result: { path: message.path } } } });
    }, 5);
  }
  terminate(): void {
    this.dead = true;
    FakeWorker.stopped++;
  }
}

describe('the page’s workers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('goes on after a worker overruns its time or crashes: that request fails with the reason, a fresh worker takes the rest', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.started = FakeWorker.stopped = 0;
    const pool = new WorkerPool('blob:x', 2);
    const run = (path: string) =>
      pool.run('check', { path, file: {} as Blob }, { timeoutMs: 100 }).then(
        (value) => `ok ${(value.result as { path: string }).path}`,
        (error: WorkerFailure) => `${error.reason} ${error.message}`,
      );
    const outcomes = await Promise.all(['ok1', 'hang', 'ok2', 'crash', 'ok3', 'fail', 'ok4'].map(run));
    expect(outcomes).toEqual(['ok ok1', 'timeout 100 ms', 'ok ok2', 'crashed out of memory', 'ok ok3', 'failed no', 'ok ok4']);
    expect(FakeWorker.started).toBe(4);
    expect(FakeWorker.stopped).toBe(2);
  });

  it('takes an urgent request before those waiting', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pool = new WorkerPool('blob:x', 1);
    const order: string[] = [];
    const run = (path: string, urgent = false) => pool.run('check', { path, file: {} as Blob }, { urgent }).then(() => void order.push(path));
    await Promise.all([run('ok-a'), run('ok-b'), run('ok-c'), run('ok-urgent', true)]);
    expect(order).toEqual(['ok-a', 'ok-urgent', 'ok-b', 'ok-c']);
  });
});
