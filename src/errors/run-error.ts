/** The values a RunError's words are filled with (src/i18n/: `errors[code]`). */
export type RunErrorParams = Record<string, string | undefined>;

/**
 * A failure that stops a command from running at all (exit code 2): a usage mistake, a missing
 * file, an unreadable config, a missing browser, a broken template. `message` and `hint` are the
 * English words, for scripts and logs; the command layer words it in the run's language from the
 * catalogue entry of `code`, filled with `params` (src/cli/describe-error.ts).
 */
export class RunError extends Error {
  override readonly name = 'RunError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly code: string = 'run',
    readonly params?: RunErrorParams,
  ) {
    super(message);
  }
}

export function isRunError(e: unknown): e is RunError {
  return e instanceof RunError;
}

/** A system error's code (ENOENT, EACCES, ENOSPC…), or the message when it has none. */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? String((e as Error)?.message ?? e);
}
