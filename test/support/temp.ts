import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A fresh folder under the system's temporary folder, removed when the test file ends (the
 * `afterAll` in test/support/setup.ts). Every test makes its temporary folders through here, so a
 * run of `npm test` leaves nothing behind.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `xxgk-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** What the system's temporary folder holds whose name starts with `prefix`: for tests that prove the tool leaves nothing there. */
export function systemTempEntries(prefix: string): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(prefix));
}
