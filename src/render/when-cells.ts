import type { TimeRange } from '../plan/types.js';
import { dateStyle, type DateContext } from './date-style.js';
import { formatDateRange, formatSpanTimes, formatTimeRange } from './helpers/dates.js';

/** A date and its times as a calendar's two columns print them (the plan's calendar and the Kurskalender). */
export interface WhenCells {
  dateText: string;
  time: string;
}

/** What a dated node of the plan gives its row: its times, how they read over several days, its weekday choice. */
interface Timed {
  startTime?: string;
  endTime?: string;
  timeRange?: TimeRange;
  weekday?: boolean;
}

/**
 * NODE's row from DATE to END: "24–25 september 2022" (with weekdays, without the year, as the
 * plan wants it: KEYS name the node's date fields), and its times: each day's "10:00–16:00 varje
 * dag", or the start's and the end's "lördag 09:30 – söndag 15:00" (`timeRange`), or as written.
 */
export function whenCells(node: Timed, date: string, end: string | undefined, keys: readonly string[], ctx: DateContext): WhenCells {
  const { labels } = ctx;
  const dateText = formatDateRange(date, end, labels, dateStyle(node, keys, ctx));
  const days = end !== undefined && end !== date;
  if (days && node.timeRange === 'start-to-end' && node.startTime && node.endTime) return { dateText, time: formatSpanTimes(date, node.startTime, end, node.endTime, labels) };
  const time = formatTimeRange(node.startTime, node.endTime) ?? '';
  return { dateText, time: time && days && node.timeRange === 'each-day' ? `${time} ${labels.ui['eachDay'] ?? ''}`.trim() : time };
}
