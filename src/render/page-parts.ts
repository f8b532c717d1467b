import type { Layout, LayoutChoice } from '../plan/types.js';

/**
 * Which of the booklet's own pages a plan gets: the cover (with the back cover), the contents and
 * the Kurskalender. A programme of chapters gets them as it always has; a short document (a
 * notice of one course, a course page) gets them only when it is long enough to need them, since
 * a one-page notice has neither a contents page nor a calendar of its one date. The plan's
 * `layout` and the config's force each one on or off (the plan wins, key by key); a template
 * that has no Kurskalender (`"courseCalendar": false` in template.json) wins over both.
 */

/** What the rule reads of a plan, counted from its view (render-html.ts). */
export interface PlanShape {
  /** The headings the contents would list: the plan's own, the Kurskalender's not counted. */
  headings: number;
  /** The Kurskalender's rows: dates of occurrences, deadlines and calendar events. */
  dates: number;
  /** Courses with at least one of those dates. */
  datedCourses: number;
  /**
   * A section prints no heading (a courses section without a title, a calendar with `title:
   * false`): the plan is written as a short document. Every plan written before a section could go
   * without a heading has none such, so it keeps the pages it always had.
   */
  headless: boolean;
}

export interface PageParts {
  cover: boolean;
  contents: boolean;
  courseCalendar: boolean;
}

export interface LayoutSources {
  /** The plan's own `layout`. */
  plan?: Layout | undefined;
  /** The config's `layout` (studyplan.config.yaml). */
  config?: Layout | undefined;
  /** False when the template has no Kurskalender (template.json `"courseCalendar": false`). */
  templateCalendar?: boolean;
}

/** Contents from this many entries (the Kurskalender's counted), as the booklet always had. */
export const CONTENTS_MIN = 3;
/** In a short document: contents from this many headings, about two pages of them. */
export const SHORT_CONTENTS_MIN = 6;
/** In a short document: a Kurskalender from this many dates, or from this many dated courses. */
export const SHORT_CALENDAR_DATES = 3;
export const SHORT_CALENDAR_COURSES = 2;

/** The plan's choice for KEY, else the config's, else auto. */
const choiceOf = (key: keyof Layout, from: LayoutSources): LayoutChoice => from.plan?.[key] ?? from.config?.[key] ?? 'auto';

export function pageParts(shape: PlanShape, from: LayoutSources = {}): PageParts {
  const courseCalendar = calendarWanted(shape, from);
  const entries = shape.headings + (courseCalendar ? 1 : 0);
  const contents = decide(choiceOf('contents', from), () => entries >= (shape.headless ? SHORT_CONTENTS_MIN : CONTENTS_MIN)) && entries > 0;
  // A document long enough for a contents page is a booklet: it opens with a cover.
  const cover = decide(choiceOf('cover', from), () => contents || !shape.headless);
  return { cover, contents, courseCalendar };
}

/** A Kurskalender lists dates: none without them, whatever is asked, and none when the template has none. */
function calendarWanted(shape: PlanShape, from: LayoutSources): boolean {
  if (from.templateCalendar === false || shape.dates === 0) return false;
  return decide(choiceOf('courseCalendar', from), () => !shape.headless || shape.dates >= SHORT_CALENDAR_DATES || shape.datedCourses >= SHORT_CALENDAR_COURSES);
}

const decide = (choice: LayoutChoice, auto: () => boolean): boolean => (choice === 'auto' ? auto() : choice);
