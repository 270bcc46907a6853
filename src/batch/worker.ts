import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import { checkFileModel } from '../node/check-file.js';
import { keepCells, type Keep } from './keep.js';
import { digestOf } from './outcomes.js';
import type { Outcome, WorkerSetup } from './pool.js';
import { resolveRules, type RuleRef } from './rule-refs.js';
import { writeAll } from './spill.js';

/**
 * A batch worker's task: plain data only, since functions cannot be posted to a thread. The check's
 * options without their functions (the rules become references, inflate is the worker's own).
 */
export interface Task {
  index: number;
  path: string;
  options: Omit<CheckOptions, 'rules' | 'inflate'>;
  rules?: readonly RuleRef[];
  keep: Keep;
}

// The file this worker writes its outcomes to, and where the next goes; none when the batch keeps them in memory.
const spill = (workerData as WorkerSetup | undefined)?.spill;
let end = spill?.end ?? 0;

// Tasks are checked one after another, in the order they came: the pool times the first it is waiting for.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: Task) => {
  queue = queue.then(async () => {
    const rules = task.rules ? await resolveRules(task.rules) : undefined;
    const checked = keepCells(await checkFileModel(task.path, { ...task.options, ...(rules ? { rules } : {}) }), task.keep);
    const bytes = serialize(checked);
    const digest = digestOf(checked);
    // Written here, so the bytes die in this thread as soon as they are written; the batch is told where they are.
    if (spill && writeAll(spill.fd, bytes, end)) {
      parentPort!.postMessage({ index: task.index, digest, offset: end, size: bytes.length } satisfies Outcome);
      end += bytes.length;
      return;
    }
    // Else moved, not copied: the batch's thread keeps the bytes (or writes them to disk) without reading them.
    parentPort!.postMessage({ index: task.index, digest, bytes } satisfies Outcome, [bytes.buffer]);
  });
});
