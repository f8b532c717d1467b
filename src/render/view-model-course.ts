import type { Contact, Course, Goal, HistoryNote, Link, Occurrence, Practical, Quote, Session } from '../plan/types.js';
import { imageViews, noticeViews, type ImageView, type LoadedImages, type NoticeView } from './view-model-blocks.js';
import { formatPeriod } from './helpers/periods.js';
import { fill, label, type Labels } from './labels.js';
import { formatDate, formatDateRange, formatTimeRange } from './helpers/dates.js';
import { capitalise, countOf, joinList } from './helpers/lists.js';
import { escapeHtml, isOneParagraph, markdownInline, markdownToHtml, safeHref } from './helpers/markdown.js';

/** What a template needs of a course; every HTML string here is already escaped or sanitised. */
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
  /** Labelled paragraphs in reading order: "Målgrupp: …", "Syfte: …", … */
  facts: FactView[];
  internalNotesHtml?: string;
}

/**
 * A fact of a course ("Målgrupp: …") as data; partials/fact.hbs decides its markup. Exactly one
 * of html, blocksHtml, items, contacts or links carries its body; html is inline HTML already
 * escaped or sanitised (a phrase, a sentence or two of Markdown).
 */
export interface FactView {
  key: string;
  label: string;
  /** One paragraph after the label. */
  html?: string;
  /** A longer text: its blocks under the label. */
  blocksHtml?: string;
  /** Several dated occurrences: a list under the label (partials/occurrence.hbs each). */
  items?: OccurrenceView[];
  /** One dated occurrence, after the label. */
  occurrence?: OccurrenceView;
  /** Courses named (prerequisites), linked to where they stand, before the text. */
  courseLinks?: LinkView[];
  /** The registration's link and e-mail, after its text. */
  link?: { href: string; text: string };
  email?: string;
  contacts?: ContactView[];
  links?: LinkView[];
}

/** A dated occasion; partials/occurrence.hbs writes "Internat 1: Tema 4 februari 2023, 10:00–16:00, …". */
export interface OccurrenceView {
  /** The occurrence's label and theme: "Internat 1: Organisering". */
  label?: string;
  /** Date, time, place and state in words, a sentence (plain text). */
  text?: string;
  url?: string;
  noteHtml?: string;
  internal: boolean;
}

export interface ContactView {
  name: string;
  role?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  /** The phone number as a tel: target (digits and +). */
  phoneHref?: string;
  textHtml?: string;
}

export interface LinkView {
  text: string;
  /** Absent for a link that may not be followed (not http(s) or mailto): its text alone. */
  href?: string;
}

/** A fact's body, as the functions below make it; the label is the field's unless given. */
type FactBody = Omit<FactView, 'key' | 'label'> & { label?: string };

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

/** A course id and where it links: the title of the course it names. */
export type CourseIndex = ReadonlyMap<string, { title: string; anchor: string }>;

export interface CourseContext {
  labels: Labels;
  lang: string;
  includeInternal: boolean;
  courses: CourseIndex;
  /** Ids of the courses left out (internal, or in an internal section): never named in print. */
  hidden?: ReadonlySet<string>;
  /** The plan's pictures, loaded and checked by lint. */
  images?: LoadedImages;
}

export function courseView(course: Course, anchor: string, ctx: CourseContext, level = 3): CourseView {
  const { labels } = ctx;
  const view: CourseView = {
    id: anchor,
    title: course.title,
    level,
    internal: course.internal === true,
    quotes: (course.quotes ?? []).map(quoteView),
    steps: (course.steps ?? []).map((s) => stepView(s, course, ctx)),
    notices: noticeViews(course.notices),
    images: imageViews(course.images, ctx.images),
    facts: [],
  };
  if (course.subtitle) view.subtitle = course.subtitle;
  if (course.summary) view.summaryHtml = markdownToHtml(course.summary);
  if (course.description) view.descriptionHtml = markdownToHtml(course.description);
  if (ctx.includeInternal && course.internalNotes) view.internalNotesHtml = markdownToHtml(course.internalNotes);

  const facts = view.facts;
  const add = factAdder(facts, labels);
  const text = (key: string, plain: string | undefined) => add(key, plain ? { html: escapeHtml(plain) } : undefined);
  const markdown = (key: string, md: string | undefined) => add(key, md ? markdownBody(md) : undefined);

  if (course.audience !== undefined) text('audience', typeof course.audience === 'string' ? course.audience : joinList(course.audience, labels.and));
  markdown('purpose', course.purpose);
  add('format', formatFact(course, ctx));
  if (course.period) text('coursePeriod', formatPeriod(course.period, labels));
  if (course.nextStart) text('nextStart', formatDate(course.nextStart, labels));
  add('pace', paceFact(course, ctx));
  add('workload', workloadFact(course, ctx));
  if (course.scope) text('scope', capitalise(label(labels.scope, course.scope)));
  text('organisers', organisersText(course, labels));
  add('prerequisites', prerequisitesFact(course, ctx));
  add('when', occurrencesFact(course.occurrences ?? [], ctx));
  add('recurrence', recurrenceFact(course, ctx));
  add('registration', registrationFact(course, ctx));
  add('cost', costFact(course, ctx));
  add('completion', completionFact(course, ctx));
  add('contact', contactsFact(course.contacts ?? []));
  add('goals', goalsFact(course.goals ?? [], ctx));
  add('history', historyFact(course.history ?? [], ctx));
  add('links', linksFact(course.links ?? [], ctx));
  markdown('notes', course.notes);
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
    inline: step.description === undefined || isPhrase(step.description),
    modules: (step.modules ?? []).map((m) => (m.description ? { title: m.title, descriptionHtml: markdownToHtml(m.description) } : { title: m.title })),
    // An id that names no session is a lint error (plan/unknown-session); the build leaves it out.
    sessions: (step.sessions ?? []).flatMap((r) => {
      const s = typeof r === 'string' ? library.get(r) : r;
      return s ? [sessionView(s, ctx)] : [];
    }),
    occurrences: (step.occurrences ?? []).filter((o) => ctx.includeInternal || !o.internal).map((o) => occurrenceView(o, ctx)),
    chooseOne: false,
  };
  v.chooseOne = v.occurrences.length > 1;
  if (step.label) v.label = step.label;
  if (step.description) v.descriptionHtml = v.inline ? markdownInline(step.description) : markdownToHtml(step.description);
  return v;
}

function sessionView(s: Session, { labels }: CourseContext): SessionView {
  const v: SessionView = { title: s.title, elective: s.elective === true, options: [...(s.options ?? [])] };
  if (s.description) v.descriptionHtml = markdownInline(s.description);
  if (s.hours !== undefined) v.hours = countOf(s.hours, labels.units['hour'], labels, false);
  return v;
}

const isPhrase = (text: string) => !/\n\s*\n/.test(text.trim()) && !/^\s*([-*+]|\d+[.)])\s/m.test(text);

/** Adds a fact with its field's label (or its own), when it has a body. */
function factAdder(facts: FactView[], labels: Labels): (key: string, body: FactBody | undefined) => void {
  return (key, body) => {
    if (body) facts.push({ key, ...body, label: body.label ?? label(labels.fields, key) });
  };
}

/** One paragraph of Markdown follows its label on the same line; a longer text stands under it. */
function markdownBody(md: string): FactBody {
  return isOneParagraph(md) ? { html: markdownInline(md) } : { blocksHtml: markdownToHtml(md) };
}

function formatFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const f = course.format ?? {};
  const parts: string[] = [];
  if (f.type) parts.push(label(labels.formats, f.type));
  if (f.days !== undefined) parts.push(countOf(f.days, labels.units['day'], labels, false));
  if (f.weekends !== undefined) parts.push(countOf(f.weekends, labels.units['weekend'], labels));
  if (f.sessions !== undefined) parts.push(countOf(f.sessions, labels.units['session'], labels));
  if (f.hours !== undefined) parts.push(countOf(f.hours, labels.units['hour'], labels, false));
  if (course.residential !== undefined) parts.push(course.residential ? labels.residential.yes : labels.residential.no);
  if (course.delivery) parts.push(label(labels.delivery, course.delivery));
  const sentences: string[] = [];
  if (parts.length) sentences.push(escapeHtml(capitalise(parts.join(', '))));
  if (f.text) sentences.push(markdownInline(f.text));
  return sentences.length ? { html: sentences.join('. ') } : undefined;
}

/** "I regi av Arbetarekommunen, i samarbete med ABF": names grouped by role, in the plan's order. */
export function organisersText(course: Course, labels: Labels): string | undefined {
  const groups = new Map<string, string[]>();
  for (const o of course.organisers ?? []) {
    const key = o.role ?? '';
    groups.set(key, [...(groups.get(key) ?? []), o.name]);
  }
  if (!groups.size) return undefined;
  const phrases = [...groups].map(([role, names]) => (role ? `${label(labels.roles, role)} ${joinList(names, labels.and)}` : joinList(names, labels.and)));
  return capitalise(phrases.join(', '));
}

function prerequisitesFact(course: Course, { courses, hidden }: CourseContext): FactBody | undefined {
  const p = course.prerequisites;
  if (!p) return undefined;
  const links = (p.courses ?? [])
    .filter((id) => courses.has(id) || !hidden?.has(id))
    .map((id): LinkView => {
      const target = courses.get(id);
      return target ? { text: target.title, href: `#${target.anchor}` } : { text: id };
    });
  if (!links.length && !p.text) return undefined;
  const body: FactBody = {};
  if (links.length) body.courseLinks = links;
  if (p.text) body.html = markdownInline(p.text);
  return body;
}

function occurrenceView(o: Occurrence, { labels }: CourseContext): OccurrenceView {
  const parts: string[] = [];
  if (o.dates?.length)
    parts.push(
      joinList(
        o.dates.map((d) => formatDate(d, labels)),
        labels.and,
      ),
    );
  else if (o.date) parts.push(formatDateRange(o.date, o.endDate, labels));
  const time = formatTimeRange(o.startTime, o.endTime);
  if (time) parts.push(time);
  const place = [o.venue, o.address, o.town].filter((s): s is string => Boolean(s)).join(', ');
  if (place) parts.push(place);
  // "To be announced" is a state the reader must see, not a venue left out.
  if (o.venueStatus === 'to-be-announced') parts.push(labels.ui['venueTba'] ?? 'venue to be announced');
  if (o.hours !== undefined) parts.push(countOf(o.hours, labels.units['hour'], labels, false));
  if (o.locally) parts.push(labels.ui['locally'] ?? 'locally');
  if (o.online) parts.push(labels.ui['online'] ?? 'online');
  const v: OccurrenceView = { internal: o.internal === true };
  const head = [o.label, o.theme].filter((s): s is string => Boolean(s)).join(': ');
  if (head) v.label = head;
  if (parts.length) v.text = `${capitalise(parts.join(', '))}.`;
  const url = safeHref(o.url);
  if (url) v.url = url;
  if (o.text) v.noteHtml = markdownInline(o.text);
  return v;
}

function occurrencesFact(list: Occurrence[], ctx: CourseContext): FactBody | undefined {
  const shown = list.filter((o) => ctx.includeInternal || !o.internal);
  if (!shown.length) return undefined;
  if (shown.length === 1) return { occurrence: occurrenceView(shown[0]!, ctx) };
  return { items: shown.map((o) => occurrenceView(o, ctx)) };
}

function recurrenceFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const r = course.recurrence;
  if (!r) return undefined;
  const parts: string[] = [];
  if (r.count !== undefined) {
    const times = r.count === 1 ? labels.times.one : fill(labels.times.many, { n: labels.numbers[r.count] ?? r.count });
    parts.push(r.per ? `${times} ${label(labels.per, r.per)}` : times);
  }
  if (r.onRequest) parts.push(labels.onRequest);
  const sentences: string[] = [];
  if (parts.length) sentences.push(escapeHtml(capitalise(parts.join(', '))));
  if (r.text) sentences.push(markdownInline(r.text));
  return sentences.length ? { html: sentences.join('. ') } : undefined;
}

function registrationFact(course: Pick<Course, 'registration'>, { labels }: Pick<CourseContext, 'labels'>): FactBody | undefined {
  const r = course.registration;
  if (!r) return undefined;
  const ui = labels.ui;
  const parts: string[] = [];
  if (r.text) parts.push(markdownInline(r.text));
  const facts: string[] = [];
  const applying = r.kind === 'application';
  if (r.deadline) facts.push(escapeHtml(fill((applying ? ui['applicationDeadline'] : ui['deadline']) ?? '{date}', { date: formatDate(r.deadline, labels) })));
  if (r.capacity) facts.push(escapeHtml(fill(ui['capacity'] ?? '{n}', { n: r.capacity })));
  if (r.status) facts.push(escapeHtml(label(labels.registrationStatus, r.status)));
  if (facts.length) parts.push(`${capitaliseHtml(facts.join(', '))}.`);
  const body: FactBody = { html: parts.join(' ') };
  if (applying) body.label = label(labels.fields, 'application');
  const url = safeHref(r.url);
  if (url) body.link = { href: url, text: (applying ? ui['applyHere'] : ui['registerHere']) ?? url };
  if (r.email) body.email = r.email;
  return body.html || body.link || body.email ? body : undefined;
}

/** The krone of the plan's own country as its readers write it: 200 kr (Sweden, Norway), 200 kr. (Denmark). */
const KRONER: Partial<Record<string, readonly [string, string]>> = { sv: ['SEK', 'kr'], nb: ['NOK', 'kr'], da: ['DKK', 'kr.'] };

function costFact(course: Pick<Course, 'cost'>, { labels, lang }: Pick<CourseContext, 'labels' | 'lang'>): FactBody | undefined {
  const c = course.cost;
  if (!c) return undefined;
  const ui = labels.ui;
  const parts: string[] = [];
  if (c.amount !== undefined) {
    const currency = c.currency ?? 'SEK';
    const own = KRONER[lang];
    parts.push(`${c.amount} ${own && own[0] === currency ? own[1] : currency}`);
  }
  if (c.free) parts.push(ui['free'] ?? 'free');
  const sentences = parts.length ? [capitalise(parts.join(', '))] : [];
  // A cost written in words says it better than the parts; only the amount goes before it.
  if (!c.text) {
    const who = c.paidBy ? fill(ui['paidBy'] ?? '{who}', { who: c.paidBy }) : '';
    const not = c.notCovered?.length ? fill(ui['notCovered'] ?? '{list}', { list: joinList(c.notCovered, labels.and) }) : '';
    const rest = [who, not].filter(Boolean).join(', ');
    if (rest) sentences.push(capitalise(rest));
  }
  if (c.includes?.length) sentences.push(fill(ui['includes'] ?? '{list}', { list: joinList(c.includes, labels.and) }));
  if (c.otherPayers?.length) sentences.push(fill(ui['otherPayers'] ?? '{list}', { list: joinList(c.otherPayers, labels.and) }));
  const html = [...sentences.map(escapeHtml), ...(c.text ? [markdownInline(c.text)] : [])].join('. ');
  const exceptions = (c.exceptions ?? []).map((e) => markdownInline(e));
  const withExceptions = exceptions.length ? `${html ? `${html}. ` : ''}${escapeHtml(ui['exceptions'] ?? '')} ${exceptions.join('; ')}` : html;
  return withExceptions ? { html: withExceptions.trim() } : undefined;
}

function paceFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const p = course.pace;
  if (!p) return undefined;
  const parts: string[] = [];
  if (p.rate) parts.push(labels.ui[`pace-${p.rate}`] ?? p.rate);
  if (p.hoursPerWeek !== undefined) parts.push(fill(labels.ui['hoursPerWeek'] ?? '{n}', { n: p.hoursPerWeek }));
  const sentences = parts.length ? [escapeHtml(capitalise(parts.join(', ')))] : [];
  if (p.text) sentences.push(markdownInline(p.text));
  return sentences.length ? { html: sentences.join('. ') } : undefined;
}

function workloadFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const w = course.workload;
  if (!w) return undefined;
  const parts: string[] = [];
  if (w.hours !== undefined) parts.push(countOf(w.hours, labels.units['hour'], labels, false));
  if (w.weeks !== undefined) parts.push(countOf(w.weeks, labels.units['week'] ?? [labels.ui['week'] ?? 'week', labels.ui['weeks'] ?? 'weeks'], labels, false));
  const sentences = parts.length ? [escapeHtml(capitalise(parts.join(', ')))] : [];
  if (w.text) sentences.push(markdownInline(w.text));
  return sentences.length ? { html: sentences.join('. ') } : undefined;
}

function completionFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const c = course.completion;
  if (!c) return undefined;
  const key = c.award ? `award-${c.award}` : 'completion';
  return { label: labels.ui[key] ?? label(labels.fields, 'completion'), html: markdownInline(c.text) };
}

/** The plan-wide practical facts (printed once): registration, organisers, cost, contacts, links. */
export function practicalFacts(p: Practical, ctx: Pick<CourseContext, 'labels' | 'lang'>): FactView[] {
  const { labels } = ctx;
  const facts: FactView[] = [];
  const add = factAdder(facts, labels);
  const organisers = organisersText({ organisers: p.organisers ?? [] } as Course, labels);
  if (organisers) add('organisers', { html: escapeHtml(organisers) });
  add('registration', registrationFact(p, ctx));
  add('cost', costFact(p, ctx));
  add('contact', contactsFact(p.contacts ?? []));
  add('links', linksFact(p.links ?? [], ctx));
  return facts;
}

/** A contact as data; partials/contact.hbs writes "Namn, roll, e-post, Telefon 070-…". */
export function contactView(c: Contact): ContactView {
  const v: ContactView = { name: c.name };
  if (c.role) v.role = c.role;
  if (c.organisation) v.organisation = c.organisation;
  if (c.email) v.email = c.email;
  if (c.phone) {
    v.phone = c.phone;
    v.phoneHref = c.phone.replace(/[^+0-9]/g, '');
  }
  if (c.text) v.textHtml = markdownInline(c.text);
  return v;
}

function contactsFact(list: Contact[]): FactBody | undefined {
  return list.length ? { contacts: list.map(contactView) } : undefined;
}

function goalsFact(list: Goal[], _ctx: CourseContext): FactBody | undefined {
  if (!list.length) return undefined;
  return { html: list.map((g) => markdownInline(g.text)).join(' ') };
}

function historyFact(list: HistoryNote[], _ctx: CourseContext): FactBody | undefined {
  if (!list.length) return undefined;
  return { html: list.map((h) => markdownInline(h.text)).join(' ') };
}

/** The links of a course, section, appendix or plan, as a fact "Länkar: …". */
export function linksFact(list: Link[], { labels }: { labels: Labels }): FactView | undefined {
  if (!list.length) return undefined;
  return { key: 'links', label: label(labels.fields, 'links'), links: list.map(linkView) };
}

function capitaliseHtml(html: string): string {
  return html.startsWith('<') ? html : capitalise(html);
}

function linkView(l: Link): LinkView {
  const href = safeHref(l.url);
  return href ? { text: l.title, href } : { text: l.title };
}
