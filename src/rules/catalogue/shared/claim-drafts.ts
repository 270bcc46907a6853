import type { TableId } from '../../../spec/tables.js';
import type { Claim } from '../../../model/claim.js';
import type { Draft } from '../../finding.js';
import type { Text } from '../../../spec/text.js';
import { formatNumber } from './format-number.js';

/**
 * The prose rules: the report's sentences must agree with its tables. Each reads the claims the
 * prose stage found (src/prose/) and reports those that contradict the cells they name, quoting
 * the sentence. Warnings by default: the prose and the tables are both the agency's, and either
 * may be the one that is wrong.
 */

/** The message of a count the text states otherwise than the table. */
export const CLAIM_COUNT: Text = {
  zh: '正文称「{claim}」，但{table}{name}为 {tableValue}，相差 {difference}',
  en: 'The text says “{claim}”, but {table} gives {name} = {tableValue} (difference {difference})',
};

/** A prose rule's findings: the claims of the rule that contradict the table. */
export function claimDrafts(report: { claims?: Claim[] }, rule: string, table: TableId): Draft[] {
  return (report.claims ?? []).filter((c) => c.rule === rule && c.verdict === 'contradicts').map((c) => draftOf(c, table));
}

function draftOf(claim: Claim, table: TableId): Draft {
  const values = claim.cells.map((c) => (typeof c.value === 'number' ? c.value : 0));
  const expected = claim.expected === undefined ? '' : formatNumber(claim.expected);
  const params: Draft['params'] = {
    claim: claim.text,
    name: claim.name ?? { zh: '', en: '' },
    stated: claim.stated ?? 0,
    tableValue: claim.kind === 'percent' || values.length < 2 ? expected : `${values.map((v) => formatNumber(v)).join(' + ')} = ${expected}`,
  };
  if (claim.messageId === 'eitherReading') {
    params.received = values[0] ?? 0;
    params.carriedIn = values[1] ?? 0;
    params.withCarried = (values[0] ?? 0) + (values[1] ?? 0);
  }
  if (claim.kind === 'percent') {
    params.value = values[0] ?? 0;
    params.base = claim.base ?? 0;
  }
  return {
    table,
    messageId: claim.messageId ?? 'count',
    params,
    ...(claim.expected !== undefined ? { expected: claim.expected } : {}),
    ...(claim.stated !== undefined ? { actual: claim.stated } : {}),
    ...(claim.difference !== undefined && claim.kind !== 'whole' ? { difference: claim.difference } : {}),
    cells: claim.cells.map((c) => ({ ...c, side: 'expected' as const })),
    sentence: claim.sentence,
  };
}
