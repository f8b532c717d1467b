import { courseAnchors, planIndex, shownIn, type CourseDate, type DatedItem } from '../plan/plan-index.js';
import type { Registration, StudyPlan } from '../plan/types.js';
import type { Labels } from './labels.js';
import { registrationWords } from './registration-words.js';
import { formatDate } from './helpers/dates.js';
import { isDate } from '../plan/period-range.js';
import { occasionDates } from '../plan/occasion-days.js';
import { dateStyle, type DateContext } from './date-style.js';
import { whenCells } from './when-cells.js';
import { escapeHtml } from './helpers/markdown.js';

export interface CalendarRow {
  /** ISO date, for sorting and <time datetime>. */
  date: string;
  dateText: string;
  time: string;
  /** What happens: the course (and its step), or the event's title. */
  what: string;
  /** The course it is about (#its-id), when that course is printed. */
  href?: string;
  /**
   * Words before it: "Sista anmälningsdag:" on the row of a deadline that has no course row to
   * stand on, "Sista ansökningsdag:" for an application's (src/render/registration-words.ts).
   */
  label?: string;
  /** The course's deadline, on its row: "Anmäl senast 2 april", "Ansök senast 15 juni 2026" (the year when it is not the row's). */
  deadline?: string;
  /** label, what, its link and the deadline as HTML, escaped: for templates written before `what` and `href` (the booklet uses those). */
  whatHtml: string;
  place: string;
}

/** A row while the calendar is made: the course it belongs to, so that course's deadline can find it. */
interface Row extends CalendarRow {
  courseId?: string | undefined;
  /** A deadline's own row, until it finds its course's row. */
  deadlineOf?: { kind: Registration['kind'] | undefined };
}

export interface CourseCalendarView {
  id: string;
  title: string;
  rows: CalendarRow[];
  /** The dates it lists: its rows and the deadlines marked on them (what decides whether a short document has a Kurskalender, page-parts.ts). */
  dates: number;
}

/**
 * "Kurskalender": every dated occurrence of the printed courses and every event of the plan's
 * calendar sections, at any depth, sorted by date (then time), linked to its course, each date
 * with its weekday ("lör 12 mars 2027"). A course's registration deadline is a mark on its row
 * ("Anmäl senast 2 april"), not a row of its own: a row of its own only when the course has no
 * dated row. Undefined when the plan has no dates. The plan's index has the dated items and the
 * courses' anchors, so it links where the page does.
 */
export function courseCalendar(plan: StudyPlan, labels: Labels, includeInternal: boolean): CourseCalendarView | undefined {
  // Every date of the Kurskalender with its weekday, short: the column is read down, day by day.
  const dates: DateContext = { labels, weekdays: plan.weekdays === true, shortWeekdays: true };
  const anchors = courseAnchors(plan, includeInternal).byId;
  const link: Link = (what, courseId, label) => {
    const anchor = courseId === undefined ? undefined : anchors.get(courseId)?.anchor;
    return { what, courseId, ...(anchor ? { href: `#${anchor}` } : {}), ...(label ? { label } : {}) };
  };
  const all = planIndex(plan)
    .dated.filter(shownIn(includeInternal))
    .flatMap((item) => calendarRows(item, dates, link));
  if (!all.length) return undefined;
  all.sort((a, b) => (a.date === b.date ? a.time.localeCompare(b.time) : a.date < b.date ? -1 : 1));
  const rows = markDeadlines(all, labels).map(finished);
  const title = labels.ui['courseCalendar'] ?? 'Kurskalender';
  return { id: 'kurskalender', title, rows, dates: all.length };
}

type Link = (what: string, courseId: string | undefined, label?: string) => Pick<Row, 'what' | 'href' | 'label' | 'courseId'>;

/**
 * Each deadline's row folded into its course's row: the first on or after the deadline (the
 * occasion it is the deadline of), else the course's first. A deadline whose course has no row
 * keeps its own, under its label ("Sista anmälningsdag: KURS").
 */
function markDeadlines(rows: Row[], labels: Labels): Row[] {
  const kept: Row[] = [];
  for (const row of rows) {
    if (!row.deadlineOf) continue;
    const own = rows.filter((r) => !r.deadlineOf && r.courseId === row.courseId && r.deadline === undefined);
    const target = own.find((r) => r.date >= row.date) ?? own[0];
    if (!target) continue;
    const sameYear = target.date.slice(0, 4) === row.date.slice(0, 4);
    target.deadline = `${registrationWords(row.deadlineOf.kind, labels).by} ${formatDate(row.date, labels, { noYear: sameYear })}`;
    kept.push(row);
  }
  return rows.filter((r) => !kept.includes(r));
}

/** The row as the template gets it: without the course's id, with its HTML for templates written before `what` and `href`. */
function finished(row: Row): CalendarRow {
  const { courseId: _course, deadlineOf: _deadline, ...shown } = row;
  return { ...shown, whatHtml: whatHtml(row) };
}

/** The row's `whatHtml`, kept for templates that print it; partials/course-calendar.hbs writes the same from the data. */
function whatHtml(row: Row): string {
  const title = row.href ? `<a href="${escapeHtml(row.href)}">${escapeHtml(row.what)}</a>` : escapeHtml(row.what);
  const mark = row.deadline ? ` <span class="calendar-deadline">${escapeHtml(row.deadline)}</span>` : '';
  return `${row.label ? `${escapeHtml(row.label)} ` : ''}${title}${mark}`;
}

/**
 * The rows of one dated item: one per date of an occurrence (a step's says which step; none while
 * its date is open), one for a deadline (folded into its course's row later) or an event. Dates
 * as the plan wants them printed (without the year it left out), times as they read over several days.
 */
function calendarRows(item: DatedItem, ctx: DateContext, link: Link): Row[] {
  const ui = ctx.labels.ui;
  const place = (x: { venue?: string; town?: string; online?: boolean }) => [x.venue, x.town, x.online ? ui['online'] : undefined].filter(Boolean).join(', ');
  if (item.kind === 'event') {
    const e = item.node;
    if (!isDate(e.date)) return [];
    return [{ date: e.date, ...whenCells(e, e.date, e.endDate, ['date', 'endDate'], ctx), ...link(e.title, e.course), whatHtml: '', place: place(e) }];
  }
  const course = item.course.node;
  if (item.kind === 'deadline') {
    const registration = course.registration ?? {};
    if (!isDate(item.date)) return [];
    const deadline = { date: item.date, dateText: formatDate(item.date, ctx.labels, dateStyle(registration, ['deadline'], ctx)), time: '' };
    const words = registrationWords(course.registration?.kind, ctx.labels);
    return [{ ...deadline, ...link(course.title, course.id, words.deadlineLabel), whatHtml: '', place: '', deadlineOf: { kind: course.registration?.kind } }];
  }
  const o = item.node;
  const step = item.step?.node;
  const what = step ? `${course.title}: ${step.label ? `${step.label} ` : ''}${step.title}` : course.title;
  const series = o.dates !== undefined;
  return occasionDates(o).map((d) => ({
    date: d,
    ...whenCells(o, d, series ? undefined : o.endDate, series ? [`dates.${o.dates!.indexOf(d)}`] : ['date', 'endDate'], ctx),
    ...link(what, course.id),
    whatHtml: '',
    place: place(o),
  }));
}

/** The printed courses with a row in the Kurskalender: a dated occurrence (theirs or a step's) or a registration deadline. */
export function datedCourses(plan: StudyPlan, includeInternal: boolean): number {
  const shown = shownIn(includeInternal);
  const hasRow = (d: CourseDate): boolean => d.kind === 'deadline' || Boolean(d.node.dates?.length || d.node.date);
  return planIndex(plan).courses.filter((c) => shown(c) && c.dated.some((d) => shown(d) && hasRow(d))).length;
}
