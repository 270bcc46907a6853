import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONVERT_MISSING, CONVERT_TIMEOUT, fail, ok, type Result } from '../read/problem.js';

export interface ConvertOptions {
  /** The LibreOffice command; `soffice` on PATH by default. */
  command?: string;
  timeoutMs?: number;
}

/**
 * Converts an .xls, .et or .ods to .xlsx, or a .doc, .wps, .rtf or .odt to .docx, with LibreOffice
 * where it is installed, and returns the new file's bytes. Everything happens in a fresh temporary folder: the input is copied there first,
 * because LibreOffice writes a lock file beside any document it opens, and the copy, the output and
 * LibreOffice's own profile are deleted afterwards. Nothing is ever written next to the input.
 */
export async function convertWithLibreOffice(path: string, to: 'xlsx' | 'docx', options: ConvertOptions = {}): Promise<Result<Uint8Array>> {
  const work = await mkdtemp(join(tmpdir(), workPrefix()));
  try {
    // A plain ASCII name: LibreOffice's command line and output naming are safest without others.
    const input = join(work, `input${extensionOf(path)}`);
    await copyFile(path, input);
    const outDir = join(work, 'out');
    const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, input];
    const ran = await run(options.command ?? 'soffice', args, options.timeoutMs ?? 120_000, (pid) => writeFileSync(join(work, PID_FILE), String(pid)));
    if (ran !== 0) return fail('FILE_CONVERT_FAILED', typeof ran === 'string' ? ran : `soffice exit ${ran}`);
    const made = (await readdir(outDir).catch(() => [])).find((name) => name.endsWith(`.${to}`));
    if (!made) return fail('FILE_CONVERT_FAILED', `soffice wrote no .${to}`);
    return ok(await readFile(join(outDir, made)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * A conversion's folder is named after the process (worker threads share its id), so that an
 * interrupted run, whose workers die before their `finally`, can find its own folders and end the
 * LibreOffice each one started (its own process group, which a terminal's Ctrl-C does not reach).
 */
const workPrefix = () => `xxgk-convert-${process.pid}-`;
const PID_FILE = 'soffice.pid';

/** Ends the LibreOffice of every conversion this process has under way and removes their folders; synchronous, for a signal handler. */
export function removeUnfinishedConversions(): void {
  const prefix = workPrefix();
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const work = join(tmpdir(), name);
    try {
      process.kill(-Number(readFileSync(join(work, PID_FILE), 'utf8')), 'SIGKILL');
    } catch {
      // Not started yet, or ended already.
    }
    rmSync(work, { recursive: true, force: true });
  }
}

function extensionOf(path: string): string {
  const match = /\.[A-Za-z0-9]{1,5}$/.exec(basename(path));
  return match ? match[0].toLowerCase() : '.xls';
}

/** Runs a command in its own process group, so a timeout ends LibreOffice's child processes too. */
function run(command: string, args: string[], timeoutMs: number, started: (pid: number) => void): Promise<number | string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    if (child.pid !== undefined) started(child.pid);
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve(CONVERT_TIMEOUT);
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code === 'ENOENT' ? CONVERT_MISSING : `soffice: ${error.code ?? error.message}`);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
  });
}
