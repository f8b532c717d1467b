import { quotable } from '../diagnostics/printable.js';

/** Small helpers every catalogue uses to put values into sentences. */

/** `name` in back-quotes, as messages quote keys and values: cut to a bounded length, control characters escaped. */
export const q = (v: unknown): string => `\`${quotable(String(v))}\``;

/** "a, b or c" / "a, b eller c". */
export function list(items: readonly string[] | undefined, or: string, quote = true): string {
  const xs = (items ?? []).map((i) => (quote ? q(i) : i));
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} ${or} ${xs[xs.length - 1]}`;
}

/** "1 plan" / "2 planer": the count and the word in its number. */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Fills "{name}" placeholders; unknown names stay as they are, so a typo shows in the output. */
export function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** Seconds with two decimals under ten seconds, one above; the decimal sign of the language. */
export function seconds(ms: number, comma: boolean): string {
  const s = (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
  return `${comma ? s.replace('.', ',') : s} s`;
}

/** The values a RunError carries into its words. */
export type ErrorParams = Record<string, string | undefined>;
/** A RunError's message and hint in one language. */
export type ErrorWords = (p: ErrorParams) => [message: string, hint?: string | undefined];
