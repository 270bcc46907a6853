import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import { checkFileModel } from '../node/check-file.js';
import { keepCells, type Keep } from './keep.js';
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
    const outcome = keepCells(await checkFileModel(task.path, { ...task.options, ...(rules ? { rules } : {}) }), task.keep);
    parentPort!.postMessage({ index: task.index, outcome });
  });
});
