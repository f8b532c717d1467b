import type { CalendarEvent, CalendarSection, Course, CoursesSection, Occurrence, StudyPlan } from '../plan/types.js';
import { Anchors } from '../render/anchors.js';

/**
 * What the published outputs (calendar, JSON-LD, open data) may show of a plan: never anything
 * marked internal, whatever --include-internal says (that is for the committee's own copy).
 */
export const isPublic = <T extends { internal?: boolean }>(x: T): boolean => x.internal !== true;

export function publicCourseSections(plan: StudyPlan): CoursesSection[] {
  return (plan.sections ?? []).filter((s): s is CoursesSection => s.kind === 'courses' && isPublic(s));
}

export function publicCalendarSections(plan: StudyPlan): CalendarSection[] {
  return (plan.sections ?? []).filter((s): s is CalendarSection => s.kind === 'calendar' && isPublic(s));
}

export function publicCourses(plan: StudyPlan): Course[] {
  return publicCourseSections(plan).flatMap((s) => s.courses.filter(isPublic));
}

export function publicOccurrences(course: Course): Occurrence[] {
  return (course.occurrences ?? []).filter(isPublic);
}

export function publicEvents(section: CalendarSection): { month: string; events: CalendarEvent[] }[] {
  return section.months.map((m) => ({ month: m.month, events: (m.events ?? []).filter(isPublic) }));
}

/**
 * The element id each public course has in the HTML page, claimed in the order the view model
 * claims them (render/view-model.ts), so a calendar entry's URL lands on the course.
 */
export function courseAnchors(plan: StudyPlan): Map<Course, string> {
  const anchors = new Anchors();
  anchors.claim('innehall');
  const seen = new Set<string>();
  const found = new Map<Course, string>();
  for (const c of publicCourses(plan)) {
    found.set(c, seen.has(c.id) ? anchors.fromTitle(c.title) : anchors.claim(c.id));
    seen.add(c.id);
  }
  return found;
}

/** The page's address on the web site: BASE/NAME.html(#anchor), or none without a base URL. */
export function pageUrl(baseUrl: string | undefined, name: string, anchor?: string): string | undefined {
  if (!baseUrl) return undefined;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(`${encodeURIComponent(name)}.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`, base).href;
}

/** A slug for UIDs: "Socialdemokraterna i Skåne" -> "socialdemokraterna-i-skane". */
export { slug } from '../render/anchors.js';
