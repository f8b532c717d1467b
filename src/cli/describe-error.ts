import path from 'node:path';
import { printable } from '../diagnostics/printable.js';
import { isRunError, RunError } from '../errors/run-error.js';
import { words, type Lang } from '../i18n/index.js';

/** A RunError in the run's language: its catalogue entry filled with its values, else its own (English) words. */
export function describeRunError(e: RunError, lang: Lang): { message: string; hint?: string } {
  const entry = e.params ? words(lang).errors[e.code] : undefined;
  const [message, hint] = entry && e.params ? entry(reasonWorded(e.params, lang)) : [e.message, e.hint];
  // Values from a plan, a config, a template, a file name or a browser are in these sentences: one line each, escaped.
  return hint ? { message: printable(message), hint: printable(hint) } : { message: printable(message) };
}

/** `reason` given as a system error code (ENOSPC) is worded; anything else is shown as it is. */
function reasonWorded(params: Record<string, string | undefined>, lang: Lang): Record<string, string | undefined> {
  const code = params['code'];
  if (params['reason'] !== undefined || !code) return params;
  return { ...params, reason: /^E[A-Z]+$/.test(code) ? words(lang).systemReason(code) : code };
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
  return new RunError(`cannot write into the folder ${shown}: ${code}`, undefined, 'io/write-folder', { folder: shown, code });
}
