import type { Lang } from '../i18n/lang.js';
import type { Contact, Course, Occurrence } from '../plan/types.js';
import type { Block } from './blocks.js';
import { isQuote, labelled, quoteText, stepLine } from './labelled.js';
import type { Marks } from './marks.js';
import { findDates, findEmail, findPhone, findPrice, findTimes, findUrl } from './values.js';
import { PLAN_WORDS, type Field } from './words.js';

export interface CourseContext {
  lang: Lang;
  /** The plan's year, for a date written without one ("lördag 14 september"). */
  year?: number;
  marks: Marks;
  /** Counts for the report. */
  found: Record<string, number>;
}

/** Markdown text from paragraphs and list items, with nothing in them read as Markdown syntax. */
export function markdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    const text = b.text.replace(/^(#{1,6}\s|>|[-*+]\s|\d+[.)]\s)/gm, '\\$1');
    if (b.kind === 'item' && out.length && out[out.length - 1]!.startsWith('- ')) out[out.length - 1] += `\n- ${text}`;
    else out.push(b.kind === 'item' ? `- ${text}` : text);
  }
  return out.join('\n\n');
}

/** A date or time line starts with a date ("Lördag 14 september 2024 kl. 10–16, Folkets hus"). */
function isDateLine(text: string, year: number | undefined): boolean {
  return text.length < 200 && /^(\p{L}+dag(en)?\s+|\p{L}+\s+)?\d{1,4}[.\s/-]/u.test(text) && findDates(text.slice(0, 40), year) !== undefined;
}

function contactOf(value: string): Contact {
  const email = findEmail(value);
  const phone = findPhone(value);
  let name = value;
  for (const part of [email, phone]) if (part) name = name.replace(part, ' ');
  name = name
    .replace(/\b(e-?post|e-?mail|telefon|tlf|tel|mobil|phone)\b\.?:?/gi, ' ')
    .replace(/(\s*,\s*)+/g, ', ')
    .replace(/[\s,;:–-]+$/g, '')
    .replace(/^[\s,;:–-]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { name: name || email || phone || value, ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

type Facts = Course & { occurrences: Occurrence[] };

/** The occurrence a time or place line adds to: the last one, or a new one when there is none yet. */
function lastOccurrence(course: Facts): Occurrence {
  if (!course.occurrences.length) course.occurrences.push({});
  return course.occurrences[course.occurrences.length - 1]!;
}

const count = (ctx: CourseContext, what: string): void => void (ctx.found[what] = (ctx.found[what] ?? 0) + 1);

/** A date line is a new occurrence: its dates and times as values, the line itself as its text. */
function addDate(course: Facts, value: string, ctx: CourseContext): void {
  const dates = findDates(value, ctx.year);
  const o: Occurrence = { ...(dates ?? {}), ...findTimes(dates ? value.replace(/\d{4}-\d{2}-\d{2}/g, '') : value), text: value };
  course.occurrences.push(o);
  if (dates) count(ctx, 'dates');
}

function addTime(course: Facts, value: string): void {
  const o = lastOccurrence(course);
  Object.assign(o, findTimes(value));
  o.text = o.text ? `${o.text}, ${value}` : value;
}

function setCost(course: Facts, value: string, ctx: CourseContext): void {
  const price = findPrice(value, ctx.lang);
  // The amount as a number; the document's words after it ("inklusive lunch") as the text,
  // or all of them when the amount is not where they start.
  const lead = price?.amount !== undefined ? new RegExp(`^${String(price.amount).replace('.', '[.,]')}\\s*(kr\\.?|kronor|kroner|${price.currency})\\s*`, 'i').exec(value) : null;
  const rest = lead ? value.slice(lead[0].length).trim() : value;
  const free = price?.free && /^(gratis|kostnadsfri|kostnadsfritt)$/i.test(value);
  course.cost = { ...(price ?? {}), ...(rest && !free ? { text: rest } : {}) };
  if (price) count(ctx, 'prices');
}

function setRegistration(course: Facts, value: string, ctx: CourseContext): void {
  const email = findEmail(value);
  const url = findUrl(value);
  const deadline = /senast|innan|innen|før|inden|senest|before|by/i.test(value) ? findDates(value, ctx.year) : undefined;
  course.registration = { ...course.registration, text: value, ...(url ? { url } : {}), ...(email ? { email } : {}), ...(deadline ? { deadline: deadline.date } : {}) };
  count(ctx, 'registrations');
}

/** A deadline line without a date is kept as words of the registration. */
function setDeadline(course: Facts, value: string, ctx: CourseContext): void {
  const d = findDates(value, ctx.year);
  course.registration = d ? { ...course.registration, deadline: d.date } : { ...course.registration, text: [course.registration?.text, value].filter(Boolean).join(' ') };
  if (d) count(ctx, 'registrations');
}

/** Each labelled field into the course; the document's words are kept where the model has room for them. */
const FIELDS: Record<Field, (course: Facts, value: string, ctx: CourseContext) => void> = {
  audience: (course, value) => void (course.audience = course.audience ? `${String(course.audience)} ${value}` : value),
  purpose: (course, value) => void (course.purpose = course.purpose ? `${course.purpose}\n\n${value}` : value),
  content: (course, value) => void (course.description = course.description ? `${course.description}\n\n${value}` : value),
  format: (course, value) => void (course.format = { text: value }),
  date: addDate,
  time: addTime,
  place: (course, value) => void (lastOccurrence(course).venue = value),
  cost: setCost,
  registration: setRegistration,
  deadline: setDeadline,
  contact: (course, value) => void (course.contacts ??= []).push(contactOf(value)),
  prerequisites: (course, value) => void (course.prerequisites = { text: value }),
  organisers: (course, value) => void (course.organisers ??= []).push({ name: value }),
  workload: (course, value) => void (course.workload = { text: value }),
};

/** One labelled line into the course's field. */
function applyField(course: Facts, field: Field, value: string, ctx: CourseContext): void {
  FIELDS[field](course, value, ctx);
}

/**
 * A course from its heading and the blocks under it: labelled lines into fields, "Steg 1 …" lines
 * into steps, dated lines into occurrences, quotations into quotes, paragraphs before the first
 * label into the description. A paragraph after the labels that is none of these goes to the
 * course's notes with a comment saying the importer could not tell what it is.
 */
export function courseFrom(id: string, title: string, blocks: Block[], ctx: CourseContext): Course {
  const course: Facts = { id, title, occurrences: [] };
  const description: Block[] = [];
  const unplaced: Block[] = [];
  let seenLabel = false;
  for (const b of blocks) {
    const l = b.kind === 'paragraph' || b.kind === 'item' ? labelled(b.text) : undefined;
    const step = b.kind !== 'quote' ? stepLine(b.text) : undefined;
    if (l) {
      seenLabel = true;
      applyField(course, l.field, l.value, ctx);
    } else if (step) {
      (course.steps ??= []).push({ label: step.label, title: step.title ?? step.label });
      ctx.found['steps'] = (ctx.found['steps'] ?? 0) + 1;
    } else if (isQuote(b)) {
      (course.quotes ??= []).push({ text: quoteText(b.text) });
      ctx.found['quotes'] = (ctx.found['quotes'] ?? 0) + 1;
    } else if (b.kind !== 'heading' && isDateLine(b.text, ctx.year)) applyField(course, 'date', b.text, ctx);
    else (seenLabel ? unplaced : description).push(b);
  }
  if (description.length) course.description = [markdown(description), course.description].filter(Boolean).join('\n\n');
  if (!course.occurrences.length) delete (course as Course).occurrences;
  if (unplaced.length) {
    course.notes = markdown(unplaced);
    ctx.marks.add(course, 'notes', PLAN_WORDS[ctx.lang].unplaced);
    ctx.found['freeText'] = (ctx.found['freeText'] ?? 0) + unplaced.length;
  }
  return course;
}
