import { unknownRuleMessage } from '../config/messages.js';
import type { Lang } from '../spec/text.js';
import { findRule } from '../rules/catalogue/index.js';
import type { SeverityOverride } from '../rules/engine.js';
import { cliMessage } from './messages.js';

const SETTINGS: readonly SeverityOverride[] = ['error', 'warning', 'off'];

/** `--rule T3_BALANCE=warning` → { T3_BALANCE: 'warning' }, or the sentence saying what is wrong. */
export function parseRuleOptions(values: readonly string[], lang: Lang): Record<string, SeverityOverride> | string {
  const settings: Record<string, SeverityOverride> = {};
  for (const value of values) {
    const match = /^([A-Za-z0-9_]+)=(.*)$/.exec(value.trim());
    if (!match) return cliMessage('ruleSyntax', lang, { value });
    const id = match[1]!;
    const level = match[2]! as SeverityOverride;
    if (!findRule(id)) return unknownRuleMessage(id, lang);
    if (!SETTINGS.includes(level)) return cliMessage('ruleLevel', lang, { id, level });
    settings[id] = level;
  }
  return settings;
}
