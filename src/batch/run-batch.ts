import { resolve } from 'node:path';
import type { CheckOptions } from '../check.js';
import { CATALOGUE } from '../rules/catalogue/index.js';
import { isPairRule } from '../rules/rule.js';
import { combineOutcomes, materialize, type BatchOutcome, type CombinedBatch } from './combine.js';
import { checkInto, type PoolOptions } from './pool.js';
import { spillingStore } from './spill.js';
import type { Unit } from './units.js';

export type { BatchOutcome, CombinedBatch, RegionProblem } from './combine.js';

export interface BatchOptions {
  cwd: string;
  check: CheckOptions;
  pool?: PoolOptions;
  units?: readonly Unit[];
  /** The region's own summary workbook among the files (--summary): checked against the sum of the others. */
  summary?: string;
  skipped?: string[];
  /** Files met in folders rather than named (see expandInputs): one that proves to be no report is skipped. */
  walked?: readonly string[];
  /** Bytes of checked outcomes held in memory before the rest wait in a temporary file (default 32 MB). */
  holdBytes?: number;
  /** Folders the walk could not list: each is reported as a file that could not be checked. */
  unreadable?: readonly { path: string; code: string }[];
}

/**
 * A batch: every file checked (in parallel), then what only a batch can see (src/batch/combine.ts)
 * — who each file is from, each agency's consecutive years, a region's summary against its
 * agencies, and which listed units sent nothing.
 */
export async function runBatch(files: readonly string[], options: BatchOptions): Promise<BatchOutcome> {
  const batch = await streamBatch(files, options);
  try {
    return materialize(batch);
  } finally {
    batch.close();
  }
}

/**
 * The same, its results loaded one at a time when asked for: the outcomes wait in a store that
 * writes them to a temporary file past a budget, so a country's batch is reported in the memory
 * of a county's. `close()` removes that file.
 */
export async function streamBatch(files: readonly string[], options: BatchOptions): Promise<CombinedBatch & { close(): void }> {
  // Reports are kept whole only to sum a region; otherwise only the cells the rules across years read.
  const keep = options.summary ? 'all' : [...new Set(CATALOGUE.filter(isPairRule).flatMap((r) => r.reads))];
  const store = spillingStore(files.length, options.holdBytes);
  try {
    // Each path is resolved as it is checked, and progress names files as the user gave them.
    await checkInto(files, options.check, { ...options.pool, keep, cwd: options.cwd }, store);
    const summaryIndex = options.summary === undefined ? -1 : files.findIndex((f) => resolve(options.cwd, f) === resolve(options.cwd, options.summary!));
    const combined = combineOutcomes(files, store, {
      check: options.check,
      summaryIndex,
      ...(options.units ? { units: options.units } : {}),
      ...(options.skipped ? { skipped: options.skipped } : {}),
      ...(options.walked ? { walked: options.walked } : {}),
      ...(options.unreadable ? { unreadable: options.unreadable } : {}),
    });
    return { ...combined, close: () => store.close() };
  } catch (error) {
    store.close();
    throw error;
  }
}
