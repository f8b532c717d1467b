import { courseAnchors, planIndex, shownIn, type CourseDate, type DatedItem } from '../plan/plan-index.js';
import type { StudyPlan } from '../plan/types.js';
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
  /** Words before it: "Sista anmälningsdag:" for a registration deadline, "Sista ansökningsdag:" for an application's (src/render/registration-words.ts). */
  label?: string;
  /** label, what and its link as HTML, escaped: for templates written before `what` and `href` (the booklet uses those). */
  whatHtml: string;
  place: string;
}

export interface CourseCalendarView {
  id: string;
  title: string;
  rows: CalendarRow[];
}

/**
 * "Kurskalender": every dated occurrence and registration deadline of the printed courses and
 * every event of the plan's calendar sections, at any depth, sorted by date (then time), linked
 * to its course. Undefined when the plan has no dates. The plan's index has the dated items and
 * the courses' anchors, so it links where the page does.
 */
export function courseCalendar(plan: StudyPlan, labels: Labels, includeInternal: boolean): CourseCalendarView | undefined {
  const dates: DateContext = { labels, weekdays: plan.weekdays === true };
  const anchors = courseAnchors(plan, includeInternal).byId;
  const link: Link = (what, courseId, label) => {
    const anchor = courseId === undefined ? undefined : anchors.get(courseId)?.anchor;
    return { what, ...(anchor ? { href: `#${anchor}` } : {}), ...(label ? { label } : {}), whatHtml: whatHtml(what, anchor, label) };
  };
  const rows = planIndex(plan)
    .dated.filter(shownIn(includeInternal))
    .flatMap((item) => calendarRows(item, dates, link));
  if (!rows.length) return undefined;
  rows.sort((a, b) => (a.date === b.date ? a.time.localeCompare(b.time) : a.date < b.date ? -1 : 1));
  const title = labels.ui['courseCalendar'] ?? 'Kurskalender';
  return { id: 'kurskalender', title, rows };
}

type Link = (what: string, courseId: string | undefined, label?: string) => Pick<CalendarRow, 'what' | 'href' | 'label' | 'whatHtml'>;

/** The row's `whatHtml`, kept for templates that print it; partials/course-calendar.hbs writes the same from the data. */
function whatHtml(what: string, anchor: string | undefined, label: string | undefined): string {
  const title = anchor ? `<a href="#${escapeHtml(anchor)}">${escapeHtml(what)}</a>` : escapeHtml(what);
  return label ? `${escapeHtml(label)} ${title}` : title;
}

/**
 * The rows of one dated item: one per date of an occurrence (a step's says which step; none while
 * its date is open), one for a deadline or an event. Dates as the plan wants them printed (with
 * weekdays, without the year it left out), times as they read over several days.
 */
function calendarRows(item: DatedItem, ctx: DateContext, link: Link): CalendarRow[] {
  const ui = ctx.labels.ui;
  const place = (x: { venue?: string; town?: string; online?: boolean }) => [x.venue, x.town, x.online ? ui['online'] : undefined].filter(Boolean).join(', ');
  if (item.kind === 'event') {
    const e = item.node;
    if (!isDate(e.date)) return [];
    return [{ date: e.date, ...whenCells(e, e.date, e.endDate, ['date', 'endDate'], ctx), ...link(e.title, e.course), place: place(e) }];
  }
  const course = item.course.node;
  if (item.kind === 'deadline') {
    const registration = course.registration ?? {};
    if (!isDate(item.date)) return [];
    return [
      {
        date: item.date,
        dateText: formatDate(item.date, ctx.labels, dateStyle(registration, ['deadline'], ctx)),
        time: '',
        ...link(course.title, course.id, registrationWords(course.registration?.kind, ctx.labels).deadlineLabel),
        place: '',
      },
    ];
  }
  const o = item.node;
  const step = item.step?.node;
  const what = step ? `${course.title}: ${step.label ? `${step.label} ` : ''}${step.title}` : course.title;
  const series = o.dates !== undefined;
  return occasionDates(o).map((d) => ({
    date: d,
    ...whenCells(o, d, series ? undefined : o.endDate, series ? [`dates.${o.dates!.indexOf(d)}`] : ['date', 'endDate'], ctx),
    ...link(what, course.id),
    place: place(o),
  }));
}

/** The printed courses with a row in the Kurskalender: a dated occurrence (theirs or a step's) or a registration deadline. */
export function datedCourses(plan: StudyPlan, includeInternal: boolean): number {
  const shown = shownIn(includeInternal);
  const hasRow = (d: CourseDate): boolean => d.kind === 'deadline' || Boolean(d.node.dates?.length || d.node.date);
  return planIndex(plan).courses.filter((c) => shown(c) && c.dated.some((d) => shown(d) && hasRow(d))).length;
}
