import { Chalk } from 'chalk';
import type { FileResult } from '../result.js';
import type { ReportContext } from './context.js';
import { present, type PresentedReport } from './present.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'html'] as const;
export type Format = (typeof FORMATS)[number];
/** A report as one string, or as pieces written one after another (a batch's JSON), laid out from the results as presented. */
export type Formatter = (report: PresentedReport, context: ReportContext) => string | Iterable<string>;

/** Formatters by name, loaded when asked for, so a plain check does not load the ones it does not use. */
export const FORMATTERS: Record<Format, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).layoutTextChunks,
  json: async () => (await import('./json.js')).layoutJsonChunks,
  sarif: async () => (await import('./sarif.js')).layoutSarif,
  junit: async () => (await import('./junit.js')).layoutJunit,
  github: async () => (await import('./github.js')).layoutGithub,
  html: async () => (await import('./html/html.js')).layoutHtml,
};

const PLAIN = new Chalk({ level: 0 });

/**
 * Results as a report in the format named as on the command line (`--format json`): presented once,
 * laid out by that formatter, as one string. What the context leaves out is filled as for a file
 * (no colour, paths as given, Chinese).
 */
export async function formatResults(format: Format, results: readonly FileResult[], context: Partial<ReportContext> = {}): Promise<string> {
  const full: ReportContext = { lang: 'zh', tool: { name: 'xxgk-check', version: '' }, chalk: PLAIN, uriOf: (path) => path, ...context };
  const layout = await FORMATTERS[format]();
  const out = layout(present(results, full.lang), full);
  return typeof out === 'string' ? out : [...out].join('');
}
