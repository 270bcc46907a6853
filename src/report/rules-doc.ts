import { CATALOGUE } from '../rules/catalogue/index.js';
import type { Finding } from '../rules/finding.js';
import { quoteSentence } from './sentence.js';
import { describeCell, describeSource } from './source.js';
import { renderMessage } from './message.js';

export interface RuleExample {
  /** The fixture the example comes from, relative to the repository. */
  file: string;
  finding: Finding;
}

const SEVERITY = { error: '错误 error', warning: '警告 warning' } as const;

/** docs/rules.md: the catalogue, each rule with what it checks, an example finding in both languages, and the fix. */
export function renderRulesDoc(examples: ReadonlyMap<string, RuleExample>): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from the rule catalogue (src/rules/catalogue) and the fixtures by `npm run docs`; a test fails when it is out of date. -->',
    '',
    'Every rule has a stable id, used in the output formats, in `xxgk-check.config.json` (`"rules": {"ID": "error" | "warning" | "off"}`),',
    'with `--rule ID=severity`, and in baselines. `xxgk-check rules` lists them on the command line.',
    '',
    '| id | default | what must hold |',
    '|---|---|---|',
    ...CATALOGUE.map((r) => `| [\`${r.id}\`](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title.zh}<br>${r.title.en} |`),
    '',
  ];
  for (const rule of CATALOGUE) {
    lines.push(`## ${rule.id}`, '', `**${SEVERITY[rule.severity]}** · ${rule.tags.join(' · ')}`, '', `${rule.title.zh}  `, rule.title.en, '');
    lines.push('**What it checks**', '', rule.description.zh, '', rule.description.en, '');
    const example = examples.get(rule.id);
    if (example) {
      const cells = example.finding.cells.map((c) => `\`${describeCell(c, 'en')}\`${c.value === null ? '' : ` = ${c.value}`}`).join(', ');
      lines.push(
        `**Example** (\`${example.file}\`)`,
        '',
        `> ${renderMessage(example.finding, 'zh')}`,
        '>',
        `> ${renderMessage(example.finding, 'en')}`,
        '',
        ...(example.finding.sentence ? [`Sentence (\`${describeSource(example.finding.sentence.source, 'en')}\`): 「${quoteSentence(example.finding.sentence)}」`, ''] : []),
        ...(cells ? [`Cells: ${cells}`, ''] : []),
      );
    }
    lines.push('**How to fix**', '', rule.fix.zh, '', rule.fix.en, '');
  }
  return lines.join('\n');
}
