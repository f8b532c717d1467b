import { clockTime } from '../../plan/swedish-values.js';
import { fill, type Labels } from '../labels.js';

/** Splits an ISO date (YYYY-MM-DD) without going through Date, so no time zone can shift it. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "2011-10-23" -> "23 oktober 2011" (the label file's pattern and month names). */
export function formatDate(iso: string, labels: Labels): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return fill(labels.datePattern, { day: d.day, month: labels.months[d.month - 1] ?? String(d.month), year: d.year });
}

/** "24–25 september 2022", "30 september–2 oktober 2022", "28 december 2021–2 januari 2022". */
export function formatDateRange(start: string, end: string | undefined, labels: Labels): string {
  const a = parseIsoDate(start);
  const b = end ? parseIsoDate(end) : undefined;
  if (!a || !b || end === start) return formatDate(start, labels);
  const full = formatDate(end!, labels);
  if (a.year !== b.year) return `${formatDate(start, labels)}–${full}`;
  const startMonth = labels.months[a.month - 1] ?? String(a.month);
  // The start without its year (and without its month when both days share it).
  const head = fill(labels.datePattern, { day: a.day, month: a.month === b.month ? '' : startMonth, year: '' })
    .replace(/\s+/g, ' ')
    .trim();
  return `${head}–${full}`;
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
