import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the real bin the end-to-end tests run (compiled by `npm test`'s pretest). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin/studyplan.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The locale the end-to-end tests run in unless a test names its own: English, so that a test's
 * expected text does not depend on the machine's locale (with none, studyplan speaks Swedish).
 */
export const TEST_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' } as const;

/** Runs `studyplan ARGS` in CWD as a user would, without colours; ENV adds to the environment. */
export function runCli(cwd: string, args: readonly string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
