import { isDate, monthRange, periodRange, type DateRange } from './period-range.js';
import { rawPlanIndex, type IndexedSection, type Mapping, type RawNodes } from './plan-index.js';
import type { PathSegment } from './source-map.js';

/**
 * Dates written as the document writes them, without a year ("Onsdag 25 april" in a plan for the
 * spring of 2018): `04-25` or `--04-25` (ISO 8601's form without a year). The year is the one
 * that puts the day inside the nearest period that holds it: the calendar month of an event, the
 * course's own period, its section's (and theirs above), the plan's. A period of one year (a term,
 * a year, a season July–June, exact dates within a year) gives one year; a span of years gives
 * several, and that is said, as is a day outside every period or a plan without one. An end date
 * is the first such day on or after the start. Everything that reads a plan's dates (lint's date
 * rules, the booklet, the Kurskalender, the calendars, JSON-LD, open data and diff) reads them
 * with their years; the booklet prints a day written without a year without one.
 */

const YEAR_LESS = /^(?:--)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a value is a date written without its year: `04-25` or `--04-25`. */
export const isYearLess = (v: unknown): v is string => typeof v === 'string' && YEAR_LESS.test(v);

/** Why a date without a year has none: no period around it, the day lies outside them all, or a period holds it in several years. */
export type YearProblem = { reason: 'no-period' } | { reason: 'no-such-day' } | { reason: 'outside'; range: DateRange } | { reason: 'ambiguous'; range: DateRange; years: number[] };

export interface YearLessDate {
  /** Where it is written. */
  path: PathSegment[];
  /** As written: "04-25". */
  written: string;
  /** With the year its period gives, "2018-04-25"; absent when none does (then `problem` says why). */
  date?: string;
  problem?: YearProblem;
}

export interface WithYears<T> {
  /** The plan with every date it could place given its year (the same object when it has no date without one). */
  data: T;
  found: YearLessDate[];
}

const done = new WeakMap<object, WithYears<object>>();
const withoutYear = new WeakMap<object, Set<string>>();

/**
 * The plan (as read: any shape) with its dates' years filled in from their periods, as a copy;
 * the same object when no date lacks a year. Once per plan: the copy gives itself back.
 */
export function inferYears<T extends object>(data: T): WithYears<T> {
  let found = done.get(data);
  if (!found) {
    found = fill(data);
    done.set(data, found);
    done.set(found.data, found);
  }
  return found as WithYears<T>;
}

/** Whether NODE's KEY (`date`, `deadline`, `dates.2`) was written without a year: the booklet then prints none. */
export function writtenWithoutYear(node: object, key: string): boolean {
  return withoutYear.get(node)?.has(key) === true;
}

/** The periods a slot's year may come from, nearest first. */
type Periods = readonly (DateRange | undefined)[];

interface Slot {
  path: PathSegment[];
  value: unknown;
  periods: Periods;
  /** For an end date: the start's path, whose day it follows. */
  after?: PathSegment[];
}

function fill<T extends object>(data: T): WithYears<T> {
  const slots = slotsOf(data as Mapping).filter((s) => isYearLess(s.value));
  if (!slots.length) return { data, found: [] };
  const copy = structuredClone(data);
  const found: YearLessDate[] = [];
  for (const slot of slots) {
    const written = slot.value as string;
    const start = slot.after ? valueAt(copy, slot.after) : undefined;
    const placed: Pick<YearLessDate, 'date' | 'problem'> = !isDate(`2000-${monthDay(written)}`)
      ? { problem: { reason: 'no-such-day' } }
      : isDate(start)
        ? following(written, start)
        : place(written, slot.periods);
    found.push({ path: slot.path, written, ...placed });
    if (placed.date) {
      setAt(copy, slot.path, placed.date);
      mark(copy, slot.path);
    }
  }
  return { data: copy, found };
}

/** Every place a plan may write a date without its year, with the periods around it. */
function slotsOf(data: Mapping): Slot[] {
  const index = rawPlanIndex(data);
  const plan = periodRange(data.period);
  const slots: Slot[] = [];
  const dated = (node: Mapping, path: PathSegment[], periods: Periods) => {
    slots.push({ path: [...path, 'date'], value: node.date, periods });
    slots.push({ path: [...path, 'endDate'], value: node.endDate, periods, after: [...path, 'date'] });
    if (Array.isArray(node.dates)) node.dates.forEach((value, i) => slots.push({ path: [...path, 'dates', i], value, periods }));
  };
  for (const c of index.courses) {
    const periods = [periodRange(c.node.period), ...sectionPeriods(c.section), plan];
    for (const d of c.dated) if (d.kind === 'occurrence') dated(d.node, d.path, periods);
    const registration = c.node.registration;
    if (isMapping(registration)) slots.push({ path: [...c.path, 'registration', 'deadline'], value: registration.deadline, periods });
    slots.push({ path: [...c.path, 'nextStart'], value: c.node.nextStart, periods });
  }
  for (const e of index.events) dated(e.node, e.path, [monthRange(e.month.node.month), ...sectionPeriods(e.section), plan]);
  const practical = data.practical;
  if (isMapping(practical) && isMapping(practical.registration)) slots.push({ path: ['practical', 'registration', 'deadline'], value: practical.registration.deadline, periods: [plan] });
  return slots;
}

const sectionPeriods = (section: IndexedSection<RawNodes> | undefined): (DateRange | undefined)[] => (section ? [periodRange(section.node.period), ...sectionPeriods(section.parent)] : []);

/** The year of the nearest period that holds the day in one year. */
function place(written: string, periods: Periods): Pick<YearLessDate, 'date' | 'problem'> {
  const md = monthDay(written);
  let outside: DateRange | undefined;
  for (const range of periods) {
    if (!range) continue;
    const years = yearsIn(md, range);
    if (years.length === 1) return { date: `${years[0]}-${md}` };
    if (years.length > 1) return { problem: { reason: 'ambiguous', range, years } };
    outside ??= range;
  }
  return { problem: outside ? { reason: 'outside', range: outside } : { reason: 'no-period' } };
}

/** An end date: the first such day on or after START (a real day: 2000 was a leap year, so 02-29 is one). */
function following(written: string, start: string): Pick<YearLessDate, 'date'> {
  const md = monthDay(written);
  let year = Number(start.slice(0, 4));
  while (!isDate(`${year}-${md}`) || `${year}-${md}` < start) year++;
  return { date: `${year}-${md}` };
}

const monthDay = (written: string): string => written.replace(/^--/, '');

/** The years in which MM-DD is a real day inside RANGE. */
function yearsIn(md: string, range: DateRange): number[] {
  const years: number[] = [];
  for (let y = Number(range.start.slice(0, 4)); y <= Number(range.end.slice(0, 4)); y++) {
    const date = `${y}-${md}`;
    if (isDate(date) && date >= range.start && date <= range.end) years.push(y);
  }
  return years;
}

const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === 'object' && !Array.isArray(v);

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) v = isMapping(v) || Array.isArray(v) ? (v as Record<string, unknown>)[String(seg)] : undefined;
  return v;
}

function setAt(data: unknown, path: readonly PathSegment[], value: string): void {
  const parent = valueAt(data, path.slice(0, -1)) as Record<string, unknown>;
  parent[String(path[path.length - 1])] = value;
}

/** Notes that the slot at PATH was written without a year: by its node and key (`dates.2` for a list's item). */
function mark(data: unknown, path: readonly PathSegment[]): void {
  const inList = path[path.length - 2] === 'dates';
  const node = valueAt(data, path.slice(0, inList ? -2 : -1)) as object;
  const key = inList ? `dates.${String(path[path.length - 1])}` : String(path[path.length - 1]);
  let keys = withoutYear.get(node);
  if (!keys) withoutYear.set(node, (keys = new Set()));
  keys.add(key);
}
