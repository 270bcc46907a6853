import { findRule } from '../rules/catalogue/index.js';
import type { Rule } from '../rules/rule.js';
import { importModule } from '../node/import-module.js';

/** A rule as a worker is told of it: a catalogue rule by id, a rule of the caller's own by id and the module that exports it. */
export interface RuleRef {
  id: string;
  module?: string;
}

const loaded = new Map<string, Promise<Record<string, unknown>>>();

/** The rules a task names: the catalogue's by id, others from their modules (exported by name, as default, or in an array). */
export async function resolveRules(refs: readonly RuleRef[]): Promise<Rule[]> {
  return Promise.all(
    refs.map(async (ref) => {
      if (!ref.module) {
        const rule = findRule(ref.id);
        if (!rule) throw new Error(`unknown rule ${ref.id}`);
        return rule;
      }
      if (!loaded.has(ref.module)) loaded.set(ref.module, importModule(ref.module) as Promise<Record<string, unknown>>);
      const exports = Object.values(await loaded.get(ref.module)!).flatMap((v): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [v]));
      const rule = exports.find((v): v is Rule => typeof v === 'object' && v !== null && (v as Rule).id === ref.id);
      if (!rule) throw new Error(`${ref.module} exports no rule ${ref.id}`);
      return rule;
    }),
  );
}
