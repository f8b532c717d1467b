import { LANGS, type Lang } from './lang.js';

/** The seven days, Monday first (ISO 8601), in LANG as Intl writes them in STYLE. 2024-01-01 was a Monday. */
function daysOf(lang: Lang, style: 'long' | 'short'): readonly string[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

// Made when first asked for: Intl's first use costs some 40 ms (ICU's start), which a lint of
// plans that name no weekday, and each of its worker threads, need not pay.
const long = new Map<Lang, readonly string[]>();
const short = new Map<Lang, readonly string[]>();

/**
 * The days of the week in LANG, Monday first (ISO 8601), as they are written in the middle of a
 * sentence (Intl's: "onsdag", "Wednesday"). Lint reads a plan's own words with them (a weekday
 * named in `asWritten` is checked against the date, in whichever of the four languages it is
 * written) and names the date's weekday in its message; a template whose labels have no
 * `weekdays` prints these.
 */
export function weekdayNames(lang: Lang): readonly string[] {
  let days = long.get(lang);
  if (!days) long.set(lang, (days = daysOf(lang, 'long')));
  return days;
}

/**
 * The short names, Monday first, as Intl writes them (`weekday: 'short'`) without the trailing
 * full stop of nb and da, which a column of dates does not need: the Kurskalender's "lör 12 mars".
 */
export function shortWeekdayNames(lang: Lang): readonly string[] {
  let days = short.get(lang);
  if (!days) short.set(lang, (days = daysOf(lang, 'short').map((d) => d.replace(/\.$/, ''))));
  return days;
}

/** 0 for Monday … 6 for Sunday, of an ISO date YYYY-MM-DD (a calendar date, no time zone). */
export function weekdayIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** A weekday a text names: which one, the word as written and where, and the day of the month right after it ("onsdag 25 april"). */
export interface NamedWeekday {
  weekday: number;
  word: string;
  /** "onsdag den 25.", "onsdag 25 april": 25; absent before a clock time ("lördag 09:30") or nothing. */
  dayOfMonth?: number;
}

/** Each language's names, lower-case, with their day: Swedish, Norwegian, Danish and English alike. */
let names: readonly [string, number][] | undefined;
const allNames = () => (names ??= [...new Map(LANGS.flatMap((lang) => weekdayNames(lang).map((n, i) => [n.toLowerCase(), i] as [string, number]))).entries()]);

/**
 * The weekdays TEXT names, in any of the four languages, in order: a word that is a weekday's
 * name or its inflection ("lördagen", "onsdagar", "søndagene", "Wednesdays"; at most four letters
 * more), not a compound ("fredagskväll" names an evening).
 */
export function namedWeekdays(text: string): NamedWeekday[] {
  const found: NamedWeekday[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const named = allNames().find(([name]) => lower.startsWith(name) && lower.length - name.length <= 4);
    if (!named) continue;
    const after = /^\s+(?:den\s+|d\.\s*)?(\d{1,2})(?!\d)(?![:.]\d)/.exec(text.slice(m.index + word.length));
    found.push({ weekday: named[1], word, ...(after ? { dayOfMonth: Number(after[1]) } : {}) });
  }
  return found;
}
