import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import { checkFileModel } from '../node/check-file.js';
import { keepCells, type Keep } from './keep.js';
import { digestOf } from './outcomes.js';
import type { Outcome } from './pool.js';
import { resolveRules, type RuleRef } from './rule-refs.js';

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

// Tasks are checked one after another, in the order they came: the pool times the first it is waiting for.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: Task) => {
  queue = queue.then(async () => {
    const rules = task.rules ? await resolveRules(task.rules) : undefined;
    const checked = keepCells(await checkFileModel(task.path, { ...task.options, ...(rules ? { rules } : {}) }), task.keep);
    // Serialized here and moved, not copied: the batch's thread keeps the bytes (or writes them to disk) without reading them.
    const bytes = serialize(checked);
    parentPort!.postMessage({ index: task.index, digest: digestOf(checked), bytes } satisfies Outcome, [bytes.buffer]);
  });
});
