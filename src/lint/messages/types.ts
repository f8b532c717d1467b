import { quotable } from '../../diagnostics/printable.js';

/** Values a finding carries into its message: names, values and lists as found in the plan. */
export type MessageParams = Record<string, string | number | readonly string[] | undefined>;

/** One rule's texts in one language: the doc line (for docs and SARIF), the message and an optional hint. */
export interface RuleText {
  doc: string;
  message: (p: MessageParams) => string;
  hint?: (p: MessageParams) => string | undefined;
}

export type Catalogue = Record<string, RuleText>;

/** `name` in back-quotes, as messages quote keys and values: cut to a bounded length, control characters escaped. */
export const q = (v: unknown): string => `\`${quotable(String(v))}\``;

/** "a, b or c" / "a, b eller c". */
export function list(items: readonly string[] | undefined, or: string, quote = true): string {
  const xs = (items ?? []).map((i) => (quote ? q(i) : i));
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} ${or} ${xs[xs.length - 1]}`;
}
