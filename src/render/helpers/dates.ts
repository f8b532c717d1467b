import { clockTime } from '../../plan/swedish-values.js';
import { weekdayIndex } from '../../i18n/weekdays.js';
import { fill, type Labels } from '../labels.js';

/** Splits an ISO date (YYYY-MM-DD) without going through Date, so no time zone can shift it. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** " – " between the ends of a range of several words, kept with the first end: a line breaks after the dash, never before it. */
const SPACED_DASH = '\u00a0– ';

/** How a date is written: with its weekday ("onsdag 25 april 2018", short "ons 25 april 2018"), without its year ("25 april", as the plan wrote it). */
export interface DateStyle {
  weekday?: boolean | 'short';
  noYear?: boolean;
}

/** "2011-10-23" -> "23 oktober 2011" (the label file's pattern and month names); "söndag 23 oktober 2011", "23 oktober" by STYLE. */
export function formatDate(iso: string, labels: Labels, style: DateStyle = {}): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  const month = labels.months[d.month - 1] ?? String(d.month);
  const date = style.noYear ? dayAndMonth(d.day, month, labels) : fill(labels.datePattern, { day: d.day, month, year: d.year });
  return style.weekday ? withWeekday(iso, date, labels, style.weekday === 'short') : date;
}

/** "25 april", "25. april": the label file's pattern without its year. */
function dayAndMonth(day: number, month: string, labels: Labels): string {
  return fill(labels.datePattern, { day, month, year: '' }).replace(/\s+/g, ' ').trim();
}

/** The weekday's name of an ISO date in the labels' language ("onsdag", SHORT "ons"); '' when the labels have none. */
export function weekdayName(iso: string, labels: Labels, short = false): string {
  return parseIsoDate(iso) ? ((short ? labels.weekdaysShort : labels.weekdays)?.[weekdayIndex(iso)] ?? '') : '';
}

/** DATE with its weekday before it, by the labels' pattern: "onsdag 25 april 2018", "onsdag den 25. april 2018", short "ons 25 april 2018". */
function withWeekday(iso: string, date: string, labels: Labels, short = false): string {
  const weekday = weekdayName(iso, labels, short);
  // A short weekday heads a date in a column ("lør 18. oktober"), kept with its day (a no-break space);
  // the sentence's "lørdag den 18." is no column's.
  const pattern = short ? '{weekday}\u00a0{date}' : (labels.ui['weekdayDate'] ?? '{weekday} {date}');
  return weekday ? fill(pattern, { weekday, date }) : date;
}

/**
 * "24–25 september 2022", "30 september–2 oktober 2022", "28 december 2021–2 januari 2022"; with
 * weekdays both ends have theirs, apart: "lördag 24 – söndag 25 september 2022"; without the
 * year as the plan wrote it: "24–25 september".
 */
export function formatDateRange(start: string, end: string | undefined, labels: Labels, style: DateStyle = {}): string {
  const a = parseIsoDate(start);
  const b = end ? parseIsoDate(end) : undefined;
  if (!a || !b || end === start) return formatDate(start, labels, style);
  const full = formatDate(end!, labels, style);
  const dash = style.weekday ? SPACED_DASH : '–';
  if (a.year !== b.year) return `${formatDate(start, labels, style)}${dash}${full}`;
  const startMonth = labels.months[a.month - 1] ?? String(a.month);
  // The start without its year (and without its month when both days share it).
  const head = fill(labels.datePattern, { day: a.day, month: a.month === b.month ? '' : startMonth, year: '' })
    .replace(/\s+/g, ' ')
    .trim();
  return `${style.weekday ? withWeekday(start, head, labels, style.weekday === 'short') : head}${dash}${full}`;
}

/**
 * An occasion from a time on its first day to a time on its last ("timeRange: start-to-end"):
 * "lördag 24 september, 09:30 – söndag 25 september 2022, 15:00", the year once, at the end.
 */
export function formatSpan(start: string, startTime: string, end: string, endTime: string, labels: Labels, style: DateStyle = {}): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const from = formatDate(start, labels, { ...style, noYear: style.noYear === true || sameYear });
  return `${from}, ${formatTimeRange(startTime)}${SPACED_DASH}${formatDate(end, labels, style)}, ${formatTimeRange(endTime)}`;
}

/**
 * The times of such an occasion for a calendar's time column, beside its dates: "lördag 09:30 –
 * söndag 15:00" (within a week the weekdays tell the days apart), else "24 september 09:30 – 2 oktober 15:00".
 */
export function formatSpanTimes(start: string, startTime: string, end: string, endTime: string, labels: Labels): string {
  const a = parseIsoDate(start);
  const week = a && Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`) < 7 * 86_400_000;
  const day = (iso: string) => (week && weekdayName(iso, labels)) || formatDate(iso, labels, { noYear: true });
  return `${day(start)} ${formatTimeRange(startTime)}${SPACED_DASH}${day(end)} ${formatTimeRange(endTime)}`;
}

/**
 * "18.30" and "09:30" -> "18:30–…": every clock time of a booklet printed one way (HH:MM, as the
 * schema describes it), whichever of the two the plan wrote; joined with an en dash.
 */
export function formatTimeRange(start?: string, end?: string): string | undefined {
  if (!start) return undefined;
  const shown = (t: string) => clockTime(t) ?? t;
  return end ? `${shown(start)}–${shown(end)}` : shown(start);
}

/** "2022-09" -> "september 2022". */
export function formatMonth(yearMonth: string, labels: Labels): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!m) return yearMonth;
  return `${labels.months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
