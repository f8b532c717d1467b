import type { Contact, Course, Goal, HistoryNote, Link, Occurrence, Quote } from '../plan/types.js';
import { fill, label, type Labels } from './labels.js';
import { formatDate, formatDateRange, formatTimeRange } from './helpers/dates.js';
import { capitalise, countOf, joinList } from './helpers/lists.js';
import { escapeHtml, labelledMarkdown, markdownInline, markdownToHtml, safeHref } from './helpers/markdown.js';

/** What a template needs of a course; every HTML string here is already escaped or sanitised. */
export interface CourseView {
  id: string;
  title: string;
  subtitle?: string;
  internal: boolean;
  summaryHtml?: string;
  quotes: QuoteView[];
  descriptionHtml?: string;
  steps: StepView[];
  /** Labelled paragraphs in reading order: "Målgrupp: …", "Syfte: …", … */
  facts: FactView[];
  internalNotesHtml?: string;
}

export interface FactView {
  key: string;
  label: string;
  html: string;
}

export interface StepView {
  label?: string;
  title: string;
  descriptionHtml?: string;
  /** The description continues the line ("Steg 1 Mediakunskap – …") rather than a block. */
  inline: boolean;
  modules: { title: string; descriptionHtml?: string }[];
}

export interface QuoteView {
  html: string;
  source?: string;
  author?: string;
  cite?: string;
}

/** A course id and where it links: the title of the course it names. */
export type CourseIndex = Map<string, { title: string; anchor: string }>;

export interface CourseContext {
  labels: Labels;
  lang: string;
  includeInternal: boolean;
  courses: CourseIndex;
  /** Ids of the courses left out (internal, or in an internal section): never named in print. */
  hidden?: ReadonlySet<string>;
}

export function courseView(course: Course, anchor: string, ctx: CourseContext): CourseView {
  const { labels } = ctx;
  const view: CourseView = {
    id: anchor,
    title: course.title,
    internal: course.internal === true,
    quotes: (course.quotes ?? []).map(quoteView),
    steps: (course.steps ?? []).map(stepView),
    facts: [],
  };
  if (course.subtitle) view.subtitle = course.subtitle;
  if (course.summary) view.summaryHtml = markdownToHtml(course.summary);
  if (course.description) view.descriptionHtml = markdownToHtml(course.description);
  if (ctx.includeInternal && course.internalNotes) view.internalNotesHtml = markdownToHtml(course.internalNotes);

  const facts = view.facts;
  const add = (key: string, html: string | undefined) => {
    if (html) facts.push({ key, label: label(labels.fields, key), html });
  };
  const text = (key: string, plain: string | undefined) => add(key, plain ? `<p><strong>${escapeHtml(label(labels.fields, key))}:</strong> ${escapeHtml(plain)}</p>` : undefined);
  const markdown = (key: string, md: string | undefined) => add(key, md ? labelledMarkdown(escapeHtml(label(labels.fields, key)), md) : undefined);

  if (course.audience !== undefined) text('audience', typeof course.audience === 'string' ? course.audience : joinList(course.audience, labels.and));
  markdown('purpose', course.purpose);
  add('format', formatFact(course, ctx));
  if (course.scope) text('scope', capitalise(label(labels.scope, course.scope)));
  text('organisers', organisersText(course, labels));
  add('prerequisites', prerequisitesFact(course, ctx));
  add('when', occurrencesFact(course.occurrences ?? [], ctx));
  add('recurrence', recurrenceFact(course, ctx));
  add('registration', registrationFact(course, ctx));
  add('cost', costFact(course, ctx));
  add('contact', contactsFact(course.contacts ?? [], ctx));
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

function stepView(step: NonNullable<Course['steps']>[number]): StepView {
  const v: StepView = {
    title: step.title,
    inline: step.description === undefined || isPhrase(step.description),
    modules: (step.modules ?? []).map((m) => (m.description ? { title: m.title, descriptionHtml: markdownToHtml(m.description) } : { title: m.title })),
  };
  if (step.label) v.label = step.label;
  if (step.description) v.descriptionHtml = v.inline ? markdownInline(step.description) : markdownToHtml(step.description);
  return v;
}

const isPhrase = (text: string) => !/\n\s*\n/.test(text.trim()) && !/^\s*([-*+]|\d+[.)])\s/m.test(text);

/** Opens a labelled paragraph; the label is escaped here, the body by the caller. */
function para(labels: Labels, key: string, bodyHtml: string): string {
  return `<p><strong>${escapeHtml(label(labels.fields, key))}:</strong> ${bodyHtml}</p>`;
}

function formatFact(course: Course, { labels }: CourseContext): string | undefined {
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
  return sentences.length ? para(labels, 'format', sentences.join('. ')) : undefined;
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

function prerequisitesFact(course: Course, { labels, courses, hidden }: CourseContext): string | undefined {
  const p = course.prerequisites;
  if (!p) return undefined;
  const links = (p.courses ?? []).filter((id) => courses.has(id) || !hidden?.has(id)).map((id) => {
    const target = courses.get(id);
    return target ? `<a href="#${escapeHtml(target.anchor)}">${escapeHtml(target.title)}</a>` : escapeHtml(id);
  });
  const parts: string[] = [];
  if (links.length) parts.push(`${joinList(links, escapeHtml(labels.and))}.`);
  if (p.text) parts.push(markdownInline(p.text));
  if (!parts.length) return undefined;
  return para(labels, 'prerequisites', parts.join(' '));
}

function occurrenceText(o: Occurrence, { labels }: CourseContext): string {
  const parts: string[] = [];
  if (o.dates?.length) parts.push(escapeHtml(joinList(o.dates.map((d) => formatDate(d, labels)), labels.and)));
  else if (o.date) parts.push(escapeHtml(formatDateRange(o.date, o.endDate, labels)));
  const time = formatTimeRange(o.startTime, o.endTime);
  if (time) parts.push(escapeHtml(time));
  const place = [o.venue, o.address, o.town].filter((s): s is string => Boolean(s)).join(', ');
  if (place) parts.push(escapeHtml(place));
  if (o.locally) parts.push(escapeHtml(labels.ui['locally'] ?? 'locally'));
  if (o.online) parts.push(escapeHtml(labels.ui['online'] ?? 'online'));
  let html = capitaliseHtml(parts.join(', '));
  if (html) html += '.';
  const url = safeHref(o.url);
  if (url) html += ` <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  if (o.text) html += ` ${markdownInline(o.text)}`;
  return html.trim();
}

function occurrencesFact(list: Occurrence[], ctx: CourseContext): string | undefined {
  const shown = list.filter((o) => ctx.includeInternal || !o.internal);
  if (!shown.length) return undefined;
  const mark = (o: Occurrence) => (o.internal ? ` <span class="internal-mark">${escapeHtml(ctx.labels.ui['internalMark'] ?? '')}</span>` : '');
  if (shown.length === 1) return para(ctx.labels, 'when', occurrenceText(shown[0]!, ctx) + mark(shown[0]!));
  const items = shown.map((o) => `<li${o.internal ? ' class="internal"' : ''}>${occurrenceText(o, ctx)}${mark(o)}</li>`).join('\n');
  return `<p><strong>${escapeHtml(label(ctx.labels.fields, 'when'))}:</strong></p>\n<ul class="occurrences">\n${items}\n</ul>`;
}

function recurrenceFact(course: Course, { labels }: CourseContext): string | undefined {
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
  return sentences.length ? para(labels, 'recurrence', sentences.join('. ')) : undefined;
}

function registrationFact(course: Course, { labels }: CourseContext): string | undefined {
  const r = course.registration;
  if (!r) return undefined;
  const ui = labels.ui;
  const parts: string[] = [];
  if (r.text) parts.push(markdownInline(r.text));
  const facts: string[] = [];
  if (r.deadline) facts.push(escapeHtml(fill(ui['deadline'] ?? '{date}', { date: formatDate(r.deadline, labels) })));
  if (r.capacity) facts.push(escapeHtml(fill(ui['capacity'] ?? '{n}', { n: r.capacity })));
  if (r.status) facts.push(escapeHtml(label(labels.registrationStatus, r.status)));
  if (facts.length) parts.push(`${capitaliseHtml(facts.join(', '))}.`);
  const url = safeHref(r.url);
  if (url) parts.push(`<a href="${escapeHtml(url)}">${escapeHtml(ui['registerHere'] ?? url)}</a>`);
  if (r.email) parts.push(`<a href="mailto:${escapeHtml(r.email)}">${escapeHtml(r.email)}</a>`);
  return parts.length ? para(labels, 'registration', parts.join(' ')) : undefined;
}

function costFact(course: Course, { labels, lang }: CourseContext): string | undefined {
  const c = course.cost;
  if (!c) return undefined;
  const ui = labels.ui;
  const parts: string[] = [];
  if (c.amount !== undefined) {
    const currency = c.currency ?? 'SEK';
    parts.push(`${c.amount} ${currency === 'SEK' && lang === 'sv' ? 'kr' : currency}`);
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
  const html = [...sentences.map(escapeHtml), ...(c.text ? [markdownInline(c.text)] : [])].join('. ');
  return html ? para(labels, 'cost', html) : undefined;
}

export function contactText(c: Contact, labels: Labels): string {
  const parts = [escapeHtml(c.name)];
  if (c.role) parts.push(escapeHtml(c.role));
  if (c.organisation) parts.push(escapeHtml(c.organisation));
  if (c.email) parts.push(`<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>`);
  if (c.phone) parts.push(`${escapeHtml(labels.ui['phone'] ?? '')} <a href="tel:${escapeHtml(c.phone.replace(/[^+0-9]/g, ''))}">${escapeHtml(c.phone)}</a>`);
  let html = parts.join(', ');
  if (c.text) html += `. ${markdownInline(c.text)}`;
  return html;
}

function contactsFact(list: Contact[], { labels }: CourseContext): string | undefined {
  if (!list.length) return undefined;
  return para(labels, 'contact', list.map((c) => contactText(c, labels)).join('; '));
}

function goalsFact(list: Goal[], { labels }: CourseContext): string | undefined {
  if (!list.length) return undefined;
  return para(labels, 'goals', list.map((g) => markdownInline(g.text)).join(' '));
}

function historyFact(list: HistoryNote[], { labels }: CourseContext): string | undefined {
  if (!list.length) return undefined;
  return para(labels, 'history', list.map((h) => markdownInline(h.text)).join(' '));
}

export function linksFact(list: Link[], { labels }: { labels: Labels }): string | undefined {
  if (!list.length) return undefined;
  return para(labels, 'links', list.map((l) => link(l)).join(', '));
}

function capitaliseHtml(html: string): string {
  return html.startsWith('<') ? html : capitalise(html);
}

function link(l: Link): string {
  const href = safeHref(l.url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(l.title)}</a>` : escapeHtml(l.title);
}
