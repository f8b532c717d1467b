import { fill } from '../render/labels.js';
import { formatDate } from '../render/helpers/dates.js';
import type { AppendixChange, CourseChange, EventChange, PlanDiff, SectionChange } from './types.js';
import { changeLines, datesOf, fieldLabel, type Line, type Words } from './values.js';

/** One listed change: a line, and the lines under it (a line's changed words marked: values.ts). */
export interface DocItem {
  text: Line;
  details: Line[];
  internal?: boolean;
}

const plain = (text: string): Line => [{ text }];

export interface DocGroup {
  heading: string;
  items: DocItem[];
}

/** The diff in words, before it is laid out as text, Markdown or HTML. */
export interface DiffDocument {
  lang: string;
  title: string;
  sources: string;
  summary: string;
  groups: DocGroup[];
}

/** Puts a diff into words, grouped: the plan, sections, courses, appendices. */
export function diffDocument(diff: PlanDiff, w: Words): DiffDocument {
  const { m } = w;
  // The period after the title, unless the title says it already (2011-2014 and 2011–2014 alike).
  const dashless = (s: string) => s.replace(/[\u2010-\u2015-]/g, '-');
  const oldName = diff.old.period && !dashless(diff.old.title).includes(dashless(diff.old.period)) ? `${diff.old.title} (${diff.old.period})` : diff.old.title;
  const groups: DocGroup[] = [];
  const plan = diff.plan.flatMap((c) => changeLines(c, w).map((text): DocItem => ({ text, details: [], ...(c.field === 'internalNotes' ? { internal: true } : {}) })));
  if (plan.length) groups.push({ heading: m.planLevel, items: plan });
  if (diff.sections.length) groups.push({ heading: m.sections, items: diff.sections.map((s) => sectionItem(s, w)) });
  if (diff.courses.length) groups.push({ heading: m.courses, items: diff.courses.map((c) => courseItem(c, w)) });
  if (diff.appendices.length) groups.push({ heading: m.appendices, items: diff.appendices.map((a) => appendixItem(a, w)) });
  return {
    lang: diff.language,
    title: fill(m.comparedWith, { old: oldName }),
    sources: fill(m.sources, { old: diff.old.source, new: diff.new.source }),
    summary: diff.count === 0 ? m.noChanges : diff.count === 1 ? m.summary.one : fill(m.summary.many, { n: diff.count }),
    groups,
  };
}

const flag = (internal: boolean | undefined) => (internal ? { internal: true } : {});

function courseItem(c: CourseChange, w: Words): DocItem {
  const { m } = w;
  const where = (section: string) => (section ? ` (${fill(m.inSection, { section })})` : '');
  if (c.change === 'added') return { text: plain(`${m.courseAdded}: ${c.after?.title}${where(c.after?.section ?? '')}`), details: [], ...flag(c.internal) };
  if (c.change === 'removed') return { text: plain(`${m.courseRemoved}: ${c.before?.title}${where(c.before?.section ?? '')}`), details: [], ...flag(c.internal) };
  const details: Line[] = [];
  if (c.renamed) details.push(plain(fill(m.renamed, c.renamed)));
  if (c.idChanged) details.push(plain(fill(m.idChanged, c.idChanged)));
  if (c.moved) details.push(plain(fill(m.moved, c.moved)));
  for (const f of c.fields) details.push(...changeLines(f, w));
  return { text: plain(c.after?.title ?? ''), details, ...flag(c.internal) };
}

function sectionItem(s: SectionChange, w: Words): DocItem {
  const { m } = w;
  if (s.change === 'added') return { text: plain(`${m.sectionAdded}: ${s.title}`), details: [], ...flag(s.internal) };
  if (s.change === 'removed') return { text: plain(`${m.sectionRemoved}: ${s.title}`), details: [], ...flag(s.internal) };
  const details: Line[] = [];
  if (s.renamed) details.push(plain(fill(m.renamed, s.renamed)));
  if (s.position) details.push(plain(fill(m.position, { from: String(s.position.from), to: String(s.position.to) })));
  for (const f of s.fields) details.push(...changeLines(f, w));
  for (const e of s.events ?? []) details.push(eventLine(e, w));
  return { text: plain(s.title), details, ...flag(s.internal) };
}

function eventLine(e: EventChange, w: Words): Line {
  const { m } = w;
  const name = (r: { date: string; title: string } | undefined) => (r ? `${formatDate(r.date, w.labels)} ${r.title}` : '');
  const mark = e.internal ? ` (${m.internal})` : '';
  if (e.change === 'added') return plain(`${m.eventAdded}: ${name(e.after)}${mark}`);
  if (e.change === 'removed') return plain(`${m.eventRemoved}: ${name(e.before)}${mark}`);
  // A new date (and end date) is one move: "flyttat från 24 september 2022–25 september 2022 till …".
  const dated = e.fields.filter((f) => f.field === 'date' || f.field === 'endDate');
  const when = (side: 'before' | 'after') => Object.fromEntries(dated.map((f) => [f.field, f[side]]));
  const move: Line[] =
    dated.length === 2 || dated[0]?.field === 'date' ? [[{ text: `${fieldLabel('date', w)}: ${fill(m.movedDate, { from: datesOf(when('before'), w), to: datesOf(when('after'), w) })}` }]] : [];
  const how = [...move, ...e.fields.filter((f) => !move.length || !dated.includes(f)).flatMap((f) => changeLines(f, w))];
  return [{ text: `${m.eventChanged}: ${name(e.before)}${mark} – ` }, ...how.flatMap((l, i) => (i ? [{ text: '; ' }, ...l] : l))];
}

function appendixItem(a: AppendixChange, w: Words): DocItem {
  const { m } = w;
  if (a.change === 'added') return { text: plain(`${m.appendixAdded}: ${a.title}`), details: [], ...flag(a.internal) };
  if (a.change === 'removed') return { text: plain(`${m.appendixRemoved}: ${a.title}`), details: [], ...flag(a.internal) };
  const details: Line[] = [];
  if (a.renamed) details.push(plain(fill(m.renamed, a.renamed)));
  for (const f of a.fields) details.push(...changeLines(f, w));
  return { text: plain(a.title), details, ...flag(a.internal) };
}
