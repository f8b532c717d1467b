import { describeFailure, type ErrorCode, type Failure } from '../i18n/failure.js';
import type { Lang } from '../i18n/lang.js';
import type { ErrorParams } from '../i18n/text.js';

/** The values a RunError's words are filled with (src/i18n/errors/: the entry of its code). */
export type RunErrorParams = ErrorParams;

/**
 * A failure that stops a command from running at all (exit code 2): a usage mistake, a missing
 * file, an unreadable config, a missing browser, a broken template. It is a value: its code and
 * the values of its words. The command layer words it in the run's language
 * (src/cli/describe-error.ts); `message` and `hint` are the English words, for scripts and logs.
 */
export class RunError extends Error implements Failure {
  override readonly name = 'RunError';
  constructor(
    readonly code: ErrorCode,
    readonly params: RunErrorParams = {},
    options?: ErrorOptions,
  ) {
    super(describeFailure({ code, params }, 'en').message, options);
  }

  /** The English hint, for scripts and logs. */
  get hint(): string | undefined {
    return this.describe('en').hint;
  }

  /** Its words in LANG (the command layer's language for the run): the catalogue entry of its code. */
  describe(lang: Lang): { message: string; hint?: string } {
    return describeFailure(this, lang);
  }
}

export function isRunError(e: unknown): e is RunError {
  return e instanceof RunError;
}

/** A system error's code (ENOENT, EACCES, ENOSPC…), or the message when it has none. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? String((e as Error)?.message ?? e);
}
