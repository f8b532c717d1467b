/** Values a finding carries into its message: names, values and lists as found in the plan. */
export type MessageParams = Record<string, string | number | readonly string[] | undefined>;

/** One rule's texts in one language: the doc line (for docs and SARIF), the message and an optional hint. */
export interface RuleText {
  doc: string;
  message: (p: MessageParams) => string;
  hint?: (p: MessageParams) => string | undefined;
}

/**
 * The rules' part of one language's catalogue (see src/i18n/): the rule texts stay beside the
 * rules so that a new rule and its words land together; tests/unit/i18n.test.ts checks that
 * sv, en, nb and da have the same rules.
 */
export type Catalogue = Record<string, RuleText>;

export { list, q } from '../../i18n/text.js';

/** The dates of a plan/weekday-mismatch finding, each with its weekday from NAMES (Monday first). */
export function weekdayDates(p: MessageParams, names: readonly string[]): { date: string; weekday: string }[] {
  const dates = Array.isArray(p.dates) ? (p.dates as readonly string[]) : [];
  const weekdays = Array.isArray(p.weekdays) ? (p.weekdays as readonly string[]) : [];
  return dates.map((date, i) => ({ date, weekday: names[Number(weekdays[i])] ?? '' }));
}
