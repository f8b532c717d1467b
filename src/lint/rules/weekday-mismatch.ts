import { namedWeekdays, weekdayIndex } from '../../i18n/weekdays.js';
import { daysFrom } from '../../plan/occasion-days.js';
import { isDate } from '../../plan/period-range.js';
import type { Rule } from './types.js';
import { arr, coursesOf, eventsOf, str, type Obj, type Path } from './walk.js';

/** Days beyond this in one range are not listed: a weekday then names one of them anyway. */
const MAX_DAYS = 31;

/** The days an occasion or event takes place on (its list of dates, or its range), and whether they are a series. */
function itemDays(node: Obj): { days: string[]; series: boolean } {
  const dates = arr(node.dates).filter(isDate);
  if (dates.length) return { days: dates, series: dates.length > 1 };
  const date = str(node.date);
  return { days: isDate(date) ? daysFrom(date, node.endDate, MAX_DAYS) : [], series: false };
}

/**
 * The words a plan writes for a date (`asWritten` of an occasion, a calendar event, a registration
 * or the plan's place-and-date line) name a weekday the date has: "Onsdag 25 april" on a
 * Wednesday. A weekday before a day of the month is checked against that day; one alone against
 * every day of the occasion (a weekend's "lördag 09:30 – söndag 15:00"); a series written with
 * one weekday ("onsdagar") must fall on it every time. In Swedish, Norwegian, Danish or English, whatever the plan's language.
 */
export const weekdayMismatch: Rule = {
  id: 'plan/weekday-mismatch',
  severity: 'warning',
  under: ['registration'],
  check({ data, mappingsUnder, report }) {
    const check = (words: unknown, days: string[], series: boolean, path: Path) => {
      if (typeof words !== 'string' || !days.length) return;
      const named = namedWeekdays(words);
      const told = new Set<string>();
      const tell = (word: string, wrong: string[]) => {
        const fresh = wrong.filter((d) => !told.has(d));
        fresh.forEach((d) => told.add(d));
        if (fresh.length) report(path, found(word, fresh), 'value', word);
      };
      for (const n of named) {
        const dated = n.dayOfMonth === undefined ? undefined : days.find((d) => Number(d.slice(8)) === n.dayOfMonth);
        if (dated && weekdayIndex(dated) !== n.weekday) tell(n.word, [dated]);
        if (n.dayOfMonth === undefined && !days.some((d) => weekdayIndex(d) === n.weekday)) tell(n.word, days);
      }
      // A series written with one weekday ("onsdagar 4, 11 och 18 april"): each date on it.
      const first = named[0];
      if (series && first && named.every((n) => n.weekday === first.weekday)) {
        for (const odd of days.filter((d) => weekdayIndex(d) !== first.weekday)) tell(first.word, [odd]);
      }
    };
    const occasion = (node: Obj, path: Path) => {
      const { days, series } = itemDays(node);
      check(node.asWritten, days, series, [...path, 'asWritten']);
    };
    for (const c of coursesOf(data)) for (const d of c.dated) if (d.kind === 'occurrence') occasion(d.node, d.path);
    for (const e of eventsOf(data)) occasion(e.node, e.path);
    for (const r of mappingsUnder('registration')) {
      const deadline = str(r.node.deadline);
      if (isDate(deadline)) check(r.node.asWritten, [deadline], false, [...r.path, 'asWritten']);
    }
    const issued = (data.issued ?? {}) as Obj;
    if (isDate(str(issued.date))) check(issued.asWritten, [str(issued.date)!], false, ['issued', 'asWritten']);
  },
};

/** The finding's values: the word, and the days it does not fit with their weekdays (0 = Monday). */
function found(word: string, days: string[]): Record<string, string | readonly string[]> {
  return { word, dates: days, weekdays: days.map((d) => String(weekdayIndex(d))) };
}
