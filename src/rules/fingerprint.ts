import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sourceId } from '../read/document.js';
import type { Finding } from './finding.js';
import type { Sentence } from '../model/cited.js';

/** A claim's words without its numbers: the same claim when only its number changes. */
const claimWords = (sentence: Sentence) => sentence.text.slice(sentence.start, sentence.end).replace(/[\d０-９]+(?:[.．][\d０-９]+)?/g, '#');

/**
 * A finding's identity within its workbook, stable across runs and across edits elsewhere: the rule,
 * the message kind, and the cells it is about, by canonical key (or the place, e.g. sheet!A1, for findings
 * about a place). Values are left out, so a finding whose numbers change but which stays wrong is the same
 * finding; a finding at another cell is a new one.
 */
export function fingerprint(finding: Finding): string {
  // A finding about the prose is also its sentence's: two sentences contradicting one cell are two findings.
  const where = [...finding.cells.map((c) => c.key || sourceId(c.source)), ...(finding.sentence ? [`sentence:${sourceId(finding.sentence.source)}:${claimWords(finding.sentence)}`] : [])].sort();
  const identity = [finding.rule, finding.messageId, finding.table ?? '', ...where].join('\u0000');
  // The same digest as Node's createHash('sha256'), so baselines written before stay valid; this one also runs in a browser.
  return bytesToHex(sha256(utf8ToBytes(identity))).slice(0, 32);
}
