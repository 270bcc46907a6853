import type { Document } from './document.js';
import { defaultLimits } from './limits.js';
import { ok, type Result } from './problem.js';
import type { ReadContext } from './reader.js';
import { READERS } from './readers.js';
import { sniff } from './sniff.js';

/** Any report file's bytes → its document: sniffed, then read by its format's reader. Never throws for a bad file. */
export async function readDocument(bytes: Uint8Array, context: Partial<ReadContext> = {}): Promise<Result<Document>> {
  const full: ReadContext = {
    limits: context.limits ?? defaultLimits,
    inflate: context.inflate ?? (await import('./zip/portable-inflate.js')).portableInflate,
    ...(context.loadPdf ? { loadPdf: context.loadPdf } : {}),
  };
  const sniffed = sniff(bytes, full.limits);
  if (!sniffed.ok) return sniffed;
  const read = await (await READERS[sniffed.value.format]())(bytes, full);
  return read.ok ? ok(read.value) : read;
}
