import type { Contact, Course, Goal, HistoryNote, Link, Occurrence, Practical } from '../plan/types.js';
import { formatPeriod } from './helpers/periods.js';
import { joined, markdown, plain, sentences, withMarkdown, type TextRun } from './view-model-text.js';
import { costFact, organisersText, registrationFact } from './view-model-terms.js';
import { fill, label, type Labels } from './labels.js';
import { formatDate } from './helpers/dates.js';
import { capitalise, countOf, joinList } from './helpers/lists.js';
import { isOneParagraph, markdownToHtml } from './helpers/markdown.js';
import { contactView, linkView, occurrenceView, type ContactView, type LinkView, type OccurrenceView } from './view-model-items.js';
import type { LoadedImages } from './view-model-blocks.js';
import { dateStyle } from './date-style.js';
import { withoutDoubledLabel } from './fact-label.js';
import { registrationWords } from './registration-words.js';
import { goalsList, materialsList, meetingLabel, topicsList, type ListView } from './view-model-lists.js';
import { peopleFacts } from './view-model-people.js';
import { attendanceBody, creditsBody, examBody, studentFinanceBody } from './view-model-study-terms.js';

/**
 * A fact of a course ("Målgrupp: …") as data; partials/fact.hbs decides its markup. The label's
 * line carries runs, an occurrence, contacts or links (prerequisites have course links before
 * their runs; a registration its link and e-mail after them); a longer text of the plan (a list,
 * several paragraphs) follows it as blocks. Several occurrences are a list under the label instead.
 */
export interface FactView {
  key: string;
  label: string;
  /** The words on the label's line begin with the label's ("Anmälan sker …"): the label is not printed (src/render/fact-label.ts). */
  unlabelled?: boolean;
  /** The label's line: its runs of text in order. */
  runs?: TextRun[];
  /** A longer text (the plan's Markdown: a list, several paragraphs): its blocks under the label's line. */
  blocksHtml?: string;
  /** Several dated occurrences: a list under the label (partials/occurrence.hbs each). */
  items?: OccurrenceView[];
  /** One dated occurrence, after the label. */
  occurrence?: OccurrenceView;
  /** Courses named (prerequisites), linked to where they stand, before the text. */
  courseLinks?: LinkView[];
  /**
   * The registration's link and e-mail, after its text. In the facts block, `address` is the link as
   * paper prints it (example.se/anmalan/kurs) and `addressParts` the same cut after each slash
   * (["example.se/", "anmalan/", "kurs"]), where a line may break.
   */
  link?: { href: string; text: string; address?: string; addressParts?: string[] };
  email?: string;
  contacts?: ContactView[];
  /** Each contact in a paragraph of its own, its longer text under it: when one of them has more than a sentence to say. */
  contactsApart?: boolean;
  links?: LinkView[];
  /** A list (topics, goals after a lead-in or of several kinds, materials): partials/fact-list.hbs. */
  list?: ListView;
}

/** A course id and where it links: the title of the course it names. */
export type CourseIndex = ReadonlyMap<string, { title: string; anchor: string }>;

export interface CourseContext {
  labels: Labels;
  lang: string;
  /** The plan's `weekdays`: a weekday before every date (an occasion or event may choose for itself). */
  weekdays?: boolean;
  includeInternal: boolean;
  courses: CourseIndex;
  /** Ids of the courses left out (internal, or in an internal section): never named in print. */
  hidden?: ReadonlySet<string>;
  /** The plan's pictures, loaded and checked by lint. */
  images?: LoadedImages;
}

/** A fact's body, as the functions below make it; the label is the field's unless given. */
export type FactBody = Omit<FactView, 'key' | 'label'> & { label?: string };

/** The labelled paragraphs of a course in reading order: "Målgrupp: …", "Syfte: …", … */
export function courseFacts(course: Course, ctx: CourseContext): FactView[] {
  const { labels } = ctx;
  const facts: FactView[] = [];
  const add = factAdder(facts, labels);
  const text = (key: string, words: string | undefined) => add(key, words ? { runs: [plain(words)] } : undefined);
  const meeting = course.kind === 'meeting';
  add('topics', listBody(topicsList(course)));
  if (course.audience !== undefined) text('audience', typeof course.audience === 'string' ? course.audience : joinList(course.audience, labels.and));
  add('purpose', markdownBody(course.purpose));
  add('format', formatFact(course, ctx));
  if (course.period) add('coursePeriod', { runs: [plain(formatPeriod(course.period, labels))], label: meetingLabel(labels, 'coursePeriod', meeting) });
  if (course.nextStart) text('nextStart', formatDate(course.nextStart, labels, dateStyle(course, ['nextStart'], ctx)));
  add('pace', paceFact(course, ctx));
  add('workload', workloadFact(course, ctx));
  add('credits', creditsBody(course, labels));
  if (course.scope) text('scope', capitalise(label(labels.scope, course.scope)));
  text('organisers', organisersText(course, labels));
  facts.push(...peopleFacts(course.people, labels, meeting));
  add('prerequisites', prerequisitesFact(course, ctx));
  add('when', occurrencesFact(course.occurrences ?? [], ctx));
  add('recurrence', recurrenceFact(course, ctx));
  add('attendance', attendanceBody(course, labels));
  add('registration', registrationFact(course, ctx));
  add('cost', costFact(course, ctx));
  add('studentFinance', studentFinanceBody(course, labels));
  add('completion', completionFact(course, ctx));
  add('exam', examBody(course, labels));
  add('contact', contactsFact(course.contacts ?? []));
  add('goals', listBody(goalsList(course, labels)) ?? notesFact(course.goals ?? []));
  add('materials', listBody(materialsList(course.materials)));
  add('history', notesFact(course.history ?? []));
  add('links', linksFact(course.links ?? [], ctx));
  add('notes', markdownBody(course.notes));
  return facts;
}

/** Adds a fact with its field's label (or its own), when it has a body. */
function factAdder(facts: FactView[], labels: Labels): (key: string, body: FactBody | undefined) => void {
  // The tool's own call to act ("Ansök senast …") begins a registration's line: not the plan's words doubling the label.
  const calls = [registrationWords('registration', labels).by, registrationWords('application', labels).by];
  return (key, body) => {
    if (body) facts.push(withoutDoubledLabel({ key, ...body, label: body.label ?? label(labels.fields, key) }, calls));
  };
}

const listBody = (list: ListView | undefined): FactBody | undefined => (list ? { list } : undefined);

/** One paragraph of Markdown follows its label on the same line; a longer text stands under it. */
function markdownBody(md: string | undefined): FactBody | undefined {
  return md ? withMarkdown([], md, '') : undefined;
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
  return sentences(parts, f.text, f.asWritten);
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
  const body: FactBody = { ...markdownBody(p.text) };
  if (links.length) body.courseLinks = links;
  return body;
}

function occurrencesFact(list: Occurrence[], ctx: CourseContext): FactBody | undefined {
  const { includeInternal } = ctx;
  const shown = list.filter((o) => includeInternal || !o.internal);
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
  return sentences(parts, r.text, r.asWritten);
}

function paceFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const p = course.pace;
  if (!p) return undefined;
  const parts: string[] = [];
  if (p.rate) parts.push(labels.ui[`pace-${p.rate}`] ?? p.rate);
  if (p.hoursPerWeek !== undefined) parts.push(fill(labels.ui['hoursPerWeek'] ?? '{n}', { n: p.hoursPerWeek }));
  return sentences(parts, p.text, p.asWritten);
}

function workloadFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const w = course.workload;
  if (!w) return undefined;
  const parts: string[] = [];
  if (w.hours !== undefined) parts.push(countOf(w.hours, labels.units['hour'], labels, false));
  if (w.weeks !== undefined) parts.push(countOf(w.weeks, labels.units['week'] ?? [labels.ui['week'] ?? 'week', labels.ui['weeks'] ?? 'weeks'], labels, false));
  return sentences(parts, w.text, w.asWritten);
}

function completionFact(course: Course, { labels }: CourseContext): FactBody | undefined {
  const c = course.completion;
  if (!c) return undefined;
  const key = c.award ? `award-${c.award}` : 'completion';
  return { label: labels.ui[key] ?? label(labels.fields, 'completion'), ...markdownBody(c.text) };
}

/**
 * Goals or history notes: their texts in one paragraph after the label, each a sentence; when one
 * of them is longer (a list, several paragraphs), each in blocks of its own under the label.
 */
function notesFact(list: readonly (Goal | HistoryNote)[]): FactBody | undefined {
  if (!list.length) return undefined;
  const runs = list.map((n) => markdown(n.text));
  if (list.every((n) => isOneParagraph(n.text))) return { runs: joined(runs, ' ') };
  return { blocksHtml: list.map((n) => markdownToHtml(n.text)).join('\n') };
}

function contactsFact(list: Contact[]): FactBody | undefined {
  if (!list.length) return undefined;
  const contacts = list.map(contactView);
  return contacts.some((c) => c.textBlocksHtml) ? { contacts, contactsApart: true } : { contacts };
}

/** The links of a course, section, appendix or plan, as a fact "Länkar: …". */
export function linksFact(list: Link[], { labels }: { labels: Labels }): FactView | undefined {
  if (!list.length) return undefined;
  return { key: 'links', label: label(labels.fields, 'links'), links: list.map(linkView) };
}

/** The plan-wide practical facts (printed once): registration, organisers, cost, contacts, links. */
export function practicalFacts(p: Practical, ctx: Pick<CourseContext, 'labels' | 'lang' | 'weekdays'>): FactView[] {
  const facts: FactView[] = [];
  const add = factAdder(facts, ctx.labels);
  const organisers = organisersText({ organisers: p.organisers ?? [] }, ctx.labels);
  if (organisers) add('organisers', { runs: [plain(organisers)] });
  add('registration', registrationFact(p, ctx));
  add('cost', costFact(p, ctx));
  add('contact', contactsFact(p.contacts ?? []));
  add('links', linksFact(p.links ?? [], ctx));
  return facts;
}
