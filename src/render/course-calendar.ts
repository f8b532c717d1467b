import type { Course, StudyPlan } from '../plan/types.js';
import type { Labels } from './labels.js';
import { formatDateRange, formatTimeRange } from './helpers/dates.js';
import { escapeHtml } from './helpers/markdown.js';
import type { PlanView } from './view-model.js';

export interface CalendarRow {
  /** ISO date, for sorting and <time datetime>. */
  date: string;
  dateText: string;
  time: string;
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
 * every event of the plan's calendar sections, sorted by date (then time), linked to its course.
 * Undefined when the plan has no dates. Reads the view's anchors, so it links where the page does.
 */
export function courseCalendar(plan: StudyPlan, view: PlanView, labels: Labels, includeInternal: boolean): CourseCalendarView | undefined {
  const shown = <T extends { internal?: boolean }>(x: T) => includeInternal || x.internal !== true;
  // The view has the printed sections and courses in the plan's order: course id -> its anchor.
  const sections = (plan.sections ?? []).filter(shown);
  const anchors = new Map<string, string>();
  sections.forEach((s, i) => {
    if (s.kind !== 'courses') return;
    s.courses.filter(shown).forEach((c, j) => {
      const anchor = view.sections[i]?.courses[j]?.id;
      if (anchor && !anchors.has(c.id)) anchors.set(c.id, anchor);
    });
  });
  const link = (title: string, anchor: string | undefined) => (anchor ? `<a href="#${escapeHtml(anchor)}">${escapeHtml(title)}</a>` : escapeHtml(title));
  const ui = labels.ui;
  const rows: CalendarRow[] = [];
  for (const section of sections) {
    if (section.kind === 'courses') {
      for (const course of (section.courses ?? []).filter(shown)) rows.push(...courseRows(course, anchors.get(course.id), labels, link, shown));
    }
    if (section.kind === 'calendar') {
      for (const month of section.months) {
        for (const e of (month.events ?? []).filter(shown)) {
          rows.push({
            date: e.date,
            dateText: formatDateRange(e.date, e.endDate, labels),
            time: formatTimeRange(e.startTime, e.endTime) ?? '',
            whatHtml: link(e.title, e.course ? anchors.get(e.course) : undefined),
            place: [e.venue, e.town, e.online ? ui['online'] : undefined].filter(Boolean).join(', '),
          });
        }
      }
    }
  }
  if (!rows.length) return undefined;
  rows.sort((a, b) => (a.date === b.date ? a.time.localeCompare(b.time) : a.date < b.date ? -1 : 1));
  const title = ui['courseCalendar'] ?? 'Kurskalender';
  return { id: 'kurskalender', title, rows };
}

function courseRows(course: Course, anchor: string | undefined, labels: Labels, link: (t: string, a: string | undefined) => string, shown: (x: { internal?: boolean }) => boolean): CalendarRow[] {
  const rows: CalendarRow[] = [];
  const ui = labels.ui;
  // The course's own occurrences, then each step's (the alternatives a member picks one of), as in OUT/NAME.ics.
  const occurrences = [
    ...(course.occurrences ?? []).filter(shown).map((o) => ({ o, what: course.title })),
    ...(course.steps ?? []).flatMap((step) => (step.occurrences ?? []).filter(shown).map((o) => ({ o, what: `${course.title}: ${step.label ? `${step.label} ` : ''}${step.title}` }))),
  ];
  for (const { o, what } of occurrences) {
    const dates = o.dates ?? (o.date ? [o.date] : []);
    for (const d of dates) {
      rows.push({
        date: d,
        dateText: formatDateRange(d, o.dates ? undefined : o.endDate, labels),
        time: formatTimeRange(o.startTime, o.endTime) ?? '',
        whatHtml: link(what, anchor),
        place: [o.venue, o.town, o.online ? ui['online'] : undefined].filter(Boolean).join(', '),
      });
    }
  }
  const deadline = course.registration?.deadline;
  if (deadline) {
    rows.push({
      date: deadline,
      dateText: formatDateRange(deadline, undefined, labels),
      time: '',
      whatHtml: `${escapeHtml(ui['calendarDeadline'] ?? '')} ${link(course.title, anchor)}`.trim(),
      place: '',
    });
  }
  return rows;
}
