/**
 * The plan's order is the print order (issue 27): a plan, a section and a course may list their
 * parts in `order`; the parts it names print first, in its order, and the parts it leaves out
 * follow in the booklet's own order, so a plan without `order` prints as it did. An explicit list
 * rather than the order of the keys in the YAML: key order is invisible in the schema, editors and
 * `studyplan import` write keys in their own order, and every existing plan would have changed its
 * print the day key order began to count.
 */

/** The plan's parts after the cover, the contents and the course calendar. */
export const PLAN_PARTS = ['introduction', 'proposal', 'practical', 'goals', 'sections', 'contacts', 'links', 'appendices'] as const;

/** A section's parts under its heading, by kind (the calendar's months, the prose's quotes, contacts and links). */
export const SECTION_PARTS = {
  courses: ['text', 'images', 'goals', 'courses', 'sections'],
  calendar: ['text', 'images', 'goals', 'months', 'sections'],
  prose: ['text', 'images', 'goals', 'quotes', 'contacts', 'links', 'sections'],
} as const;

/** A course's parts under its heading: the facts block first, the other facts (details) last. */
export const COURSE_PARTS = ['facts', 'summary', 'quotes', 'description', 'images', 'steps', 'details'] as const;

/**
 * The names of GIVEN that are among KNOWN, each once, then the rest of DEFAULTS in their order.
 * A name the schema refuses (lint says so) is passed over, never printed as a part.
 */
export function printOrder<T extends string>(given: readonly string[] | undefined, defaults: readonly T[], known: readonly string[] = defaults): string[] {
  const named = [...new Set((given ?? []).filter((name) => known.includes(name)))];
  return [...named, ...defaults.filter((name) => !named.includes(name))];
}

/**
 * A course's properties `order` may name one by one: each prints on its own at its place, out of
 * its group (the facts block or the details), e.g. the target group first or the registration last.
 */
export const COURSE_FACT_PARTS = [
  'audience',
  'purpose',
  'format',
  'period',
  'nextStart',
  'pace',
  'workload',
  'scope',
  'organisers',
  'prerequisites',
  'occurrences',
  'recurrence',
  'registration',
  'cost',
  'completion',
  'contacts',
  'goals',
  'history',
  'links',
  'notes',
] as const;
