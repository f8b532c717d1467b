import { planIndex, type IndexedCourse, type IndexedMonth, type PlanIndex } from '../plan/plan-index.js';
import type { Course, Occurrence, StudyPlan } from '../plan/types.js';
import { clockTime } from '../plan/swedish-values.js';
import { inferYears } from '../plan/year-less.js';
import { daysFrom, occasionDates } from '../plan/occasion-days.js';
import { isDate } from '../plan/period-range.js';
import type { Labels } from '../render/labels.js';
import { registrationWords } from '../render/registration-words.js';
import { markdownToText } from './plain-text.js';
import { courseAnchors, pageUrl, slug } from './public-plan.js';

/** One calendar entry of a plan, before it is written in any format. */
export interface PlanEvent {
  /** Stable across builds and edits of other entries: plan, organisation and course id, and the entry's place. */
  uid: string;
  /** The course the entry belongs to, for its "add to calendar" link. */
  course?: Course;
  summary: string;
  /** YYYY-MM-DD, the first day. */
  date: string;
  /** Timed: local wall-clock times "HH:MM" in the plan's time zone; else an all-day entry. */
  startTime?: string;
  endTime?: string;
  /** The last day (inclusive) of a timed or all-day entry over several days. */
  endDate?: string;
  location?: string;
  url?: string;
  description?: string;
  kind: 'occurrence' | 'calendar' | 'deadline';
}

export interface PlanEventOptions {
  /** The plan's name (its file name without .yaml). */
  name: string;
  labels: Labels;
  baseUrl?: string;
}

interface EventContext {
  o: PlanEventOptions;
  anchors: ReadonlyMap<Course, string>;
  /** The end of every UID: plan and organisation. */
  uidBase: string;
  online: string;
}

/**
 * Every dated entry of a plan's public content, at any depth (the plan's index): each date of
 * each course occurrence, each registration deadline (as an all-day entry of its own), then each
 * calendar event.
 */
export function planEvents(written: StudyPlan, o: PlanEventOptions): PlanEvent[] {
  const plan = inferYears(written).data;
  const ctx: EventContext = { o, anchors: courseAnchors(plan), uidBase: `${o.name}.${slug(plan.publisher.name) || 'plan'}@studyplan`, online: o.labels.ui['online'] ?? 'online' };
  const index = planIndex(plan);
  return [...index.courses.filter((c) => !c.internal).flatMap((c) => courseEntries(c, ctx)), ...calendarEntries(index, ctx)];
}

/** A course's own occurrences, then each step's alternatives (one entry each; the member picks one), then its deadline. */
function courseEntries(indexed: IndexedCourse, ctx: EventContext): PlanEvent[] {
  const course = indexed.node;
  const url = pageUrl(ctx.o.baseUrl, ctx.o.name, ctx.anchors.get(course));
  const registration = course.registration?.url;
  const words = registrationWords(course.registration?.kind, ctx.o.labels);
  const registrationLine = registration ? `${words.heading}: ${registration}` : undefined;
  // Numbered among the public occurrences of the course's own list, or of one step's.
  const counted = new Map<number, number>();
  return indexed.dated
    .filter((d) => !d.internal)
    .flatMap((d): PlanEvent[] => {
      if (d.kind === 'deadline') {
        const description = join([registrationLine, url], '\n');
        const summary = `${words.deadlineLabel} ${course.title}`;
        return [
          {
            uid: `${course.id}.deadline.${ctx.uidBase}`,
            course,
            summary,
            date: d.date,
            ...((registration ?? url) ? { url: (registration ?? url)! } : {}),
            ...(description ? { description } : {}),
            kind: 'deadline',
          },
        ];
      }
      const list = d.step?.index ?? -1;
      const n = (counted.get(list) ?? 0) + 1;
      counted.set(list, n);
      const step = d.step?.node;
      const uid = d.step ? `${course.id}.step-${d.step.index + 1}.${n}` : `${course.id}.${n}`;
      const summary = step ? `${course.title}: ${step.label ? `${step.label} ` : ''}${step.title}` : course.title;
      return occurrenceEntries(d.node, { uid, summary, course, url, registration, registrationLine }, ctx);
    });
}

interface OccurrenceOf {
  uid: string;
  summary: string;
  course: Course;
  url: string | undefined;
  registration: string | undefined;
  registrationLine: string | undefined;
}

/** One entry per date of an occurrence (none while its date is open), or per day when its times are each day's. */
function occurrenceEntries(occ: Occurrence, of: OccurrenceOf, ctx: EventContext): PlanEvent[] {
  const dates = entryDays(occ, occasionDates(occ));
  const location = join([occ.venue, occ.address, occ.town, occ.online ? ctx.online : undefined, occ.locally ? ctx.o.labels.ui['locally'] : undefined]);
  const description = join([occ.text ? markdownToText(occ.text) : undefined, of.registrationLine, of.url], '\n');
  const url = of.url ?? of.registration;
  return dates.map((date, d) => ({
    uid: `${of.uid}${dates.length > 1 ? `.${d + 1}` : ''}.${ctx.uidBase}`,
    course: of.course,
    summary: of.summary,
    date,
    ...timing(occ.startTime, occ.endTime, dates.length > 1 ? undefined : occ.endDate),
    ...(location ? { location } : {}),
    ...(url ? { url } : {}),
    ...(description ? { description } : {}),
    kind: 'occurrence',
  }));
}

/** Each public calendar event, linked to the public course it names. */
function calendarEntries(index: PlanIndex, ctx: EventContext): PlanEvent[] {
  // A calendar without an id is named by its place among the public calendars; an event by its place in its month.
  const calendars = index.sections.filter((s) => s.node.kind === 'calendar' && !s.internal);
  const counted = new Map<IndexedMonth, number>();
  return index.events
    .filter((e) => !e.internal)
    .flatMap((indexed) => {
      const e = indexed.node;
      const n = (counted.get(indexed.month) ?? 0) + 1;
      counted.set(indexed.month, n);
      const course = indexed.course && !indexed.course.internal ? indexed.course.node : undefined;
      const url = pageUrl(ctx.o.baseUrl, ctx.o.name, course ? ctx.anchors.get(course) : undefined);
      const location = join([e.venue, e.town, e.online ? ctx.online : undefined]);
      const description = join([e.text ? markdownToText(e.text) : undefined, url], '\n');
      const calendar = indexed.section.node.id ?? `calendar-${calendars.indexOf(indexed.section) + 1}`;
      const days = entryDays(e, isDate(e.date) ? [e.date] : []);
      return days.map((date, d) => ({
        uid: `${calendar}.${indexed.month.node.month}.${n}${days.length > 1 ? `.${d + 1}` : ''}.${ctx.uidBase}`,
        ...(course ? { course } : {}),
        summary: e.title,
        date,
        ...timing(e.startTime, e.endTime, days.length > 1 ? undefined : e.endDate),
        ...(location ? { location } : {}),
        ...(url ? { url } : {}),
        ...(description ? { description } : {}),
        kind: 'calendar' as const,
      }));
    });
}

/**
 * The days of an occasion's or event's entries: DATES, or, when it lasts several days with the same
 * times each day (`timeRange: each-day`), each of those days (a calendar has a meeting each day,
 * not one from the first morning to the last afternoon).
 */
function entryDays(x: { date?: string; endDate?: string; dates?: string[]; startTime?: string; timeRange?: string }, dates: string[]): string[] {
  const first = dates[0];
  if (x.dates || !first || x.timeRange !== 'each-day' || !x.startTime) return dates;
  return daysFrom(first, x.endDate);
}

/**
 * Timed when there is a start time (and, over several days, an end time); an entry over several
 * days with only a start time is all-day, since its end is not known.
 */
function timing(startTime: string | undefined, endTime: string | undefined, endDate: string | undefined): Pick<PlanEvent, 'startTime' | 'endTime' | 'endDate'> {
  const t: Pick<PlanEvent, 'startTime' | 'endTime' | 'endDate'> = {};
  if (endDate) t.endDate = endDate;
  if (startTime && (!endDate || endTime)) {
    t.startTime = clock(startTime);
    if (endTime) t.endTime = clock(endTime);
  }
  return t;
}

/** "9.30" and "09:30" as "09:30". */
const clock = (time: string): string => clockTime(time) ?? time.replace('.', ':');

function join(parts: (string | undefined)[], sep = ', '): string {
  return parts.filter((p): p is string => Boolean(p)).join(sep);
}
