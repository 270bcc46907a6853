import type { Phrase, Topic } from '../phrase.js';
import { CONCLUDED } from './concluded.js';
import { REQUESTS } from './requests.js';
import { RESULTS } from './results.js';
import { REVIEW } from './review.js';
import { TABLE2 } from './table2.js';

/**
 * The phrase catalogue, one family a module: requests received, results, claims that all were
 * concluded, 表四's review and litigation, 表二's documents. Within a family the first phrasing
 * that matches reads the clause, so the longer phrasings come first (予以公开及部分公开 before
 * 予以公开).
 */
export const PHRASES: readonly Phrase[] = [...REQUESTS, ...RESULTS, ...CONCLUDED, ...REVIEW, ...TABLE2];

const BY_TOPIC = new Map<Topic, Phrase[]>();

/** The phrasings read in a topic. */
export function phrasesFor(topic: Topic): Phrase[] {
  let phrases = BY_TOPIC.get(topic);
  if (!phrases) BY_TOPIC.set(topic, (phrases = PHRASES.filter((p) => p.topics.includes(topic))));
  return phrases;
}

export { CONCLUDED, NOT_ALL } from './concluded.js';
export { LOST, NONE_CASES } from './review.js';
