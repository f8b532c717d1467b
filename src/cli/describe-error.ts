import path from 'node:path';
import { printable } from '../diagnostics/printable.js';
import { isRunError, RunError } from '../errors/run-error.js';
import { ConfigError } from '../project/config-error.js';
import { describeFailure, isFailure, words, type Failure, type Lang } from '../i18n/index.js';

/** A RunError in the run's language: its catalogue entry filled with its values (a config's findings each worded). */
export function describeRunError(e: RunError, lang: Lang): { message: string; hint?: string } {
  const { message, hint } = e.describe(lang);
  // Values from a plan, a config, a template, a file name or a browser are in these sentences: one
  // line each, escaped. A config's findings are a line each (ConfigError escapes their values).
  const shown = (e instanceof ConfigError ? message.split('\n') : [message]).map((l) => printable(l)).join('\n');
  return hint ? { message: shown, hint: printable(hint) } : { message: shown };
}

/** Anything that stopped a build, in LANG: a failure value (a RunError is one) from the catalogue, else its own message. */
export function describeError(e: unknown, lang: Lang): { message: string; hint?: string } {
  if (isRunError(e)) return describeRunError(e, lang);
  if (isFailure(e)) return { message: printable(outputFailure(e, lang)) };
  return { message: printable((e as Error)?.message ?? String(e)) };
}

/** Why an output of a plan was not written, in LANG; the booklet's reason says it was the booklet's. */
export function outputFailure(error: Failure, lang: Lang): string {
  const { message } = describeFailure(error, lang);
  return error.params['output'] === 'booklet' && error.code !== 'pdf/not-printed' ? `${words(lang).build.bookletFailed}: ${message}` : message;
}

/** One line (and an indented hint) for stderr. */
export function formatRunError(e: RunError, lang: Lang): string {
  const { message, hint } = describeRunError(e, lang);
  return `studyplan: ${message}${hint ? `\n  ${hint}` : ''}\n`;
}

const WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR']);

/**
 * A system error on writing a file (full disk, read-only or locked folder) is the machine's, not a
 * bug: it becomes the RunError that names the folder, so it is shown like any other.
 */
export function asRunError(e: unknown, cwd: string, folder?: string): RunError | undefined {
  if (isRunError(e)) return e;
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.code !== 'string' || !WRITE_CODES.has(err.code)) return undefined;
  // A write on an open file (ENOSPC on write()) names no path: then the folder being written is the one.
  if (typeof err.path === 'string') return writeFolderError(folderOf(err.path), err.code, cwd);
  return folder ? writeFolderError(folder, err.code, cwd) : undefined;
}

/** A temporary or output file's own folder (out/.x.123.tmp → out); a path without a file name as it is. */
function folderOf(file: string): string {
  return /\.[^/\\]*$/.test(path.basename(file)) ? path.dirname(file) : file;
}

function writeFolderError(folder: string, code: string, cwd: string): RunError {
  const rel = path.relative(cwd, folder);
  const shown = rel.startsWith('..') || path.isAbsolute(rel) ? folder : rel || '.';
  return new RunError('io/write-folder', { folder: shown, code });
}
