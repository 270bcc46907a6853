import type { Phrase, ReadingContext, Reading } from '../phrase.js';
import type { SkipReason } from '../../model/claim.js';
import { t2Reading } from './readings.js';

/** 规范性文件 or 规章, by the topic the clause (or the one before it) set. */
const rowOf = (topic: ReadingContext['topic']) => (topic === 't2guizhang' ? 'guizhang' : 'normative');

const MAKE = '(?:印发|制发|制定|出台|新制定|新出台|新印发|制定出台|制定印发|印发实施|出台实施)';
const PUBLISH_2019 = '(?:发布|新发布|新增|新增公开)';
const PUBLISH = '(?:主动公开|公开|公布|新公开)(?:并解读)?';
const ORG = '(?:[省市县区镇乡]|[省市县区]政府|[省市县区]人民政府|[省市县区]政府办公室|本机关|本部门|部门|政府)?(?:(?:及|和)(?:[省市县区]政府)?办公[室厅])?';
const SUBJECT = '(?:(?:行政)?规范性文件|规章)';

function made(version: ReadingContext['version'], topic: ReadingContext['topic'], alsoPublished: boolean): Reading[] {
  const row = rowOf(topic);
  if (version === '2021') return [t2Reading(row, 'made', version)];
  return alsoPublished ? [t2Reading(row, 'newMade', version), t2Reading(row, 'newPublished', version)] : [t2Reading(row, 'newMade', version)];
}

const only2021 =
  (column: string) =>
  ({ version, topic }: ReadingContext): Reading[] | SkipReason =>
    version === '2021' ? [t2Reading(rowOf(topic), column, version)] : 'noColumn';

/**
 * 表二's documents: 「印发规范性文件1件」 (本年新制作数量 in 2019, 本年制发件数 in 2021), 「现行有效
 * 规范性文件20件」 (2021), 「废止规章1件」 (2021). A verb without its object takes the object of
 * the clause before: 「印发规范性文件1件，公开并解读1件」.
 */
export const TABLE2: readonly Phrase[] = [
  {
    id: 't2.made',
    rule: 'P_T2',
    messageId: 'count',
    topics: ['t2normative', 't2guizhang'],
    before: new RegExp(`(?:(?<!申请)${MAKE}(?:了)?${ORG}${SUBJECT}|^(?:含|其中|包括|另)?${MAKE}(?:了)?)$`),
    around: [new RegExp(`(?<!申请)${MAKE}(?:了)?$`), new RegExp(`^(?:的)?${ORG}${SUBJECT}`)],
    test: 'equal',
    readings: ({ version, topic }) => made(version, topic, false),
  },
  {
    id: 't2.issued',
    rule: 'P_T2',
    messageId: 'count',
    topics: ['t2normative', 't2guizhang'],
    // 「发布规范性文件3件」「新增公开规章1件」: made, or (2019) published.
    before: new RegExp(`(?:(?<!申请)${PUBLISH_2019}(?:了)?${ORG}${SUBJECT}|^(?:含|其中|包括|另)?${PUBLISH_2019}(?:了)?)$`),
    test: 'equal',
    readings: ({ version, topic }) => made(version, topic, true),
  },
  {
    id: 't2.published',
    rule: 'P_T2',
    messageId: 'count',
    topics: ['t2normative', 't2guizhang'],
    // 2019's 本年新公开数量: 「公开规范性文件1件」「公开并解读1件」. The 2021 format has no such column.
    before: new RegExp(`(?:(?<![申依]请)${PUBLISH}(?:了)?${ORG}${SUBJECT}|^(?:含|其中|包括|另)?${PUBLISH}(?:了)?)$`),
    test: 'equal',
    readings: ({ version, topic }) => (version === '2019' ? [t2Reading(rowOf(topic), 'newPublished', version)] : 'noColumn'),
  },
  {
    id: 't2.valid',
    rule: 'P_T2',
    messageId: 'count',
    topics: ['t2normative', 't2guizhang'],
    before: new RegExp(`(?:现行有效(?:的)?${ORG}${SUBJECT}|${SUBJECT}(?:中)?现行有效(?:的)?|^(?:含|其中|包括|另)?现行有效(?:的)?)$`),
    test: 'equal',
    readings: only2021('valid'),
  },
  {
    id: 't2.repealed',
    rule: 'P_T2',
    messageId: 'count',
    topics: ['t2normative', 't2guizhang'],
    before: new RegExp(`(?:(?<!申请)废止(?:了)?${ORG}${SUBJECT}|^(?:含|其中|包括|另)?废止(?:了)?)$`),
    test: 'equal',
    readings: only2021('repealed'),
  },
];
