import { Anchors } from './anchors.js';
import type { PathSegment } from './source-map.js';
import type { CalendarEvent, CalendarMonth, Course, Occurrence, Section, Step, StudyPlan } from './types.js';

/**
 * The one index of a plan: its sections depth first, each course with its section, every dated
 * item with its course, and the courses' element ids. Lint, render, the course calendar, publish
 * and diff all read it, so a course in a sub-section is found by all of them or by none (three
 * walkers that saw only the plan's own sections lost it from diff, .ics, JSON-LD and the calendar).
 * Built once per plan object; the plan is not changed after it is loaded.
 */

/** A mapping of a plan as lint sees it: possibly not schema-valid, so every access is checked. */
export type Mapping = Record<string, unknown>;

/** The node types an index holds: the plan's own types for a checked plan, mappings for lint. */
export interface Nodes {
  section: object;
  course: object;
  month: object;
  event: object;
  occurrence: object;
  step: object;
}
export interface PlanNodes extends Nodes {
  section: Section;
  course: Course;
  month: CalendarMonth;
  event: CalendarEvent;
  occurrence: Occurrence;
  step: Step;
}
export interface RawNodes extends Nodes {
  section: Mapping;
  course: Mapping;
  month: Mapping;
  event: Mapping;
  occurrence: Mapping;
  step: Mapping;
}

export interface IndexedSection<N extends Nodes = PlanNodes> {
  node: N['section'];
  path: PathSegment[];
  /** 1 for a section of the plan, 2 for its sub-sections, and so on. */
  level: number;
  parent: IndexedSection<N> | undefined;
  children: IndexedSection<N>[];
  /** Its own courses (a courses section's), not its sub-sections'. */
  courses: IndexedCourse<N>[];
  /** Marked internal itself or inside a section that is: shown only with --include-internal, never published. */
  internal: boolean;
}

export interface IndexedCourse<N extends Nodes = PlanNodes> {
  node: N['course'];
  path: PathSegment[];
  section: IndexedSection<N>;
  /** Marked internal itself or inside an internal section. */
  internal: boolean;
  /** Its occurrences, then its steps' occurrences, then its registration deadline. */
  dated: CourseDate<N>[];
}

export interface IndexedMonth<N extends Nodes = PlanNodes> {
  node: N['month'];
  path: PathSegment[];
  section: IndexedSection<N>;
}

export interface IndexedOccurrence<N extends Nodes = PlanNodes> {
  kind: 'occurrence';
  node: N['occurrence'];
  path: PathSegment[];
  course: IndexedCourse<N>;
  /** The step it is an alternative of, and the step's place in the course's steps. */
  step?: { node: N['step']; index: number };
  internal: boolean;
}

export interface IndexedDeadline<N extends Nodes = PlanNodes> {
  kind: 'deadline';
  date: string;
  path: PathSegment[];
  course: IndexedCourse<N>;
  internal: boolean;
}

export interface IndexedEvent<N extends Nodes = PlanNodes> {
  kind: 'event';
  node: N['event'];
  path: PathSegment[];
  month: IndexedMonth<N>;
  section: IndexedSection<N>;
  /** The course it names (`course: id`), the first with that id, when there is one. */
  course?: IndexedCourse<N>;
  internal: boolean;
}

export type CourseDate<N extends Nodes = PlanNodes> = IndexedOccurrence<N> | IndexedDeadline<N>;
export type DatedItem<N extends Nodes = PlanNodes> = CourseDate<N> | IndexedEvent<N>;

export interface PlanIndex<N extends Nodes = PlanNodes> {
  /** Every section, depth first: a section, then its sub-sections. */
  sections: IndexedSection<N>[];
  /** The plan's own sections (the others are below them). */
  top: IndexedSection<N>[];
  courses: IndexedCourse<N>[];
  months: IndexedMonth<N>[];
  /** Every calendar event, with its month and section. */
  events: IndexedEvent<N>[];
  /** Every dated item in the plan's order: occurrences, deadlines and calendar events. */
  dated: DatedItem<N>[];
  /** A course id -> the first course with it. */
  courseById: ReadonlyMap<string, IndexedCourse<N>>;
}

const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The mappings of a list with their places in it (anything else in it is the schema's to report). */
const mappings = (v: unknown): [Mapping, number][] => (Array.isArray(v) ? v.flatMap((x, i) => (isMapping(x) ? [[x, i] as [Mapping, number]] : [])) : []);

const built = new WeakMap<object, PlanIndex<RawNodes>>();

/** The index of a checked plan. */
export function planIndex(plan: StudyPlan): PlanIndex {
  return indexOf(plan) as unknown as PlanIndex;
}

/** The index of a plan as lint reads it: any shape, nothing assumed. */
export function rawPlanIndex(data: Mapping): PlanIndex<RawNodes> {
  return indexOf(data);
}

function indexOf(data: object): PlanIndex<RawNodes> {
  let index = built.get(data);
  if (!index) built.set(data, (index = buildIndex(data as Mapping)));
  return index;
}

type Raw = PlanIndex<RawNodes> & { courseById: Map<string, IndexedCourse<RawNodes>> };

function buildIndex(data: Mapping): PlanIndex<RawNodes> {
  const index: Raw = { sections: [], top: [], courses: [], months: [], events: [], dated: [], courseById: new Map() };
  const walk = (list: unknown, path: PathSegment[], parent: IndexedSection<RawNodes> | undefined): IndexedSection<RawNodes>[] =>
    mappings(list).map(([node, i]) => {
      const section: IndexedSection<RawNodes> = {
        node,
        path: [...path, i],
        level: (parent?.level ?? 0) + 1,
        parent,
        children: [],
        courses: [],
        internal: node.internal === true || parent?.internal === true,
      };
      index.sections.push(section);
      addCourses(index, section);
      addMonths(index, section);
      section.children = walk(node.sections, [...section.path, 'sections'], section);
      return section;
    });
  index.top = walk(data.sections, ['sections'], undefined);
  // Courses may come after the events that name them: linked once all are known.
  for (const event of index.events) {
    const course = typeof event.node.course === 'string' ? index.courseById.get(event.node.course) : undefined;
    if (course) event.course = course;
  }
  return index;
}

function addCourses(index: Raw, section: IndexedSection<RawNodes>): void {
  if (section.node.kind !== 'courses') return;
  for (const [node, j] of mappings(section.node.courses)) {
    const course: IndexedCourse<RawNodes> = { node, path: [...section.path, 'courses', j], section, internal: node.internal === true || section.internal, dated: [] };
    index.courses.push(course);
    section.courses.push(course);
    if (typeof node.id === 'string' && !index.courseById.has(node.id)) index.courseById.set(node.id, course);
    for (const item of courseDates(course)) {
      course.dated.push(item);
      index.dated.push(item);
    }
  }
}

function courseDates(course: IndexedCourse<RawNodes>): CourseDate<RawNodes>[] {
  const c = course.node;
  const occurrence = (node: Mapping, path: PathSegment[]): IndexedOccurrence<RawNodes> => ({ kind: 'occurrence', node, path, course, internal: node.internal === true || course.internal });
  const dates: CourseDate<RawNodes>[] = mappings(c.occurrences).map(([o, k]) => occurrence(o, [...course.path, 'occurrences', k]));
  for (const [step, s] of mappings(c.steps)) {
    for (const [o, k] of mappings(step.occurrences)) dates.push({ ...occurrence(o, [...course.path, 'steps', s, 'occurrences', k]), step: { node: step, index: s } });
  }
  const registration = c.registration;
  if (isMapping(registration) && typeof registration.deadline === 'string') {
    dates.push({ kind: 'deadline', date: registration.deadline, path: [...course.path, 'registration', 'deadline'], course, internal: course.internal });
  }
  return dates;
}

function addMonths(index: Raw, section: IndexedSection<RawNodes>): void {
  if (section.node.kind !== 'calendar') return;
  for (const [node, j] of mappings(section.node.months)) {
    const month: IndexedMonth<RawNodes> = { node, path: [...section.path, 'months', j], section };
    index.months.push(month);
    for (const [e, k] of mappings(node.events)) {
      const event: IndexedEvent<RawNodes> = { kind: 'event', node: e, path: [...month.path, 'events', k], month, section, internal: e.internal === true || section.internal };
      index.events.push(event);
      index.dated.push(event);
    }
  }
}

/** Whether an item is shown: everything with --include-internal, else what is not internal. */
export const shownIn =
  (includeInternal: boolean) =>
  (item: { internal: boolean }): boolean =>
    includeInternal || !item.internal;

/** The element ids of a plan's shown courses, as the page has them; publish links there too. */
export interface CourseAnchors {
  /** Each shown course's element id. */
  of: ReadonlyMap<Course, string>;
  /** A course id -> the first shown course with it: where prerequisites and calendar entries link. */
  byId: ReadonlyMap<string, { title: string; anchor: string }>;
  /** The ids claimed so far, for the page's other headings to go on from (a fresh copy each call). */
  headings(): Anchors;
}

const anchored = new WeakMap<PlanIndex, Map<boolean, CourseAnchors>>();

/**
 * The courses' element ids, assigned once per plan and visibility: the contents' own id first,
 * then each shown course's id as written (a second course with the same id gets one from its title).
 */
export function courseAnchors(plan: StudyPlan, includeInternal: boolean): CourseAnchors {
  const index = planIndex(plan);
  let byVisibility = anchored.get(index);
  if (!byVisibility) anchored.set(index, (byVisibility = new Map()));
  let found = byVisibility.get(includeInternal);
  if (!found) byVisibility.set(includeInternal, (found = assignAnchors(index, includeInternal)));
  return found;
}

function assignAnchors(index: PlanIndex, includeInternal: boolean): CourseAnchors {
  const anchors = new Anchors();
  anchors.claim('innehall');
  const of = new Map<Course, string>();
  const byId = new Map<string, { title: string; anchor: string }>();
  for (const { node: c } of index.courses.filter(shownIn(includeInternal))) {
    const anchor = byId.has(c.id) ? anchors.fromTitle(c.title) : anchors.claim(c.id);
    of.set(c, anchor);
    if (!byId.has(c.id)) byId.set(c.id, { title: c.title, anchor });
  }
  return { of, byId, headings: () => anchors.copy() };
}
