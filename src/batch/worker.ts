import { parentPort } from 'node:worker_threads';
import { checkModel, type CheckOptions } from '../check.js';

import { keepCells, type Keep } from './keep.js';

/** A batch worker: checks the files it is sent, one at a time, and posts each outcome back. */
export interface Task {
  index: number;
  path: string;
  options: CheckOptions;
  keep: Keep;
}

parentPort?.on('message', async (task: Task) => {
  const outcome = keepCells(await checkModel(task.path, task.options), task.keep);
  parentPort!.postMessage({ index: task.index, outcome });
});
