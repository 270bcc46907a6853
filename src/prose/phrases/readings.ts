import { cellKey } from '../../spec/keys.js';
import { columnName, rowName } from '../../spec/names.js';
import type { Text } from '../../spec/text.js';
import { T2_SECTIONS, T3_GROUPS, T4_BLOCKS, T4_OUTCOMES, t3ResultRows, type FormatVersion } from '../../spec/tables.js';
import type { Reading, Topic } from '../phrase.js';

/** The cells a phrasing's number is compared with, named as the tables name them. */

const quote = (zh: string[], en: string[]): Text => ({ zh: zh.map((n) => `「${n}」`).join('+'), en: en.map((n) => `“${n}”`).join(' + ') });

const t3Row = (id: string): Text => rowName('t3', id);
const t3Column = (id: string): Text => columnName('t3', '', id);

/** Rows of 表三 in one column, summed: 「予以公开」+「部分公开」（总计）. */
export function t3Reading(rows: readonly string[], columns: readonly string[] = ['total'], label?: { zh: string; en: string }): Reading {
  const names = label ? [label] : rows.map(t3Row);
  const cols = columns.map(t3Column);
  const base = quote(
    names.map((n) => n.zh),
    names.map((n) => n.en),
  );
  return {
    keys: rows.flatMap((row) => columns.map((column) => cellKey('t3', row, column))),
    name: {
      zh: `${base.zh}（${cols.map((c) => c.zh).join('+')}）`,
      en: `${base.en} (${cols.map((c) => c.en).join(' + ')})`,
    },
  };
}

/** The rows of a group of results (不予公开, 无法提供, 不予处理, 其他处理) in a format. */
export function t3GroupRows(group: string, version: FormatVersion): string[] {
  return t3ResultRows(version)
    .filter((r) => r.group === group || (group === 'otherHandling' && r.id === 'otherHandling'))
    .map((r) => r.id);
}

/** A group's total, named by the group: 「不予公开」（总计）. */
export function t3GroupReading(group: string, version: FormatVersion): Reading {
  const def = T3_GROUPS.find((g) => g.id === group)!;
  return t3Reading(t3GroupRows(group, version), ['total'], { zh: def.zh, en: def.en });
}

/** The 法人或其他组织 columns of 表三. */
export const ORGANISATION_COLUMNS = ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const;

/** 表四's blocks a topic is about: review, both kinds of litigation, or one. */
export function t4Blocks(topic: Topic): string[] {
  switch (topic) {
    case 'review':
      return ['review'];
    case 'suit':
      return ['suitDirect', 'suitAfterReview'];
    case 'suitDirect':
      return ['suitDirect'];
    case 'suitAfterReview':
      return ['suitAfterReview'];
    default:
      return [];
  }
}

/** An outcome (or the total) of 表四 over some blocks: 行政诉讼「结果维持」 = 未经复议直接起诉 + 复议后起诉. */
export function t4Reading(blocks: readonly string[], outcome: string): Reading {
  const o = T4_OUTCOMES.find((x) => x.id === outcome)!;
  const names = blocks.map((b) => T4_BLOCKS.find((x) => x.id === b)!);
  const zhBlocks = blocks.length === 2 ? '行政诉讼（未经复议直接起诉+复议后起诉）' : names.map((n) => n.zh).join('+');
  const enBlocks = blocks.length === 2 ? 'litigation (without and after review)' : names.map((n) => n.en).join(' + ');
  return {
    keys: blocks.map((b) => cellKey('t4', b, outcome)),
    name: { zh: `${zhBlocks}「${o.zh}」`, en: `${enBlocks}, “${o.en}”` },
  };
}

/** A cell of 表二: 「规范性文件」「本年制发件数」. */
export function t2Reading(row: string, column: string, version: FormatVersion): Reading {
  const section = T2_SECTIONS.find((s) => s.rows.some((r) => r.id === row))!;
  const r = section.rows.find((x) => x.id === row)!;
  const c = section.columns.find((x) => x.id === column && (!x.versions || x.versions.includes(version)))!;
  return { keys: [cellKey('t2', row, column)], name: { zh: `「${r.zh}」「${c.zh}」`, en: `“${r.en}”, “${c.en}”` } };
}
