import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/**
 * A finding's identity within its workbook, stable across runs and across edits elsewhere: the rule,
 * the message kind, and the cells it is about, by canonical key (or sheet!A1 for findings about a
 * place). Values are left out, so a finding whose numbers change but which stays wrong is the same
 * finding; a finding at another cell is a new one.
 */
export function fingerprint(finding: Finding): string {
  const where = finding.cells.map((c) => c.key || `${c.sheet}!${c.address}`).sort();
  const identity = [finding.rule, finding.messageId, finding.table ?? '', ...where].join('\u0000');
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}
