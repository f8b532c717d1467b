/* eslint-disable max-lines -- the view types a template sees (about 90 lines) beside the functions that fill them, so a template author reads one file */
import type { Anchors } from '../plan/anchors.js';
import { courseAnchors, planIndex, shownIn, type CourseAnchors, type IndexedSection } from '../plan/plan-index.js';
import type { Appendix, CalendarEvent, Contact, Section, Status, StudyPlan } from '../plan/types.js';
import { fill, type Labels } from './labels.js';
import { formatDate, formatMonth } from './helpers/dates.js';
import { whenCells } from './when-cells.js';
import { markdownToHtml } from './helpers/markdown.js';
import { genitive, joinList } from './helpers/lists.js';
import { formatPeriod } from './helpers/periods.js';
import { courseView, entryRuns, quoteView, type CourseView, type QuoteView } from './view-model-course.js';
import { linksFact, practicalFacts, type CourseContext, type CourseIndex, type FactView } from './view-model-facts.js';
import { contactView, type ContactView } from './view-model-items.js';
import { goalViews, imageViews, noticeViews, type GoalView, type ImageView, type LoadedImages, type NoticeView } from './view-model-blocks.js';
import type { PageParts } from './page-parts.js';
import { contentsInOrder, partOfEntries, planParts, sectionBlocks, sectionEntries, type SectionBlockView } from './view-model-parts.js';

export interface ViewOptions {
  lang: string;
  labels: Labels;
  /** The plan's `weekdays`: a weekday before every date (set from the plan by buildViewModel). */
  weekdays?: boolean;
  includeInternal: boolean;
  /** The plan's pictures, loaded and checked by lint (no images without them). */
  images?: LoadedImages;
  /** Course element id -> the link to its own calendar (src/publish), for its "add to calendar" link. */
  courseCalendars?: ReadonlyMap<string, string>;
}

export interface TocEntry {
  id: string;
  title: string;
  internal: boolean;
  children: TocEntry[];
}

export interface SectionView {
  /** Its heading's id, or the section's own when it has no heading; '' for neither. */
  id: string;
  /** '' when it has no heading. */
  title: string;
  /** False for a courses section without a title or a calendar with `title: false`: no heading prints, and its courses' and sub-sections' headings move one level up. */
  hasHeading: boolean;
  kind: 'courses' | 'calendar' | 'prose';
  isCourses: boolean;
  isCalendar: boolean;
  isProse: boolean;
  internal: boolean;
  textHtml?: string;
  period?: string;
  courses: CourseView[];
  months: MonthView[];
  quotes: QuoteView[];
  contacts: ContactView[];
  /** The section's links, a fact "Länkar: …" (partials/fact.hbs). */
  links?: FactView;
  internalNotesHtml?: string;
  /** 2 for a section, 3 for its sub-sections, ...: the h-level of its heading (at most 6). */
  level: number;
  /** The h-level of its courses', months' and sub-sections' headings: its own level without a heading, one below it with. */
  childLevel: number;
  isSub: boolean;
  goals: GoalView[];
  images: ImageView[];
  sections: SectionView[];
  /** Its parts in print order (its `order`, else text, images, goals, courses or months or prose, sub-sections). */
  blocks: SectionBlockView[];
}

export interface MonthView {
  id: string;
  level: number;
  title: string;
  textHtml?: string;
  events: EventView[];
}

export interface EventView {
  date: string;
  dateText: string;
  time: string;
  title: string;
  /** The course it is about (#its-id), when it names one that is printed. */
  href?: string;
  place: string;
  textHtml?: string;
  internal: boolean;
  kind?: string;
  audience?: string;
}

/**
 * Everything a template prints, prepared: labels resolved, dates and periods formatted, Markdown
 * sanitised, anchors unique, prerequisites linked, and internal content gone unless asked for.
 */
export interface PlanView {
  lang: string;
  labels: Labels;
  includeInternal: boolean;
  title: string;
  subtitle?: string;
  slogan?: string;
  kindLabel: string;
  publisher: { name: string; shortName?: string; website?: string; email?: string; phone?: string; address?: string };
  period: string;
  /** `asWritten`: the whole place-and-date line as the document writes it, printed as is instead of place and dateText. */
  issued?: { place?: string; date?: string; dateText?: string; asWritten?: string };
  /** "FÖRSLAG" / "UTKAST", for a proposal or draft. */
  mark?: string;
  state?: string;
  statusLine?: string;
  meeting?: { name: string; date?: string; dateText?: string; place?: string };
  /** `hasHeading` false (`title: false` in the plan): no heading, no entry in the contents, and `id` and `title` are ''. */
  introduction?: { id: string; title: string; hasHeading: boolean; textHtml?: string; quotes: QuoteView[]; signatures: { name: string; role?: string }[] };
  proposal?: { id: string; title: string; textHtml?: string; clauses: string[] };
  sections: SectionView[];
  appendices: { id: string; title: string; internal: boolean; textHtml?: string; quotes: QuoteView[]; links?: FactView; internalNotesHtml?: string; goals: GoalView[]; images: ImageView[] }[];
  contacts?: { id: string; title: string; items: ContactView[] };
  /** The plan's own goals, under a heading of their own after the practical information. */
  goals?: { id: string; title: string; goals: GoalView[] };
  links?: FactView;
  internalNotesHtml?: string;
  toc: TocEntry[];
  /** The district's look, when the config or the plan has a `brand` (src/brand/). */
  brand?: import('./brand-view.js').BrandView;
  /** Every date of the plan in order (src/render/course-calendar.ts), when it has any and the template wants it. */
  courseCalendar?: import('./course-calendar.js').CourseCalendarView;
  /** Banners, calls to action and status notices, on the cover. */
  notices: NoticeView[];
  /** Practical information for all courses, printed once before the sections; `hasHeading` as the introduction's. */
  practical?: { id: string; title: string; hasHeading: boolean; textHtml?: string; facts: FactView[] };
  /** Which of the booklet's own pages it has: the cover (and back cover), the contents, the Kurskalender (src/render/page-parts.ts). */
  parts: PageParts;
  /**
   * The main flow's parts in print order, by name: the plan's `order`, else introduction, proposal,
   * practical, goals, sections, contacts, links, appendices. The contents list them in this order.
   */
  flow: string[];
  /** The part of `flow` the Kurskalender follows (the introduction or the proposal); first in the main flow when none. */
  calendarAfter?: string;
}

/** The view before the page's parts are decided (render-html.ts decides them with the template and the layout settings). */
export type PlanContent = Omit<PlanView, 'parts'>;

const visible = <T extends { internal?: boolean }>(items: readonly T[] | undefined, o: ViewOptions): T[] => (items ?? []).filter((x) => o.includeInternal || x.internal !== true);
const tocEntry = (id: string, title: string, internal = false, children: TocEntry[] = []): TocEntry => ({ id, title, internal, children });

/** What the parts of the page share while it is built: the options, the courses' links and the ids claimed so far. */
interface PageContext {
  o: ViewOptions;
  ctx: CourseContext;
  courses: CourseAnchors;
  anchors: Anchors;
}

/**
 * The page in reading order: the cover, the front matter, the sections, then contacts and
 * appendices. Headings claim their element ids in that order after the courses' (the plan's
 * index assigns those, so publish links to the same ids).
 */
export function buildViewModel(plan: StudyPlan, options: ViewOptions): PlanContent {
  const o: ViewOptions = plan.weekdays ? { ...options, weekdays: true } : options;
  const courses = courseAnchors(plan, o.includeInternal);
  const page: PageContext = { o, ctx: courseContext(plan, o, courses), courses, anchors: courses.headings() };
  const view = coverView(plan, o);
  addFrontMatter(view, plan, page);
  const tree = sectionTree(planIndex(plan).top, page, 2);
  view.sections.push(...tree.views);
  view.toc.push(...tree.entries);
  addBackMatter(view, plan, page);
  view.flow = planParts(plan);
  view.toc = contentsInOrder(view.toc, view.flow, partOfEntries(view));
  return view;
}

/** What a course view needs to link prerequisites: the shown courses' anchors and the ids never printed. */
function courseContext(plan: StudyPlan, o: ViewOptions, courses: CourseAnchors): CourseContext {
  // A public course may name an internal one as a prerequisite; without --include-internal its id is not printed either.
  const hidden = new Set<string>();
  for (const { node } of planIndex(plan).courses) if (!courses.byId.has(node.id)) hidden.add(node.id);
  return { labels: o.labels, lang: o.lang, includeInternal: o.includeInternal, weekdays: o.weekdays === true, courses: courses.byId, hidden, ...(o.images ? { images: o.images } : {}) };
}

/** The cover's facts: title, publisher, period, issue, status and notices. */
function coverView(plan: StudyPlan, o: ViewOptions): PlanContent {
  const { labels } = o;
  const view: PlanContent = {
    lang: o.lang,
    labels,
    includeInternal: o.includeInternal,
    title: plan.title,
    kindLabel: labels.kinds[plan.kind ?? 'studieplan'] ?? '',
    publisher: { ...plan.publisher },
    period: formatPeriod(plan.period, labels),
    sections: [],
    appendices: [],
    toc: [],
    notices: noticeViews(plan.notices),
    flow: [],
  };
  if (plan.subtitle) view.subtitle = plan.subtitle;
  if (plan.slogan) view.slogan = plan.slogan;
  if (plan.issued) {
    view.issued = { ...plan.issued };
    if (plan.issued.date) view.issued.dateText = formatDate(plan.issued.date, labels);
  }
  if (plan.status) Object.assign(view, statusView(plan.status, labels));
  return view;
}

/** "FÖRSLAG" on a proposal, the meeting, and the line saying who adopted or proposed the plan. */
function statusView(status: Status, labels: Labels): Pick<PlanView, 'state' | 'mark' | 'meeting' | 'statusLine'> {
  const view: Pick<PlanView, 'state' | 'mark' | 'meeting' | 'statusLine'> = { state: status.state };
  if (status.state !== 'adopted') view.mark = labels.status[status.state];
  const m = status.meeting;
  if (m) {
    view.meeting = { ...m };
    if (m.date) view.meeting.dateText = formatDate(m.date, labels);
  }
  const meetingText = m ? [m.name, m.date ? formatDate(m.date, labels) : ''].filter(Boolean).join(' ') : '';
  if (status.state === 'adopted' && (status.adoptedBy || m)) {
    const by = [status.adoptedBy ?? m?.name, status.adoptedOn ? formatDate(status.adoptedOn, labels) : status.adoptedBy ? '' : m?.date ? formatDate(m.date, labels) : ''].filter(Boolean).join(' ');
    view.statusLine = fill(labels.ui['adoptedBy'] ?? '{by}', { by });
  } else if (status.proposedBy && m) {
    view.statusLine = fill(labels.ui['proposedBy'] ?? '{by} {meeting}', { by: status.proposedBy, byGenitive: genitive(status.proposedBy), meeting: meetingText });
  } else if (meetingText) {
    view.statusLine = meetingText;
  }
  return view;
}

/**
 * Introduction, proposal, practical information and the plan's goals, each in the contents. The
 * introduction's and the practical block's headings are the plan's words, the label's when it
 * gives none, or none at all (`title: false`): then they claim no id and have no entry.
 */
function addFrontMatter(view: PlanContent, plan: StudyPlan, { anchors, ctx }: PageContext): void {
  const ui = ctx.labels.ui;
  if (plan.introduction) {
    const i = plan.introduction;
    const heading = headingOf(i.title, ui['introduction'] ?? '');
    const id = heading.hasHeading ? anchors.fromTitle(ui['introduction'] ?? 'inledning') : '';
    view.introduction = { id, ...heading, quotes: (i.quotes ?? []).map(quoteView), signatures: (i.signatures ?? []).map((s) => ({ ...s })) };
    if (i.text) view.introduction.textHtml = markdownToHtml(i.text);
  }
  if (plan.proposal) {
    const p = plan.proposal;
    const id = anchors.fromTitle(ui['proposal'] ?? 'forslag');
    view.proposal = { id, title: p.title ?? ui['proposal'] ?? '', clauses: [...p.clauses] };
    if (p.text) view.proposal.textHtml = markdownToHtml(p.text);
  }
  if (plan.practical) {
    const p = plan.practical;
    const heading = headingOf(p.title, ui['practical'] ?? '');
    view.practical = { id: heading.hasHeading ? anchors.fromTitle(heading.title, 'praktisk-information') : '', ...heading, facts: practicalFacts(p, ctx) };
    if (p.text) view.practical.textHtml = markdownToHtml(p.text);
  }
  if (plan.goals?.length) {
    const title = ui['goals'] ?? '';
    view.goals = { id: anchors.fromTitle(title, 'mal'), title, goals: goalViews(plan.goals) };
  }
  for (const part of [view.introduction, view.proposal, view.practical, view.goals]) if (part && part.id) view.toc.push(tocEntry(part.id, part.title));
}

/** A heading the plan may rename or leave out: its words, else the label's; `false`, none. */
const headingOf = (title: string | false | undefined, label: string): { title: string; hasHeading: boolean } =>
  title === false ? { title: '', hasHeading: false } : { title: title ?? label, hasHeading: true };

/**
 * Shown sections and, depth first, their sub-sections, their headings at LEVEL: each heading one
 * level below its parent's. A section without a heading has no entry in the contents: its
 * courses and sub-sections take its place there, and its level on the page.
 */
function sectionTree(list: readonly IndexedSection[], page: PageContext, level: number): { views: SectionView[]; entries: TocEntry[] } {
  const { o, ctx, courses, anchors } = page;
  const views: SectionView[] = [];
  const entries: TocEntry[] = [];
  for (const s of list.filter(shownIn(o.includeInternal))) {
    const sv = sectionView(s.node, anchors, o, level);
    sv.courses = entryRuns(s.courses.filter(shownIn(o.includeInternal)).map((c) => withCalendar(courseView(c.node, courses.of.get(c.node)!, ctx, sv.childLevel), o)));
    if (s.node.kind === 'calendar') sv.months = s.node.months.map((m) => monthView(m, anchors, courses.byId, o, sv.childLevel));
    const subs = sectionTree(s.children, page, sv.childLevel);
    sv.sections = subs.views;
    sv.blocks = sectionBlocks(s.node, sv);
    views.push(sv);
    // A catalogue entry (code and title only) has no heading: a line of its section, not a part of the contents.
    const below = sectionEntries(sv.blocks, (c) => (c.entry ? undefined : tocEntry(c.id, c.code ? `${c.code} ${c.title}` : c.title, c.internal)), subs.entries);
    if (sv.hasHeading) entries.push(tocEntry(sv.id, sv.title, sv.internal, below));
    else entries.push(...below);
  }
  return { views, entries };
}

function withCalendar(course: CourseView, o: ViewOptions): CourseView {
  const href = o.courseCalendars?.get(course.id);
  if (href) course.calendarHref = href;
  return course;
}

/** Contacts, the plan's links, the appendices and the committee's notes. */
function addBackMatter(view: PlanContent, plan: StudyPlan, { o, anchors }: PageContext): void {
  const { labels } = o;
  if (plan.contacts?.length) {
    const title = labels.ui['contacts'] ?? '';
    const id = anchors.fromTitle(title, 'kontakter');
    view.contacts = { id, title, items: plan.contacts.map((c: Contact) => contactView(c)) };
    view.toc.push(tocEntry(id, title));
  }
  const links = linksFact(plan.links ?? [], { labels });
  if (links) view.links = links;
  visible(plan.appendices, o).forEach((a, n) => {
    const av = appendixView(a, n, anchors, o);
    view.appendices.push(av);
    view.toc.push(tocEntry(av.id, av.title, av.internal));
  });
  if (o.includeInternal && plan.internalNotes) view.internalNotesHtml = markdownToHtml(plan.internalNotes);
}

function appendixView(a: Appendix, n: number, anchors: Anchors, o: ViewOptions): PlanView['appendices'][number] {
  const { labels } = o;
  const av: PlanView['appendices'][number] = {
    id: a.id ? anchors.claim(a.id) : anchors.fromTitle(a.title, 'bilaga'),
    title: `${labels.ui['appendix'] ?? ''} ${n + 1}: ${a.title}`.trim(),
    internal: a.internal === true,
    quotes: (a.quotes ?? []).map(quoteView),
    goals: goalViews(a.goals),
    images: imageViews(a.images, o.images),
  };
  if (a.text) av.textHtml = markdownToHtml(a.text);
  const l = linksFact(a.links ?? [], { labels });
  if (l) av.links = l;
  if (o.includeInternal && a.internalNotes) av.internalNotesHtml = markdownToHtml(a.internalNotes);
  return av;
}

/** The headings the contents lists, at every depth. */
export const tocEntries = (entries: readonly TocEntry[]): number => entries.reduce((n, e) => n + 1 + tocEntries(e.children), 0);

/**
 * A section's heading: its title; a calendar's is the word for a calendar when it gives none, and
 * none with `title: false`; a courses section without a title has none (a notice's one course).
 */
function sectionHeading(s: Section, o: ViewOptions): string | undefined {
  if (s.kind === 'calendar') return s.title === false ? undefined : (s.title ?? o.labels.ui['calendar'] ?? '');
  return s.title;
}

function sectionView(s: Section, anchors: Anchors, o: ViewOptions, level: number): SectionView {
  const heading = sectionHeading(s, o);
  const hasHeading = heading !== undefined;
  const v: SectionView = {
    // Without a heading the section keeps the plan's id (links to it still land), and claims no other.
    id: s.id ? anchors.claim(s.id) : hasHeading ? anchors.fromTitle(heading) : '',
    title: heading ?? '',
    hasHeading,
    level,
    childLevel: hasHeading ? Math.min(level + 1, 6) : level,
    isSub: level > 2,
    goals: goalViews(s.goals),
    images: imageViews(s.images, o.images),
    sections: [],
    blocks: [],
    kind: s.kind,
    isCourses: s.kind === 'courses',
    isCalendar: s.kind === 'calendar',
    isProse: s.kind === 'prose',
    internal: s.internal === true,
    courses: [],
    months: [],
    contacts: [],
    quotes: s.kind === 'prose' ? (s.quotes ?? []).map(quoteView) : [],
  };
  if (s.text) v.textHtml = markdownToHtml(s.text);
  if (s.kind !== 'prose' && s.period) v.period = formatPeriod(s.period, o.labels);
  if (s.kind === 'prose') {
    v.contacts = (s.contacts ?? []).map(contactView);
    const l = linksFact(s.links ?? [], o);
    if (l) v.links = l;
  }
  if (o.includeInternal && s.internalNotes) v.internalNotesHtml = markdownToHtml(s.internalNotes);
  return v;
}

function monthView(m: { month: string; text?: string; events?: CalendarEvent[] }, anchors: Anchors, courses: CourseIndex, o: ViewOptions, level: number): MonthView {
  const title = formatMonth(m.month, o.labels);
  const v: MonthView = { id: anchors.fromTitle(title), level, title, events: visible(m.events, o).map((e) => eventView(e, courses, o)) };
  if (m.text) v.textHtml = markdownToHtml(m.text);
  return v;
}

function eventView(e: CalendarEvent, courses: CourseIndex, o: ViewOptions): EventView {
  const target = e.course ? courses.get(e.course) : undefined;
  const place = [e.venue, e.town, e.online ? o.labels.ui['online'] : undefined].filter((s): s is string => Boolean(s)).join(', ');
  // The document's own words for the date and time fill the date's column (the time's is then empty).
  const when = e.asWritten ? { dateText: e.asWritten, time: '' } : whenCells(e, e.date, e.endDate, ['date', 'endDate'], o);
  const v: EventView = {
    date: e.date,
    ...when,
    title: e.title,
    place,
    internal: e.internal === true,
  };
  if (target) v.href = `#${target.anchor}`;
  if (e.kind) v.kind = o.labels.ui[`event-${e.kind}`] ?? e.kind;
  if (e.audience !== undefined) v.audience = typeof e.audience === 'string' ? e.audience : joinList(e.audience, o.labels.and);
  if (e.text) v.textHtml = markdownToHtml(e.text);
  return v;
}
