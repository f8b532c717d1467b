import { writtenWithoutYear } from '../plan/year-less.js';
import type { DateStyle } from './helpers/dates.js';
import type { Labels } from './labels.js';

/** What a date of the plan is written with: the labels, and the plan's `weekdays` (a weekday before every date). */
export interface DateContext {
  labels: Labels;
  weekdays?: boolean;
  /** Every date with its weekday, short ("lör 12 mars 2027"), whatever the plan or node says: the Kurskalender's date column. */
  shortWeekdays?: boolean;
}

/**
 * How NODE's date at KEY (`date`, `deadline`, `dates.2`) is printed: with its weekday when the
 * node asks for it (`weekday: true`) or the plan does and the node does not refuse; without its
 * year when the plan wrote it without one (`04-25`).
 */
export function dateStyle(node: object, keys: readonly string[], ctx: DateContext): DateStyle {
  const style: DateStyle = {};
  const own = (node as { weekday?: unknown }).weekday;
  if (ctx.shortWeekdays) style.weekday = 'short';
  else if (typeof own === 'boolean' ? own : ctx.weekdays === true) style.weekday = true;
  if (keys.some((key) => writtenWithoutYear(node, key))) style.noYear = true;
  return style;
}
