import type { Course, Quote, Session } from '../plan/types.js';
import { imageViews, noticeViews, type ImageView, type NoticeView } from './view-model-blocks.js';
import { countOf } from './helpers/lists.js';
import { markdownToHtml, safeHref } from './helpers/markdown.js';
import { flowHtml } from './view-model-text.js';
import { courseFacts, type CourseContext, type FactView } from './view-model-facts.js';
import { occurrenceView, type OccurrenceView } from './view-model-items.js';
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
  title: string;
  descriptionHtml?: string;
  /** The description continues the line ("Steg 1 Mediakunskap – …") rather than a block. */
  inline: boolean;
  modules: { title: string; descriptionHtml?: string }[];
  /** The step's sessions in order, each resolved from the course's sessions when given by id. */
  sessions: SessionView[];
  /** Alternative occurrences: the participant picks one. */
  occurrences: OccurrenceView[];
  /** More than one occurrence: the participant chooses one ("Välj ett av tillfällena"). */
  chooseOne: boolean;
}

export interface SessionView {
  title: string;
  descriptionHtml?: string;
  /** The description continues the line ("1. Ledarskap (3 timmar) – …") rather than a block: it is one paragraph. */
  inline: boolean;
  hours?: string;
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
    internal: course.internal === true,
    quotes: (course.quotes ?? []).map(quoteView),
    steps: (course.steps ?? []).map((s) => stepView(s, course, ctx)),
    notices: noticeViews(course.notices),
    images: imageViews(course.images, ctx.images),
    facts: courseFacts(course, ctx),
    blocks: [],
  };
  if (course.subtitle) view.subtitle = course.subtitle;
  if (course.summary) view.summaryHtml = markdownToHtml(course.summary);
  if (course.description) view.descriptionHtml = markdownToHtml(course.description);
  if (ctx.includeInternal && course.internalNotes) view.internalNotesHtml = markdownToHtml(course.internalNotes);
  view.blocks = courseBlocks(course, view, ctx);
  return view;
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
    modules: (step.modules ?? []).map((m) => (m.description ? { title: m.title, descriptionHtml: markdownToHtml(m.description) } : { title: m.title })),
    // An id that names no session is a lint error (plan/unknown-session); the build leaves it out.
    sessions: (step.sessions ?? []).flatMap((r) => {
      const s = typeof r === 'string' ? library.get(r) : r;
      return s ? [sessionView(s, ctx)] : [];
    }),
    occurrences: (step.occurrences ?? []).filter((o) => ctx.includeInternal || !o.internal).map((o) => occurrenceView(o, ctx.labels)),
    chooseOne: false,
  };
  v.chooseOne = v.occurrences.length > 1;
  if (step.label) v.label = step.label;
  if (step.description) Object.assign(v, descriptionOf(step.description));
  return v;
}

function sessionView(s: Session, { labels }: CourseContext): SessionView {
  const v: SessionView = { title: s.title, inline: true, elective: s.elective === true, options: [...(s.options ?? [])] };
  if (s.description) Object.assign(v, descriptionOf(s.description));
  if (s.hours !== undefined) v.hours = countOf(s.hours, labels.units['hour'], labels, false);
  return v;
}

/** A step's or session's description: one paragraph continues its line, a longer one is a block under it. */
function descriptionOf(md: string): { inline: boolean; descriptionHtml: string } {
  const { inline, html } = flowHtml(md);
  return { inline, descriptionHtml: html };
}
