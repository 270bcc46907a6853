import { parentPort } from 'node:worker_threads';
import type { CheckOptions } from '../check.js';
import { checkFileModel } from '../node/check-file.js';

import { keepCells, type Keep } from './keep.js';

/** A batch worker: checks the files it is sent, one at a time, and posts each outcome back. */
export interface Task {
  index: number;
  path: string;
  options: CheckOptions;
  keep: Keep;
}

parentPort?.on('message', async (task: Task) => {
  const outcome = keepCells(await checkFileModel(task.path, task.options), task.keep);
  parentPort!.postMessage({ index: task.index, outcome });
});
