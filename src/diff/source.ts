import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isRunError, RunError } from '../errors/run-error.js';
import { inputRoot, readInputSync } from '../files/safe-read.js';
import { MAX_PLAN_BYTES } from '../plan/load.js';

/** A version of a plan: its bytes and the name diagnostics and headings use. */
export interface PlanSource {
  /** As the user wrote it: plans/x.yaml or HEAD~1:plans/x.yaml. */
  source: string;
  bytes: Buffer;
}

/** REV:PATH, as git show takes it; not a Windows drive (C:\…). */
const REVISION = /^([^:]+):(.+)$/;

/**
 * Reads OLD or NEW of `studyplan diff`: a file when one exists at ARG, else REV:PATH read with
 * `git show` (run directly, no shell, in CWD; PATH is from the repository's top, or ./PATH from
 * CWD, as git has it). A missing file, an unknown revision, a path not in it: RunError (exit 2).
 */
export async function readPlanSource(arg: string, cwd: string): Promise<PlanSource> {
  const file = path.resolve(cwd, arg);
  if (existsSync(file)) {
    try {
      return { source: arg, bytes: readInputSync(file, { root: inputRoot(file, cwd), limit: MAX_PLAN_BYTES }) };
    } catch (e) {
      if (!isRunError(e)) throw e;
      if (e.code === 'input/not-a-file' && e.params?.['type'] === 'folder') throw new RunError('io/directory', { file: arg });
      throw e.code === 'input/too-large' ? tooLarge(arg) : e;
    }
  }
  const rev = REVISION.exec(arg);
  if (!rev || /^[A-Za-z]:[\\/]/.test(arg)) {
    throw new RunError('io/not-found', { arg });
  }
  const [, revision = '', inside = ''] = rev;
  // A revision starting with "-" would be read by git as an option.
  if (revision.startsWith('-')) throw new RunError('diff/revision', { arg, dash: 'yes' });
  return { source: arg, bytes: await gitShow(`${revision}:${inside}`, arg, cwd) };
}

function gitShow(object: string, arg: string, cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['show', '--no-textconv', object, '--'],
      { cwd, encoding: 'buffer', maxBuffer: MAX_PLAN_BYTES, windowsHide: true, env: { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const e = error as NodeJS.ErrnoException & { code?: string | number };
        if (e.code === 'ENOENT') return reject(new RunError('diff/no-git', { arg }));
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return reject(tooLarge(arg));
        const said =
          stderr
            .toString('utf8')
            .split('\n')
            .find((l) => l.trim()) ?? e.message;
        const detail = said.replace(/^fatal:\s*/, '').trim();
        reject(
          new RunError('diff/revision', {
            arg,
            detail,
          }),
        );
      },
    );
  });
}

function tooLarge(arg: string): RunError {
  return new RunError('io/too-large', { arg, mb: String(MAX_PLAN_BYTES / 1024 / 1024) });
}
