import type { ReportContext } from './context.js';
import type { Presented } from './present.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** A report as one string, or as pieces written one after another (a batch's JSON), laid out from the results as presented. */
export type Formatter = (report: Presented, context: ReportContext) => string | Iterable<string>;

/** Formatters by name, loaded when asked for, so a plain check does not load the ones it does not use. */
export const FORMATTERS: Record<Format, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).layoutText,
  json: async () => (await import('./json.js')).layoutJsonChunks,
  sarif: async () => (await import('./sarif.js')).layoutSarif,
  junit: async () => (await import('./junit.js')).layoutJunit,
  github: async () => (await import('./github.js')).layoutGithub,
  html: async () => (await import('./html/html.js')).layoutHtml,
};
