import { fill } from '../render/labels.js';
import { formatDate } from '../render/helpers/dates.js';
import type { AppendixChange, CourseChange, EventChange, PlanDiff, SectionChange } from './types.js';
import { changeLines, type Words } from './values.js';

/** One listed change: a line, and the lines under it. */
export interface DocItem {
  text: string;
  details: string[];
  internal?: boolean;
}

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
  const plan = diff.plan.flatMap((c) => changeLines(c, w).map((text) => ({ text, details: [], ...(c.field === 'internalNotes' ? { internal: true } : {}) })));
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
  if (c.change === 'added') return { text: `${m.courseAdded}: ${c.after?.title}${where(c.after?.section ?? '')}`, details: [], ...flag(c.internal) };
  if (c.change === 'removed') return { text: `${m.courseRemoved}: ${c.before?.title}${where(c.before?.section ?? '')}`, details: [], ...flag(c.internal) };
  const details: string[] = [];
  if (c.renamed) details.push(fill(m.renamed, c.renamed));
  if (c.idChanged) details.push(fill(m.idChanged, c.idChanged));
  if (c.moved) details.push(fill(m.moved, c.moved));
  for (const f of c.fields) details.push(...changeLines(f, w));
  return { text: c.after?.title ?? '', details, ...flag(c.internal) };
}

function sectionItem(s: SectionChange, w: Words): DocItem {
  const { m } = w;
  if (s.change === 'added') return { text: `${m.sectionAdded}: ${s.title}`, details: [], ...flag(s.internal) };
  if (s.change === 'removed') return { text: `${m.sectionRemoved}: ${s.title}`, details: [], ...flag(s.internal) };
  const details: string[] = [];
  if (s.renamed) details.push(fill(m.renamed, s.renamed));
  if (s.position) details.push(fill(m.position, { from: String(s.position.from), to: String(s.position.to) }));
  for (const f of s.fields) details.push(...changeLines(f, w));
  for (const e of s.events ?? []) details.push(eventLine(e, w));
  return { text: s.title, details, ...flag(s.internal) };
}

function eventLine(e: EventChange, w: Words): string {
  const { m } = w;
  const name = (r: { date: string; title: string } | undefined) => (r ? `${formatDate(r.date, w.labels)} ${r.title}` : '');
  const mark = e.internal ? ` (${m.internal})` : '';
  if (e.change === 'added') return `${m.eventAdded}: ${name(e.after)}${mark}`;
  if (e.change === 'removed') return `${m.eventRemoved}: ${name(e.before)}${mark}`;
  return `${m.eventChanged}: ${name(e.before)}${mark} – ${e.fields.flatMap((f) => changeLines(f, w)).join('; ')}`;
}

function appendixItem(a: AppendixChange, w: Words): DocItem {
  const { m } = w;
  if (a.change === 'added') return { text: `${m.appendixAdded}: ${a.title}`, details: [], ...flag(a.internal) };
  if (a.change === 'removed') return { text: `${m.appendixRemoved}: ${a.title}`, details: [], ...flag(a.internal) };
  const details: string[] = [];
  if (a.renamed) details.push(fill(m.renamed, a.renamed));
  for (const f of a.fields) details.push(...changeLines(f, w));
  return { text: a.title, details, ...flag(a.internal) };
}
