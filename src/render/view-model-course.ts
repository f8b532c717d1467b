import type { Course, Module, Quote, Session } from '../plan/types.js';
import { imageViews, noticeViews, type ImageView, type NoticeView } from './view-model-blocks.js';
import { countOf } from './helpers/lists.js';
import { markdownToHtml, safeHref } from './helpers/markdown.js';
import { flowHtml } from './view-model-text.js';
import { courseFacts, type CourseContext, type FactView } from './view-model-facts.js';
import { occurrenceView, type OccurrenceView } from './view-model-items.js';
import { durationText } from './view-model-study-terms.js';
import { peopleFacts, type PeopleFact } from './view-model-people.js';
import { courseBlocks, type CourseBlockView } from './view-model-course-blocks.js';

/**
 * What a template needs of a course, as data: plain text (the template escapes it) and, in the
 * fields ending in Html, the plan's Markdown rendered and sanitised. The partials write the markup.
 */
export interface CourseView {
  id: string;
  title: string;
  /** The h-level of its heading: one below its section's. */
  level: number;
  subtitle?: string;
  /** The course's code or catalogue number ("BM1"), before its title. */
  code?: string;
  /** A meeting, not a course (`kind: meeting`): printed without course words. */
  meeting: boolean;
  /** Nothing to print but its code and title (a catalogue entry): a compact line, not an empty card (partials/course-entry.hbs). */
  entry: boolean;
  /** The first and the last of a run of entries side by side: the run is one list (partials/course-entry.hbs). */
  entriesStart?: boolean;
  entriesEnd?: boolean;
  internal: boolean;
  /** The link to its own calendar, OUT/NAME.calendars/ID.ics (the "add to calendar" link), when it has dates. */
  calendarHref?: string;
  summaryHtml?: string;
  quotes: QuoteView[];
  descriptionHtml?: string;
  steps: StepView[];
  /** Notices by the heading: "Fullbokad; nästa omgång startar hösten 2022". */
  notices: NoticeView[];
  images: ImageView[];
  /**
   * Every labelled fact in the booklet's first order ("Målgrupp: …", "Syfte: …", … partials/fact.hbs),
   * as before the facts block: for a template's own course partial written before `blocks`.
   */
  facts: FactView[];
  /** The card's parts in print order: the facts block, texts, steps, the other facts (view-model-course-blocks.ts). */
  blocks: CourseBlockView[];
  internalNotesHtml?: string;
}

export interface StepView {
  label?: string;
  code?: string;
  /** How long the step takes: "2 dagar, 12 timmar". */
  duration?: string;
  title: string;
  descriptionHtml?: string;
  /** The description continues the line ("Steg 1 Mediakunskap – …") rather than a block. */
  inline: boolean;
  modules: ModuleView[];
  /** The step's sessions in order, each resolved from the course's sessions when given by id. */
  sessions: SessionView[];
  /** Alternative occurrences: the participant picks one. */
  occurrences: OccurrenceView[];
  /** The step's own leaders, teachers and speakers, one labelled line per role (partials/fact.hbs). */
  people: PeopleFact[];
  /** More than one occurrence: the participant chooses one ("Välj ett av tillfällena"). */
  chooseOne: boolean;
}

export interface ModuleView {
  title: string;
  code?: string;
  duration?: string;
  descriptionHtml?: string;
}

export interface SessionView {
  title: string;
  code?: string;
  descriptionHtml?: string;
  /** The description continues the line ("1. Ledarskap (3 timmar) – …") rather than a block: it is one paragraph. */
  inline: boolean;
  hours?: string;
  /** The session's own speakers, teachers or moderators, one labelled line per role (partials/fact.hbs). */
  people: PeopleFact[];
  elective: boolean;
  options: string[];
}

export interface QuoteView {
  html: string;
  source?: string;
  author?: string;
  cite?: string;
}

export function courseView(course: Course, anchor: string, ctx: CourseContext, level = 3): CourseView {
  const view: CourseView = {
    id: anchor,
    title: course.title,
    level,
    meeting: course.kind === 'meeting',
    entry: false,
    internal: course.internal === true,
    quotes: (course.quotes ?? []).map(quoteView),
    steps: (course.steps ?? []).map((s) => stepView(s, course, ctx)),
    notices: noticeViews(course.notices),
    images: imageViews(course.images, ctx.images),
    facts: courseFacts(course, ctx),
    blocks: [],
  };
  if (course.subtitle) view.subtitle = course.subtitle;
  if (course.code) view.code = course.code;
  if (course.summary) view.summaryHtml = markdownToHtml(course.summary);
  if (course.description) view.descriptionHtml = markdownToHtml(course.description);
  if (ctx.includeInternal && course.internalNotes) view.internalNotesHtml = markdownToHtml(course.internalNotes);
  view.entry = isEntry(view);
  view.blocks = courseBlocks(course, view, ctx);
  return view;
}

/** COURSES with each run of catalogue entries marked at its ends, so that the template prints the run as one list. */
export function entryRuns(courses: CourseView[]): CourseView[] {
  courses.forEach((c, i) => {
    if (!c.entry) return;
    if (!courses[i - 1]?.entry) c.entriesStart = true;
    if (!courses[i + 1]?.entry) c.entriesEnd = true;
  });
  return courses;
}

/** A course that has nothing to say but its code and title (a catalogue's "BM1 Bas medlem"). */
function isEntry(v: CourseView): boolean {
  return !v.summaryHtml && !v.descriptionHtml && !v.internalNotesHtml && ![v.quotes, v.steps, v.notices, v.images, v.facts].some((list) => list.length);
}

export function quoteView(q: Quote): QuoteView {
  const v: QuoteView = { html: markdownToHtml(q.text) };
  if (q.source) v.source = q.source;
  if (q.author) v.author = q.author;
  const cite = safeHref(q.cite);
  if (cite) v.cite = cite;
  return v;
}

function stepView(step: NonNullable<Course['steps']>[number], course: Course, ctx: CourseContext): StepView {
  const library = new Map((course.sessions ?? []).flatMap((s) => (s.id ? [[s.id, s] as const] : [])));
  const v: StepView = {
    title: step.title,
    inline: true,
    modules: (step.modules ?? []).map((m) => moduleView(m, ctx)),
    // An id that names no session is a lint error (plan/unknown-session); the build leaves it out.
    sessions: (step.sessions ?? []).flatMap((r) => {
      const s = typeof r === 'string' ? library.get(r) : r;
      return s ? [sessionView(s, ctx, course.kind === 'meeting')] : [];
    }),
    occurrences: (step.occurrences ?? []).filter((o) => ctx.includeInternal || !o.internal).map((o) => occurrenceView(o, ctx)),
    people: peopleFacts(step.people, ctx.labels, course.kind === 'meeting'),
    chooseOne: false,
  };
  v.chooseOne = v.occurrences.length > 1;
  if (step.label) v.label = step.label;
  if (step.code) v.code = step.code;
  const duration = durationText(step, ctx.labels);
  if (duration) v.duration = duration;
  if (step.description) Object.assign(v, descriptionOf(step.description));
  return v;
}

function moduleView(m: Module, { labels }: CourseContext): ModuleView {
  const v: ModuleView = { title: m.title };
  if (m.code) v.code = m.code;
  const duration = durationText(m, labels);
  if (duration) v.duration = duration;
  if (m.description) v.descriptionHtml = markdownToHtml(m.description);
  return v;
}

function sessionView(s: Session, { labels }: CourseContext, meeting: boolean): SessionView {
  const v: SessionView = { title: s.title, inline: true, people: peopleFacts(s.people, labels, meeting), elective: s.elective === true, options: [...(s.options ?? [])] };
  if (s.code) v.code = s.code;
  if (s.description) Object.assign(v, descriptionOf(s.description));
  // The document's own words for its length ("kl 9–12") stand instead of "3 timmar".
  if (s.asWritten) v.hours = s.asWritten;
  else if (s.hours !== undefined) v.hours = countOf(s.hours, labels.units['hour'], labels, false);
  return v;
}

/** A step's or session's description: one paragraph continues its line, a longer one is a block under it. */
function descriptionOf(md: string): { inline: boolean; descriptionHtml: string } {
  const { inline, html } = flowHtml(md);
  return { inline, descriptionHtml: html };
}
