import { isDate } from './period-range.js';

/** The days an occasion or event takes place on, as everything that dates one reads them (calendars, JSON-LD, lint). */

interface Dated {
  date?: unknown;
  endDate?: unknown;
  dates?: unknown;
  dateStatus?: unknown;
}

/** Whether an occasion's date is still open: agreed in the group (`to-be-agreed`) or announced later. */
export const dateOpen = (o: Dated): boolean => o.dateStatus === 'to-be-agreed' || o.dateStatus === 'to-be-announced';

/**
 * The dates an occasion is entered under, one entry each: its list of dates, or its first day
 * (its end date goes with it). None while its date is open, and none that is no date (a date
 * without a year no period could place: lint's error, never a calendar entry).
 */
export function occasionDates(o: Dated): string[] {
  if (dateOpen(o)) return [];
  const list = Array.isArray(o.dates) ? o.dates : o.date !== undefined ? [o.date] : [];
  return list.filter(isDate);
}

/** Every day from START to END inclusive (START alone when END is not after it), at most LIMIT of them. */
export function daysFrom(start: string, end: unknown, limit = 366): string[] {
  const days = [start];
  if (!isDate(end) || end <= start) return days;
  const t = new Date(`${start}T00:00:00Z`);
  while (days.length < limit) {
    t.setUTCDate(t.getUTCDate() + 1);
    const day = t.toISOString().slice(0, 10);
    if (day > end) break;
    days.push(day);
  }
  return days;
}
