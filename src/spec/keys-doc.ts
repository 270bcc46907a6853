import { cellKey } from './keys.js';
import { T3_COLUMNS, T3_ROWS, T4_BLOCKS, T4_OUTCOMES, T2_SECTIONS } from './tables.js';

/** docs/keys.md: every canonical key of the model, generated from the table specification. */
export function renderKeysDoc(): string {
  const lines = [
    '# Canonical keys',
    '',
    '<!-- Generated from src/spec/tables.ts by `npm run docs`; a test fails when it is out of date. -->',
    '',
    'Every value of a report has a key `<table>.<row>.<column>`. Findings name their cells by these keys',
    '(`cells[].key` in `--format json`), configuration and baselines refer to them, and the library',
    'exposes the model as `report.cells[key]`, each with its source sheet, A1 address and raw text.',
    '',
    '## 表三 `t3.<row>.<column>`',
    '',
    `Columns: ${T3_COLUMNS.map((c) => `\`${c.id}\` ${c.label}`).join(' · ')}.`,
    '',
    '| row | code | official label | formats | example key |',
    '|---|---|---|---|---|',
    ...T3_ROWS.map((r) => `| \`${r.id}\` | ${r.code} | ${r.label} | ${(r.versions ?? ['2019', '2021']).join(', ')} | \`${cellKey('t3', r.id, 'natural')}\` |`),
    '',
    '## 表四 `t4.<block>.<outcome>`',
    '',
    `Outcomes: ${T4_OUTCOMES.map((o) => `\`${o.id}\` ${o.label}`).join(' · ')}.`,
    '',
    '| block | official label | example key |',
    '|---|---|---|',
    ...T4_BLOCKS.map((b) => `| \`${b.id}\` | ${b.label} | \`${cellKey('t4', b.id, 'total')}\` |`),
    '',
    '## 表二 `t2.<row>.<column>`',
    '',
    '| section | row | official label | columns (format) |',
    '|---|---|---|---|',
    ...T2_SECTIONS.flatMap((s) =>
      s.rows.map(
        (r) =>
          `| 第二十条第（${s.item}）项 | \`${r.id}\` | ${r.label}${r.alternates ? `（2019：${r.alternates.join('、')}）` : ''} | ${s.columns
            .filter((c) => r.versions === undefined || c.versions === undefined || c.versions.some((v) => r.versions!.includes(v)))
            .map((c) => `\`${c.id}\` ${c.label} (${(c.versions ?? []).join(', ')})`)
            .join('<br>')} |`,
      ),
    ),
    '',
  ];
  return lines.join('\n');
}
