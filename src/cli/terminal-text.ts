import { escaped } from '../diagnostics/printable.js';
import type { CliIO } from './io.js';

/**
 * The one door to the terminal and the CI log. Every write of a command passes here: a control
 * character, a C1 code, a line or paragraph separator or a bidi control that is not one of the
 * CLI's own is written as an escape (`\x1b`, `\u202e`). The CLI's own are the line end, colour
 * (SGR: ESC [ digits m) and, at the start of a write, the live progress line's "back to column one
 * and clear" (CR ESC [ K). A value that reached a sentence unescaped can then still not erase a
 * line or move the cursor; that no value adds a line of its own (a forged `::error`) is the
 * sentence's job: values are made printable where they are put into words (describe-error.ts,
 * progress.ts, the reporters).
 */
// eslint-disable-next-line no-control-regex -- these are the characters this guards against
const FOREIGN = /^\r\x1b\[K|\x1b\[[0-9;]*m|\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function terminalText(text: string): string {
  return text.replace(FOREIGN, (c) => (c.length > 1 || c === '\n' ? c : escaped(c)));
}

/** IO whose stdout and stderr go through terminalText. */
export function terminalIO(io: CliIO): CliIO {
  return { ...io, stdout: (t) => io.stdout(terminalText(t)), stderr: (t) => io.stderr(terminalText(t)) };
}
