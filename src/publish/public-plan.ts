import { courseAnchors as pageAnchors, planIndex } from '../plan/plan-index.js';
import type { CalendarEvent, Course, Occurrence, StudyPlan } from '../plan/types.js';

/**
 * What the published outputs (calendar, JSON-LD, open data) may show of a plan: never anything
 * marked internal, whatever --include-internal says (that is for the committee's own copy).
 */
export const isPublic = <T extends { internal?: boolean }>(x: T): boolean => x.internal !== true;

/** The public courses at any depth (the plan's index), none inside an internal section. */
export function publicCourses(plan: StudyPlan): Course[] {
  return planIndex(plan).courses.flatMap((c) => (c.internal ? [] : [c.node]));
}

export function publicOccurrences(course: Course): Occurrence[] {
  return (course.occurrences ?? []).filter(isPublic);
}

/** The public calendar events at any depth (the plan's index), none inside an internal section. */
export function publicEvents(plan: StudyPlan): CalendarEvent[] {
  return planIndex(plan).events.flatMap((e) => (e.internal ? [] : [e.node]));
}

/** The element id each public course has in the HTML page (the plan's index assigns them), so a calendar entry's URL lands on the course. */
export function courseAnchors(plan: StudyPlan): ReadonlyMap<Course, string> {
  return pageAnchors(plan, false).of;
}

/** The page's address on the web site: BASE/NAME.html(#anchor), or none without a base URL. */
export function pageUrl(baseUrl: string | undefined, name: string, anchor?: string): string | undefined {
  if (!baseUrl) return undefined;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(`${encodeURIComponent(name)}.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`, base).href;
}

/** A slug for UIDs: "Socialdemokraterna i Skåne" -> "socialdemokraterna-i-skane". */
export { slug } from '../plan/anchors.js';
