import { squash } from '../locate/normalize.js';

/** An agency a supervisor expects a report from, with the other names it goes by. */
export interface Unit {
  name: string;
  aliases: string[];
}

const key = (text: string) => squash(text).replace(/[\p{P}\p{S}]/gu, '');

/** A list's names and aliases as compared, made once a list: a province's batch matches every file against the same list. */
const PREPARED = new WeakMap<readonly Unit[], { unit: Unit; name: string }[]>();
function namesOf(units: readonly Unit[]): { unit: Unit; name: string }[] {
  let names = PREPARED.get(units);
  if (!names) {
    names = units.flatMap((unit) => [unit.name, ...unit.aliases].map((n) => ({ unit, name: key(n) }))).filter((n) => n.name.length > 0);
    PREPARED.set(units, names);
  }
  return names;
}

/**
 * The unit a workbook is from: its title's agency equal to a name or alias; failing that, the
 * longest name or alias found inside the title's agency or the file's name.
 */
export function matchUnit(units: readonly Unit[], texts: readonly (string | undefined)[]): Unit | undefined {
  const names = namesOf(units);
  const candidates = texts.filter((t): t is string => Boolean(t)).map(key);
  for (const text of candidates) {
    const exact = names.find((n) => n.name === text);
    if (exact) return exact.unit;
  }
  let best: { unit: Unit; name: string } | undefined;
  for (const text of candidates) {
    for (const n of names) if (text.includes(n.name) && (!best || n.name.length > best.name.length)) best = n;
  }
  return best?.unit;
}
