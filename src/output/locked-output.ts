import path from 'node:path';
import { RunError } from '../errors/run-error.js';
import { wordsLang } from '../errors/words-lang.js';

/**
 * Windows does not let a file that a program holds open (a PDF in Acrobat or Edge, an HTML file
 * in an editor) be replaced: the rename onto it fails with EBUSY, EPERM or EACCES. Virus scanners
 * and the search indexer hold new files for a moment too, so the rename is tried a few times
 * before the user is asked to close the file.
 */
const WORDS = {
  en: (name: string) => `${name} is open in another program: close ${name} in your PDF viewer and build again.`,
  sv: (name: string) => `${name} är öppen i ett annat program: stäng ${name} i din PDF-läsare och bygg igen.`,
  nb: (name: string) => `${name} er åpen i et annet program: lukk ${name} i PDF-leseren din og bygg på nytt.`,
};
export const LOCKED_WORDS = WORDS;

export interface RenameOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
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
        throw new RunError(WORDS[wordsLang(options.env)](name), undefined, 'io/locked');
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
