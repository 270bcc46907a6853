import type { FileProblem, FileProblemCode, LimitBreach } from './problem-schema.js';

export type { FileProblem, FileProblemCode, LimitBreach } from './problem-schema.js';

export type Result<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: FileProblemCode, detail?: string): Result<never> => ({
  ok: false,
  problem: detail === undefined ? { code } : { code, detail },
});

/** A limit broken: the problem carries the breach, and a plain-words detail for JSON readers. */
export const breached = (code: 'FILE_ZIP_BOMB' | 'FILE_TOO_COMPLEX', breach: LimitBreach): Result<never> => ({
  ok: false,
  problem: { code, detail: describeBreach(breach), breach },
});

function describeBreach({ what, limit, count, part }: LimitBreach): string {
  const where = part ? `${part}: ` : '';
  return `${where}${what} ${count ?? `> ${limit}`}${count !== undefined ? ` > ${limit}` : ''}`;
}

/** Why a conversion through LibreOffice failed, in words the report stage renders (src/report/problems.ts). */
export const CONVERT_MISSING = 'soffice-missing';
export const CONVERT_TIMEOUT = 'soffice-timeout';
