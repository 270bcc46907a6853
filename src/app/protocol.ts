import type { BatchOutcome } from '../batch/combine.js';
import type { Checked } from '../check.js';
import type { Lang } from '../spec/text.js';
import type { BatchInfo, FileResult } from '../result.js';
import type { Download, FileView, View } from './engine.js';

/**
 * What the page asks its workers, and what each answer holds. Workers keep nothing between
 * requests: the page holds the files and results, so a worker stopped on a hostile file loses nothing.
 */
export interface Requests {
  check: { request: { path: string; file: Blob }; answer: Checked };
  combine: { request: { paths: string[]; checked: Checked[]; summaryIndex: number; skipped: string[]; walked: string[]; lang: Lang }; answer: { outcome: BatchOutcome; view: View } };
  view: { request: { outcome: BatchOutcome; lang: Lang }; answer: View };
  file: { request: { result: FileResult; n: number; lang: Lang }; answer: FileView };
  report: { request: { what: 'json' | 'html' | 'summary'; results: FileResult[]; info: BatchInfo; lang: Lang }; answer: Download };
  annotate: { request: { file: Blob; result: FileResult; lang: Lang }; answer: Download };
}

export type Kind = keyof Requests;
export type Request<K extends Kind = Kind> = { id: number; kind: K } & Requests[K]['request'];
/** `needs: 'pdfjs'`: the file is a PDF and the worker was started without PDF.js (src/app/pdfjs-slot.ts). */
export type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string } | { id: number; ok: false; needs: 'pdfjs' };
