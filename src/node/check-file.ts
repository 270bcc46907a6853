import { checkDocument, type CheckOptions, type Checked } from '../check.js';
import type { FileResult } from '../result.js';
import { nodeInflate } from './inflate.js';
import { readDocumentFile } from './read-file.js';

/** The whole pipeline for one file on disk. Never throws for a bad file. */
export async function checkFile(path: string, options: CheckOptions = {}): Promise<FileResult> {
  return (await checkFileModel(path, options)).result;
}

/** The same, keeping the report model beside the result (for checks across files). */
export async function checkFileModel(path: string, options: CheckOptions = {}): Promise<Checked> {
  const document = await readDocumentFile(path, { ...(options.limits ? { limits: options.limits } : {}), convert: options.convert ?? false });
  return checkDocument(path, document, { inflate: nodeInflate, ...options });
}
