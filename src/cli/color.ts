import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorInput {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

/**
 * Colour level for a stream. chalk reads FORCE_COLOR and argv but ignores NO_COLOR, so the level is
 * decided here: the flag, then NO_COLOR (https://no-color.org), then FORCE_COLOR, then a terminal.
 */
export function colorLevel({ flag, env, isTTY }: ColorInput): 0 | 1 | 2 | 3 {
  if (flag !== undefined) return flag ? 1 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number(force);
    return Number.isInteger(level) && level >= 0 && level <= 3 ? (level as 0 | 1 | 2 | 3) : 1;
  }
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

export function makeChalk(input: ColorInput): ChalkInstance {
  return new Chalk({ level: colorLevel(input) });
}
