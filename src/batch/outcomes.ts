import type { Checked } from '../check.js';
import { countSeverities, type FileResult } from '../result.js';

/**
 * What a batch knows of every file without holding its whole outcome: enough to tell who it is
 * from, whether it was read, whether it is to be passed over, and how many findings of each
 * severity it has. A country's batch keeps 100,000 of these; the outcomes themselves can wait on disk.
 */
export interface Digest {
  format?: FileResult['format'];
  problem?: FileResult['problem'];
  regionSummary?: true;
  /** The report was read (there is a model to pair or sum). */
  read: boolean;
  agency?: string;
  year?: number;
  errors: number;
  warnings: number;
}

export function digestOf({ result, report }: Checked): Digest {
  return {
    ...(result.format ? { format: result.format } : {}),
    ...(result.problem ? { problem: result.problem } : {}),
    ...(result.regionSummary ? { regionSummary: true as const } : {}),
    read: Boolean(report),
    ...(report?.agency !== undefined ? { agency: report.agency } : {}),
    ...(report?.year !== undefined ? { year: report.year } : {}),
    ...countSeverities(result.findings, { errors: 0, warnings: 0 }),
  };
}

/** A batch's checked files by index: each one's digest at hand, its whole outcome loaded when asked for. */
export interface Outcomes {
  readonly length: number;
  digest(index: number): Digest;
  load(index: number): Checked;
}

/**
 * Where a batch's outcomes wait between checking and reporting. The pool puts each file's outcome
 * here as it finishes; the report loads them back one at a time, in order.
 */
export interface OutcomeSink {
  /** An outcome checked in this thread. */
  put(index: number, checked: Checked): void;
  /** An outcome as a worker sends it: its digest, and the outcome serialized (node:v8), so this thread need not read it yet. */
  putSerialized(index: number, digest: Digest, bytes: Uint8Array): void;
  /**
   * A temporary file a worker may write its outcomes to itself, so that their bytes never come to
   * this thread (there they would wait for a collection, up to 50 MB of a country's batch); undefined
   * when none can be made, or the sink keeps outcomes in memory.
   */
  spillFile?(): SpillFile | undefined;
  /** An outcome a worker wrote to such a file: its digest, and where its bytes are. */
  putWritten?(index: number, digest: Digest, written: Written): void;
}

/** A temporary file a worker writes outcomes to: the store's name for it, and its descriptor (shared by every thread of the process). */
export interface SpillFile {
  id: number;
  fd: number;
}

/** Where a worker wrote an outcome. */
export interface Written {
  file: number;
  offset: number;
  size: number;
}

/** Outcomes already in memory (the page, a library caller's array, a batch of a few files). */
export function heldOutcomes(checked: readonly Checked[]): Outcomes {
  const digests = checked.map(digestOf);
  return { length: checked.length, digest: (index) => digests[index]!, load: (index) => checked[index]! };
}
