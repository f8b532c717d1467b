import path from 'node:path';
import { RunError } from '../errors/run-error.js';

/**
 * Windows does not let a file that a program holds open (a PDF in Acrobat or Edge, an HTML file
 * in an editor) be replaced: the rename onto it fails with EBUSY, EPERM or EACCES. Virus scanners
 * and the search indexer hold new files for a moment too, so the rename is tried a few times
 * before the user is asked to close the file.
 */
export interface RenameOptions {
  platform?: NodeJS.Platform;
  /** Waits between tries, in ms (tests pass short ones). */
  retryDelaysMs?: readonly number[];
}

export function isLockedError(e: unknown, platform: NodeJS.Platform): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  // EBUSY means "in use" everywhere; EPERM/EACCES mean it on Windows, permissions elsewhere.
  return code === 'EBUSY' || (platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
}

/** Renames FROM onto FILE, retrying a held file; a file still held is a RunError (io/locked) that names it. */
export async function renameOver(rename: (from: string, to: string) => Promise<void>, from: string, file: string, options: RenameOptions = {}): Promise<void> {
  const platform = options.platform ?? process.platform;
  const delays = options.retryDelaysMs ?? [50, 150, 400];
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, file);
      return;
    } catch (e) {
      if (!isLockedError(e, platform)) throw e;
      const delay = delays[attempt];
      if (delay === undefined) {
        const name = (platform === 'win32' ? path.win32 : path).basename(file);
        throw new RunError('io/locked', { name });
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
