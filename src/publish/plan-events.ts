import type { Course, StudyPlan } from '../plan/types.js';
import { clockTime } from '../plan/swedish-values.js';
import type { Labels } from '../render/labels.js';
import { fill } from '../render/labels.js';
import { markdownToText } from './plain-text.js';
import { courseAnchors, pageUrl, publicCalendarSections, publicCourses, publicEvents, publicOccurrences, slug } from './public-plan.js';

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

/**
 * Every dated entry of a plan's public content: each date of each course occurrence, each
 * calendar event, and each registration deadline (as an all-day entry of its own).
 */
export function planEvents(plan: StudyPlan, o: PlanEventOptions): PlanEvent[] {
  const events: PlanEvent[] = [];
  const anchors = courseAnchors(plan);
  const uidBase = `${o.name}.${slug(plan.publisher.name) || 'plan'}@studyplan`;
  const online = o.labels.ui['online'] ?? 'online';
  for (const course of publicCourses(plan)) {
    const url = pageUrl(o.baseUrl, o.name, anchors.get(course));
    const registration = course.registration?.url;
    // The course's own occurrences, then each step's alternatives (one entry each; the member picks one).
    const occurrences = [
      ...publicOccurrences(course).map((occ, n) => ({ occ, uid: `${course.id}.${n + 1}`, summary: course.title })),
      ...(course.steps ?? []).flatMap((step, s) =>
        (step.occurrences ?? [])
          .filter((x) => x.internal !== true)
          .map((occ, n) => ({ occ, uid: `${course.id}.step-${s + 1}.${n + 1}`, summary: `${course.title}: ${step.label ? `${step.label} ` : ''}${step.title}` })),
      ),
    ];
    occurrences.forEach(({ occ, uid, summary }) => {
      const dates = occ.dates ?? (occ.date ? [occ.date] : []);
      const location = join([occ.venue, occ.address, occ.town, occ.online ? online : undefined, occ.locally ? o.labels.ui['locally'] : undefined]);
      const description = join([occ.text ? markdownToText(occ.text) : undefined, registration ? `${o.labels.fields['registration'] ?? ''}: ${registration}` : undefined, url], '\n');
      dates.forEach((date, d) => {
        events.push({
          uid: `${uid}${dates.length > 1 ? `.${d + 1}` : ''}.${uidBase}`,
          course,
          summary,
          date,
          ...timing(occ.startTime, occ.endTime, dates.length > 1 ? undefined : occ.endDate),
          ...(location ? { location } : {}),
          ...((url ?? registration) ? { url: (url ?? registration)! } : {}),
          ...(description ? { description } : {}),
          kind: 'occurrence',
        });
      });
    });
    const deadline = course.registration?.deadline;
    if (deadline) {
      const description = join([registration ? `${o.labels.fields['registration'] ?? ''}: ${registration}` : undefined, url], '\n');
      events.push({
        uid: `${course.id}.deadline.${uidBase}`,
        course,
        summary: fill(o.labels.ui['deadlineEvent'] ?? '{title}', { title: course.title }),
        date: deadline,
        ...((registration ?? url) ? { url: (registration ?? url)! } : {}),
        ...(description ? { description } : {}),
        kind: 'deadline',
      });
    }
  }
  const byId = new Map(publicCourses(plan).map((c) => [c.id, c]));
  publicCalendarSections(plan).forEach((section, s) => {
    for (const { month, events: list } of publicEvents(section)) {
      list.forEach((e, n) => {
        const course = e.course ? byId.get(e.course) : undefined;
        const url = pageUrl(o.baseUrl, o.name, course ? anchors.get(course) : undefined);
        const location = join([e.venue, e.town, e.online ? online : undefined]);
        const description = join([e.text ? markdownToText(e.text) : undefined, url], '\n');
        events.push({
          uid: `${section.id ?? `calendar-${s + 1}`}.${month}.${n + 1}.${uidBase}`,
          ...(course ? { course } : {}),
          summary: e.title,
          date: e.date,
          ...timing(e.startTime, e.endTime, e.endDate),
          ...(location ? { location } : {}),
          ...(url ? { url } : {}),
          ...(description ? { description } : {}),
          kind: 'calendar',
        });
      });
    }
  });
  return events;
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
