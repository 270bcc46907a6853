import { isAbsolute } from 'node:path';
import { locateReport } from '../../src/locate/locate.js';
import { buildReport } from '../../src/model/build.js';
import type { Report } from '../../src/model/schema.js';
import { readDocumentFile } from '../../src/node/read-file.js';
import { fixture } from './fixtures.js';

/** A fixture through read → locate → model, failing loudly if any stage refuses it. */
export async function modelOf(path: string): Promise<Report> {
  const document = await readDocumentFile(isAbsolute(path) ? path : fixture(path));
  if (!document.ok) throw new Error(`${path}: ${document.problem.code}`);
  const located = locateReport(document.value);
  if (!located.ok) throw new Error(`${path}: ${located.problem.code}`);
  return buildReport(located.value);
}

/** Key → value of every cell: what two layouts of one report must share. */
export function valuesOf(report: Report): Record<string, number | null> {
  return Object.fromEntries(Object.entries(report.cells).map(([key, cell]) => [key, cell.value]));
}
