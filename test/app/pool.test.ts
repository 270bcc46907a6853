import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerFailure, WorkerPool } from '../../src/app/pool.js';

/**
 * A stand-in for a browser's Worker: answers `check` for a file named `ok*`, never for `hang*`, and
 * dies on `crash*`; a `pdf*` needs PDF.js, which only a worker started from `blob:pdf` has.
 */
class FakeWorker {
  static started: string[] = [];
  static stopped = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  private dead = false;
  constructor(private readonly url: string) {
    FakeWorker.started.push(url);
  }
  postMessage(message: { id: number; path: string }): void {
    setTimeout(() => {
      if (this.dead || message.path.startsWith('hang')) return;
      if (message.path.startsWith('pdf') && this.url !== 'blob:pdf') return this.onmessage?.({ data: { id: message.id, ok: false, needs: 'pdfjs' } });
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
    FakeWorker.started = [];
    FakeWorker.stopped = 0;
    const pool = new WorkerPool('blob:x', 2);
    const run = (path: string) =>
      pool.run('check', { path, file: {} as Blob }, { timeoutMs: 100 }).then(
        (value) => `ok ${(value.result as { path: string }).path}`,
        (error: WorkerFailure) => `${error.reason} ${error.message}`,
      );
    const outcomes = await Promise.all(['ok1', 'hang', 'ok2', 'crash', 'ok3', 'fail', 'ok4'].map(run));
    expect(outcomes).toEqual(['ok ok1', 'timeout 100 ms', 'ok ok2', 'crashed out of memory', 'ok ok3', 'failed no', 'ok ok4']);
    expect(FakeWorker.started.length).toBe(4);
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

  it('starts a worker with PDF.js for a PDF, once the first arrives: it takes that file first, and every worker started after has PDF.js', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.started = [];
    FakeWorker.stopped = 0;
    let made = 0;
    const pool = new WorkerPool('blob:core', 2, () => (made++, 'blob:pdf'));
    const order: string[] = [];
    const run = (path: string) =>
      pool.run('check', { path, file: {} as Blob }, { timeoutMs: 100 }).then(
        () => void order.push(path),
        (error: WorkerFailure) => void order.push(`${path}: ${error.reason}`),
      );
    await Promise.all(['ok1', 'ok2', 'ok3', 'pdf1', 'ok4', 'hang', 'pdf2', 'ok5'].map(run));
    expect(made).toBe(1);
    expect(order.filter((p) => p.startsWith('pdf'))).toEqual(['pdf1', 'pdf2']);
    expect(order).toContain('hang: timeout');
    // Two to begin with; one for each worker that met a PDF (pdf2 may find one already with PDF.js); one for the hang.
    expect(FakeWorker.started.slice(0, 2)).toEqual(['blob:core', 'blob:core']);
    expect(FakeWorker.started.slice(2).every((url) => url === 'blob:pdf')).toBe(true);
  });

  it('a worker started with PDF.js that still lacks it fails the file instead of starting another', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.started = [];
    const pool = new WorkerPool('blob:core', 1, () => 'blob:broken');
    const outcome = await pool.run('check', { path: 'pdf', file: {} as Blob }).catch((error: WorkerFailure) => `${error.reason} ${error.message}`);
    expect(outcome).toBe('failed PDF.js is missing from the worker started with it');
    expect(FakeWorker.started).toEqual(['blob:core', 'blob:broken', 'blob:broken']);
  });
});
