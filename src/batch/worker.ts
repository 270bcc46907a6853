import { parentPort } from 'node:worker_threads';
import { checkModel, type CheckOptions } from '../check.js';

/** A batch worker: checks the files it is sent, one at a time, and posts each outcome back. */
export interface Task {
  index: number;
  path: string;
  options: CheckOptions;
}

parentPort?.on('message', async (task: Task) => {
  const outcome = await checkModel(task.path, task.options);
  parentPort!.postMessage({ index: task.index, outcome });
});
