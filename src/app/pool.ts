import type { Answer, Kind, Request, Requests } from './protocol.js';

/** Why a request got no answer: its worker took too long (and was stopped), crashed, or the request itself failed. */
export class WorkerFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'crashed' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

interface Task {
  id: number;
  message: Request;
  transfer: Transferable[];
  timeoutMs: number | undefined;
  resolve: (value: unknown) => void;
  reject: (error: WorkerFailure) => void;
}

interface Slot {
  worker: Worker;
  /** The code it was started from: the pool's url, or the url of the code with PDF.js. */
  url: string;
  task?: Task;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Workers that do the page's heavy work, so that the page never freezes: each takes one request
 * at a time. A worker that overruns a request's time limit is stopped and replaced, and so is one
 * that crashes; that request fails with the reason, and the others go on.
 *
 * Workers start from code without PDF.js. One that meets a PDF says so (`needs: 'pdfjs'`): it is
 * replaced by a worker started from the code with PDF.js (`withPdfjs`, made once), which runs that
 * request first; every worker started after that has PDF.js too.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private next = 1;
  private pdfjsUrl: string | undefined;

  constructor(
    private url: string,
    size: number,
    private readonly withPdfjs: () => string = () => url,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  run<K extends Kind>(kind: K, request: Requests[K]['request'], options: { timeoutMs?: number; urgent?: boolean; transfer?: Transferable[] } = {}): Promise<Requests[K]['answer']> {
    return new Promise((resolve, reject) => {
      const id = this.next++;
      const task: Task = { id, message: { id, kind, ...request }, transfer: options.transfer ?? [], timeoutMs: options.timeoutMs, resolve: resolve as (v: unknown) => void, reject };
      if (options.urgent) this.queue.unshift(task);
      else this.queue.push(task);
      this.dispatch();
    });
  }

  private start(): Slot {
    const slot = {} as Slot;
    this.attach(slot);
    return slot;
  }

  /** A new worker for the slot, its answers settling the slot's task. */
  private attach(slot: Slot): void {
    slot.url = this.url;
    slot.worker = new Worker(slot.url);
    slot.worker.onmessage = (event: MessageEvent<Answer>) => {
      const task = slot.task;
      if (!task || event.data.id !== task.id) return;
      if (!event.data.ok && 'needs' in event.data) return this.withPdfjsFor(slot);
      this.settle(slot);
      if (event.data.ok) task.resolve(event.data.value);
      else task.reject(new WorkerFailure('failed', event.data.error));
      this.dispatch();
    };
    slot.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.replace(slot, new WorkerFailure('crashed', event.message || 'worker stopped'));
    };
  }

  private settle(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
  }

  /** Stops a worker that failed its request and puts a fresh one in its place; the other requests go on. */
  private replace(slot: Slot, failure: WorkerFailure): void {
    const task = slot.task;
    this.settle(slot);
    slot.worker.terminate();
    this.attach(slot);
    task?.reject(failure);
    this.dispatch();
  }

  /** The slot's worker met a PDF without PDF.js: a worker with it takes the slot and that request, before any other. */
  private withPdfjsFor(slot: Slot): void {
    const task = slot.task!;
    this.pdfjsUrl ??= this.withPdfjs();
    if (slot.url === this.pdfjsUrl) return this.replace(slot, new WorkerFailure('failed', 'PDF.js is missing from the worker started with it'));
    this.url = this.pdfjsUrl;
    this.settle(slot);
    slot.worker.terminate();
    this.attach(slot);
    this.queue.unshift(task);
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      if (task.timeoutMs !== undefined) slot.timer = setTimeout(() => this.replace(slot, new WorkerFailure('timeout', `${task.timeoutMs} ms`)), task.timeoutMs);
      slot.worker.postMessage(task.message, task.transfer);
    }
  }
}
