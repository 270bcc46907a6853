import { unknownRuleMessage } from '../config/messages.js';
import type { Lang } from '../report/lang.js';
import { findRule } from '../rules/catalogue/index.js';
import type { SeverityOverride } from '../rules/engine.js';

const SETTINGS: readonly SeverityOverride[] = ['error', 'warning', 'off'];

/** `--rule T3_BALANCE=warning` → { T3_BALANCE: 'warning' }, or the sentence saying what is wrong. */
export function parseRuleOptions(values: readonly string[], lang: Lang): Record<string, SeverityOverride> | string {
  const settings: Record<string, SeverityOverride> = {};
  for (const value of values) {
    const match = /^([A-Za-z0-9_]+)=(.*)$/.exec(value.trim());
    if (!match) {
      return lang === 'zh' ? `--rule 的写法是 规则=级别，例如 --rule T3_BALANCE=warning；收到的是“${value}”。` : `--rule takes RULE=severity, e.g. --rule T3_BALANCE=warning; got “${value}”.`;
    }
    const id = match[1]!;
    const level = match[2]! as SeverityOverride;
    if (!findRule(id)) return unknownRuleMessage(id, lang);
    if (!SETTINGS.includes(level)) {
      return lang === 'zh' ? `--rule ${id} 的级别应为 error、warning 或 off，收到的是“${level}”。` : `--rule ${id} takes error, warning or off; got “${level}”.`;
    }
    settings[id] = level;
  }
  return settings;
}
