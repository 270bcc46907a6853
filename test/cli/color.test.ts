import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

describe('colour level', () => {
  it.each([
    [{ flag: undefined, env: {}, isTTY: true }, 1],
    [{ flag: undefined, env: {}, isTTY: false }, 0],
    [{ flag: undefined, env: { NO_COLOR: '1' }, isTTY: true }, 0],
    [{ flag: undefined, env: { NO_COLOR: '' }, isTTY: true }, 1],
    [{ flag: undefined, env: { TERM: 'dumb' }, isTTY: true }, 0],
    [{ flag: undefined, env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    [{ flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
    [{ flag: undefined, env: { FORCE_COLOR: 'false' }, isTTY: true }, 0],
    [{ flag: true, env: { NO_COLOR: '1' }, isTTY: false }, 1],
    [{ flag: false, env: { FORCE_COLOR: '3' }, isTTY: true }, 0],
  ])('%j → %i', (input, level) => {
    expect(colorLevel(input)).toBe(level);
  });
});
