/**
 * A failure that stops a command from running at all (exit code 2): a usage mistake, a missing
 * file, an unreadable config, a missing browser, a broken template. `message` is one line meant
 * for the user; `hint` says how to fix it.
 */
export class RunError extends Error {
  override readonly name = 'RunError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly code: string = 'run',
  ) {
    super(message);
  }
}

export function isRunError(e: unknown): e is RunError {
  return e instanceof RunError;
}
