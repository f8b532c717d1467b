/**
 * Control characters (ESC, CR, LF, the C1 range), line and paragraph separators and the bidi
 * controls that reorder what a terminal shows. Plan text carries them into messages; printed raw,
 * ESC [2K CR could erase a line and print a fake "no problems", an LF a fake `::error` command.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * TEXT with every such character written as an escape (`\n`, `\x1b`, `\u202e`): one line, shown
 * as it is. KEEP names characters left as they are (the GitHub reporter escapes CR and LF its own way).
 */
export function printable(text: string, keep = ''): string {
  return text.replace(UNPRINTABLE, (c) => (keep.includes(c) ? c : escaped(c)));
}

/** One such character as an escape: `\n`, `\x1b`, `\u202e`. */
export function escaped(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.codePointAt(0) ?? 0;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * JSON text (from JSON.stringify) with the characters JSON.stringify leaves raw in strings (DEL,
 * the C1 codes such as CSI, separators, bidi controls) written as `\uXXXX`: the same data, and
 * nothing a terminal or a CI log acts on. They occur only inside strings, so no other text changes.
 */
export function printableJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** Characters of a value that a message quotes; a longer one is cut in the middle. */
export const MAX_QUOTED = 80;

/** VALUE as a message quotes it: printable and at most MAX_QUOTED characters (the start and the end kept). */
export function quotable(value: string): string {
  const chars = Array.from(value);
  const cut = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 21).join('')}…${chars.slice(-20).join('')}` : value;
  return printable(cut);
}
