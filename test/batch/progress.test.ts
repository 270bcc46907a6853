import { describe, expect, it } from 'vitest';
import { progressLine, terminalProgress, wantsProgress } from '../../src/batch/progress.js';

describe('the progress bar', () => {
  it('shows count, rate and time left, and fits the terminal', () => {
    expect(progressLine({ done: 50, total: 200, elapsedMs: 1000, current: 'a.xlsx' }, 'zh', 80)).toBe('[#####---------------] 50/200  50 个/秒  剩余 0:03  a.xlsx');
    expect(progressLine({ done: 50, total: 200, elapsedMs: 1000, current: '某'.repeat(40) }, 'en', 60).length).toBeLessThanOrEqual(60);
  });

  it('is drawn on a terminal only, never in CI', () => {
    expect(wantsProgress(true, {})).toBe(true);
    expect(wantsProgress(false, {})).toBe(false);
    expect(wantsProgress(true, { CI: 'true' })).toBe(false);
    expect(wantsProgress(true, { TERM: 'dumb' })).toBe(false);
  });

  it('redraws in place at most ten times a second, and clears itself at the end', () => {
    let out = '';
    let now = 0;
    const bar = terminalProgress(
      (t) => (out += t),
      'en',
      80,
      () => now,
    );
    bar.update(1, 3, 'a.xlsx');
    now = 50;
    bar.update(2, 3, 'b.xlsx');
    now = 60;
    bar.update(3, 3, 'c.xlsx');
    bar.stop();
    expect(out.split('\r\u001b[2K')).toEqual(['', expect.stringContaining('1/3'), expect.stringContaining('3/3'), '']);
  });
});
