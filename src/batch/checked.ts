import type { Report } from '../model/schema.js';
import type { FileResult } from '../result.js';

/** One file's outcome inside a batch: the result shown to the user, and the model the batch-level checks compare. */
export interface Checked {
  result: FileResult;
  report?: Report;
}
