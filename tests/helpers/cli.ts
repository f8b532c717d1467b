import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** The compiled CLI's entry (dist/cli/main.js, the module the bin imports), typed by its source. */
type Main = typeof import('../../src/cli/main.js').main;
let compiledMain: Promise<Main> | undefined;

/**
 * Runs `studyplan ARGS` in CWD inside this process: main() of the compiled CLI (dist/, the code
 * the bin runs), with a captured stdout and stderr and the same environment as runCli. A spawned
 * bin spends some 0.2 s of CPU starting node and loading its modules before it does anything; a
 * test of what a command says and writes does not need that. What needs a process of its own (the
 * bin's start-up, a signal, a closed pipe, a memory cap, a hang) uses runCli.
 */
export async function runMain(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runMainWithEnv(cwd, args, { ...process.env, ...TEST_LOCALE, NO_COLOR: '1', ...env });
}

/** runMain with ENV as the whole environment the command sees. */
export async function runMainWithEnv(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  compiledMain ??= import(pathToFileURL(path.join(ROOT, 'dist/cli/main.js')).href).then((m: { main: Main }) => m.main);
  const main = await compiledMain;
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env, cwd });
  return { code, stdout, stderr };
}
