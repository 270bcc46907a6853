import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { deserialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { Worker as WorkerThread } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import { checkFileModel } from '../node/check-file.js';
import type { FileProblem } from '../read/problem.js';
import type { Checked } from '../check.js';
import { keepCells, type Keep } from './keep.js';
import type { Task } from './worker.js';
import { resolveRules, type RuleRef } from './rule-refs.js';
import { findRule } from '../rules/catalogue/index.js';
import type { Digest, OutcomeSink } from './outcomes.js';

export interface PoolOptions {
  /** Worker threads; 1 checks in this thread. Default: one per core. */
  jobs?: number;
  /** Longest a single file may take before its worker is stopped. */
  timeoutMs?: number;
  /** Heap a worker may use before it is stopped (a hostile file, not a report). */
  maxHeapMb?: number;
  /** Called as each file is done, in completion order, with its path as given. */
  onDone?: (done: number, total: number, path: string) => void;
  /**
   * The folder relative paths are resolved against, each as it is checked: a country's 100,000
   * absolute paths are then never held at once (about 30 MB of heap). Default: as given.
   */
  cwd?: string;
  /** The cells of each model to keep for checks across files; default all. */
  keep?: Keep;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_HEAP_MB = 128;
/** Below this many files a worker's start-up (loading the readers, rules and schemas again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 4;
/**
 * Files a worker holds at once: the next is already there when it finishes one, instead of a round
 * trip through this thread (which, on a machine with as many workers as cores, waits for a core).
 */
const IN_FLIGHT = 2;

/**
 * Checks files on every core and returns their outcomes in the order of `paths`, whatever order
 * they finish in. A file that makes its worker crash, run out of memory or overrun the time
 * limit is reported as a problem of that file; the batch goes on with a fresh worker.
 */
export async function checkFiles(paths: readonly string[], options: CheckOptions, pool: PoolOptions = {}): Promise<Checked[]> {
  const out = new Array<Checked>(paths.length);
  await checkInto(paths, options, pool, {
    put: (index, checked) => (out[index] = checked),
    putSerialized: (index, _digest, bytes) => (out[index] = deserialize(bytes) as Checked),
  });
  return out;
}

/**
 * The same, each outcome handed to `sink` as it finishes (a batch's store, which may keep it on
 * disk until the report is written). A worker's outcome arrives serialized, with its digest.
 */
export async function checkInto(paths: readonly string[], options: CheckOptions, pool: PoolOptions, sink: OutcomeSink): Promise<void> {
  // Rules a worker cannot load (a rule of the caller's own with no module) keep the batch in this thread.
  const sent = taskOptions(options);
  const jobs = sent ? Math.max(1, Math.min(pool.jobs ?? availableParallelism(), paths.length)) : 1;
  // A rule module that does not load is the caller's mistake: said here, once, not as every file's problem.
  if (jobs > 1 && sent?.rules?.some((r) => r.module)) await resolveRules(sent.rules);
  const pathAt = (index: number) => (pool.cwd === undefined ? paths[index]! : resolve(pool.cwd, paths[index]!));
  let done = 0;
  const counted = (index: number) => pool.onDone?.(++done, paths.length, paths[index]!);
  const finish = (index: number, checked: Checked) => {
    sink.put(index, checked);
    counted(index);
  };
  if (jobs === 1 || paths.length < MIN_FILES_FOR_WORKERS) {
    for (let index = 0; index < paths.length; index++) finish(index, keepCells(await checkFileModel(pathAt(index), options), pool.keep ?? 'all'));
    return;
  }
  // Loaded here, not with the module: a check of a few files, in this thread, never needs it (about 2 ms of its start).
  const { Worker } = await import('node:worker_threads');
  let next = 0;
  // Files handed back by a worker that failed before reaching them: given out again first.
  const returned: number[] = [];
  const left = () => returned.length > 0 || next < paths.length;
  await Promise.all(Array.from({ length: jobs }, () => runWorker()));

  async function runWorker(): Promise<void> {
    // The file this worker, and any that replaces it, writes outcomes to; `end` is past the last one this thread was told of.
    const spill = sink.spillFile?.();
    let end = 0;
    while (left()) {
      const worker = startWorker(Worker, pool.maxHeapMb ?? DEFAULT_HEAP_MB, spill ? { spill: { fd: spill.fd, end } } : {});
      // One worker serves tasks until it fails; then the failed file is recorded and a new worker starts.
      // It holds IN_FLIGHT tasks, checked one after another in the order sent, so it never waits for this
      // thread between files; the time limit runs for the file it is on, the first of them.
      await new Promise<void>((settle) => {
        const queue: number[] = [];
        let timer: NodeJS.Timeout | undefined;
        const time = () => {
          clearTimeout(timer);
          if (queue.length > 0) timer = setTimeout(() => fail({ code: 'FILE_TIMEOUT', detail: `${pool.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` }), pool.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        };
        const give = () => {
          while (queue.length < IN_FLIGHT && left()) {
            const index = returned.pop() ?? next++;
            queue.push(index);
            worker.postMessage({ index, path: pathAt(index), ...sent!, keep: pool.keep ?? 'all' } satisfies Task);
            if (queue.length === 1) time();
          }
          if (queue.length === 0) void worker.terminate().then(() => settle());
        };
        const fail = (problem: FileProblem) => {
          clearTimeout(timer);
          const [current, ...waiting] = queue.splice(0);
          if (current !== undefined) finish(current, { result: { path: paths[current]!, findings: [], problem } });
          returned.push(...waiting.reverse());
          worker.removeAllListeners();
          void worker.terminate().then(() => settle());
        };
        worker.on('message', (message: Outcome) => {
          queue.shift();
          time();
          if ('bytes' in message) sink.putSerialized(message.index, message.digest, message.bytes);
          else {
            sink.putWritten!(message.index, message.digest, { file: spill!.id, offset: message.offset, size: message.size });
            end = Math.max(end, message.offset + message.size);
          }
          counted(message.index);
          give();
        });
        worker.on('error', (error: Error & { code?: string }) => fail({ code: 'FILE_TOO_COMPLEX', detail: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message }));
        worker.on('exit', () => {
          if (queue.length > 0) fail({ code: 'FILE_TOO_COMPLEX', detail: 'worker stopped' });
        });
        give();
      });
    }
  }
}

/** A worker's answer: what the batch needs of the outcome before reading it, and the outcome serialized, or where the worker wrote it. */
export type Outcome = { index: number; digest: Digest } & ({ bytes: Uint8Array } | { offset: number; size: number });

/** What a worker is started with: the file it writes outcomes to, and from where, when the batch gave it one. */
export interface WorkerSetup {
  spill?: { fd: number; end: number };
}

/**
 * The check's options as a worker can be sent them: data only. Rules go as references (catalogue
 * rules by id, others by id and module); undefined when a rule has no module to be loaded from.
 */
function taskOptions(options: CheckOptions): Pick<Task, 'options' | 'rules'> | undefined {
  const { rules, inflate: _inflate, ...data } = options;
  if (!rules) return { options: data };
  const refs: RuleRef[] = [];
  for (const rule of rules) {
    if (findRule(rule.id) === rule) refs.push({ id: rule.id });
    else if (rule.module) refs.push({ id: rule.id, module: rule.module });
    else return undefined;
  }
  return { options: data, rules: refs };
}

/** 16 MB of young generation, not 8: a file's short-lived strings and cells then die young, and a batch spends a seventh less CPU collecting them; 32 MB measured no faster and held 35 MB more. */
function startWorker(Worker: typeof WorkerThread, maxHeapMb: number, setup: WorkerSetup): WorkerThread {
  return new Worker(workerFile(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 16 } });
}

/** The compiled worker script; from the TypeScript sources (tests) it is the built one in dist/. */
function workerFile(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  return here.replace(/([\\/])src([\\/]batch[\\/]worker\.js)$/, '$1dist$2');
}
