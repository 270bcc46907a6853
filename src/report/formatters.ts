import type { FileResult } from '../result.js';
import type { ReportContext } from './context.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** A report as one string, or as pieces written one after another (a batch's JSON). */
export type Formatter = (results: readonly FileResult[], context: ReportContext) => string | Iterable<string>;

/** Formatters by name, loaded when asked for, so a plain check does not load the ones it does not use. */
export const FORMATTERS: Record<Format, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).formatText,
  json: async () => (await import('./json.js')).formatJsonChunks,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  junit: async () => (await import('./junit.js')).formatJunit,
  github: async () => (await import('./github.js')).formatGithub,
  html: async () => (await import('./html/html.js')).formatHtml,
};
