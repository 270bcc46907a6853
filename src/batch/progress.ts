import type { Lang } from '../spec/text.js';
import { printable } from '../width/printable.js';
import { displayWidth, truncateWidth } from '../width/terminal.js';

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
  current: string;
}

/** 「[████░░░░] 37/412  61 个/秒  剩余 0:06  某某局.xlsx」 fitted to the terminal's width. */
export function progressLine(state: ProgressState, lang: Lang, columns: number): string {
  const { done, total, elapsedMs } = state;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : 0;
  const barWidth = 20;
  const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
  const time = `${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`;
  const stats = lang === 'zh' ? `${done}/${total}  ${rate.toFixed(0)} 个/秒  剩余 ${time}` : `${done}/${total}  ${rate.toFixed(0)}/s  ${time} left`;
  const head = `${bar} ${stats}  `;
  return head + truncateWidth(printable(state.current), Math.max(10, columns - displayWidth(head) - 1));
}

export interface Progress {
  update(done: number, total: number, current: string): void;
  stop(): void;
}

/**
 * A progress bar redrawn in place on a terminal's stderr, at most ten times a second. Only made
 * when stderr is a terminal and not in CI; otherwise nothing is written.
 */
export function terminalProgress(write: (text: string) => void, lang: Lang, columns: number, now: () => number = Date.now): Progress {
  const start = now();
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(done, total, current) {
      const time = now();
      if (done < total && time - last < 100) return;
      last = time;
      shown = true;
      write(`\r\u001b[2K${progressLine({ done, total, elapsedMs: time - start, current }, lang, columns)}`);
    },
    stop() {
      if (shown) write('\r\u001b[2K');
    },
  };
}

export function wantsProgress(stderrIsTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return stderrIsTTY && !env.CI && env.TERM !== 'dumb';
}
