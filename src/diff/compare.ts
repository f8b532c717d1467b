/* eslint-disable max-lines -- one comparer per part of a plan (fields, sections, courses, calendar, appendices), all on the same pairing helpers (pairBy, multisetDiff); each function fits a screen */
import { planIndex, shownIn } from '../plan/plan-index.js';
import type { Appendix, CalendarEvent, Course, Section, StudyPlan } from '../plan/types.js';
import { isLang } from '../i18n/lang.js';
import { inferYears } from '../plan/year-less.js';
import { pairItems, wordChange } from './items.js';
import type { AppendixChange, CourseChange, EventChange, FieldChange, PlanDiff, PlanSide, SectionChange } from './types.js';

export interface CompareOptions {
  /** Compare committee-only content too (internal items and internalNotes). Default: left out. */
  includeInternal?: boolean;
  language?: PlanDiff['language'];
  old?: Partial<PlanSide>;
  new?: Partial<PlanSide>;
}

/** Plan-level keys in reading order; objects among them are compared key by key. */
const PLAN_FIELDS = [
  'title',
  'subtitle',
  'slogan',
  'kind',
  'language',
  'period',
  'status',
  'issued',
  'publisher',
  'introduction',
  'proposal',
  'contacts',
  'goals',
  'links',
  'keywords',
  'layout',
  'internalNotes',
] as const;
const FLATTEN_PLAN = new Set(['status', 'issued', 'publisher', 'introduction', 'proposal', 'layout']);
/** Course keys in the order the booklet prints them; id and title are the course's identity. */
const COURSE_FIELDS = [
  'code',
  'subtitle',
  'summary',
  'description',
  'topicsLead',
  'topics',
  'audience',
  'purpose',
  'scope',
  'delivery',
  'residential',
  'format',
  'credits',
  'steps',
  'organisers',
  'people',
  'prerequisites',
  'occurrences',
  'recurrence',
  'attendance',
  'registration',
  'cost',
  'studentFinance',
  'exam',
  'contacts',
  'goalsLead',
  'goals',
  'materials',
  'history',
  'quotes',
  'links',
  'notes',
  'internal',
  'internalNotes',
] as const;
const FLATTEN_COURSE = new Set(['format', 'prerequisites', 'recurrence', 'registration', 'cost', 'credits', 'exam', 'studentFinance', 'attendance']);
const SECTION_FIELDS = ['period', 'text', 'quotes', 'contacts', 'links', 'internal', 'internalNotes'] as const;
const EVENT_FIELDS = ['date', 'endDate', 'startTime', 'endTime', 'course', 'venue', 'town', 'online', 'text', 'internal'] as const;
const APPENDIX_FIELDS = ['text', 'quotes', 'links', 'internal', 'internalNotes'] as const;

/**
 * Compares two plans. Courses are paired by id, then by title; sections by id, then by title,
 * then (course sections) by the courses they share; appendices by id, then by title; calendar
 * events by date and title, then by title. Without includeInternal, committee-only items and
 * notes are left out first, so the result can be attached to a proposal as it is.
 */
export function comparePlans(oldPlan: StudyPlan, newPlan: StudyPlan, options: CompareOptions = {}): PlanDiff {
  const includeInternal = options.includeInternal === true;
  // A date written without a year (`04-25`) compares as the date its period gives it.
  const a = sideOf(inferYears(oldPlan).data, includeInternal);
  const b = sideOf(inferYears(newPlan).data, includeInternal);

  const plan = compareFields(a.plan as unknown as Rec, b.plan as unknown as Rec, PLAN_FIELDS, FLATTEN_PLAN);
  const sectionPairs = pairSections(a.sections, b.sections);
  const sections = compareSections(a.sections, b.sections, sectionPairs);
  const courses = compareCourses(a, b, sectionPairs);
  const appendices = compareAppendices(a.plan.appendices ?? [], b.plan.appendices ?? []);

  const count =
    plan.length +
    courses.length +
    appendices.length +
    sections.reduce((n, s) => n + (s.change === 'changed' ? (s.renamed ? 1 : 0) + (s.position ? 1 : 0) + s.fields.length + (s.events?.length ?? 0) : 1), 0);
  return {
    format: 1,
    language: options.language ?? (isLang(newPlan.language) ? newPlan.language : 'sv'),
    old: { source: '', title: oldPlan.title, period: '', ...options.old },
    new: { source: '', title: newPlan.title, period: '', ...options.new },
    includeInternal,
    plan,
    sections,
    courses,
    appendices,
    count,
  };
}

type Rec = Record<string, unknown>;

interface PlacedCourse {
  course: Course;
  /** Its section's place in the side's sections. */
  section: number;
}

/** One plan as compared: its own fields, every section at any depth (the plan's index, depth first), every course with its section. */
interface Side {
  plan: StudyPlan;
  sections: Section[];
  courses: PlacedCourse[];
}

/** A plan as compared: without includeInternal, as printed (no internal items, no internalNotes). */
function sideOf(plan: StudyPlan, includeInternal: boolean): Side {
  const index = planIndex(plan);
  const shown = shownIn(includeInternal);
  const sections = index.sections.filter(shown);
  const place = new Map(sections.map((s, i) => [s, i]));
  const printed = <T>(x: T, strip: (x: T) => T) => (includeInternal ? x : strip(x));
  return {
    plan: printed(plan, publicPart),
    sections: sections.map((s) => printed(s.node, publicSection)),
    courses: index.courses.filter(shown).map((c) => ({ course: printed(c.node, publicCourse), section: place.get(c.section) ?? -1 })),
  };
}

const open = <T extends { internal?: boolean }>(items: T[] | undefined): T[] | undefined => items?.filter((x) => x.internal !== true);

/** The plan's own fields as printed: no internalNotes, no internal appendices (its sections are the index's). */
function publicPart(plan: StudyPlan): StudyPlan {
  const { internalNotes: _notes, ...copy } = plan;
  if (plan.appendices) copy.appendices = (open(plan.appendices) ?? []).map(({ internalNotes: _n, ...ap }) => ap);
  return copy;
}

/** A section as printed: no notes, no internal courses or events (its sub-sections are compared on their own). */
function publicSection(s: Section): Section {
  const { internalNotes: _n, ...section } = s;
  if (section.kind === 'courses') return { ...section, courses: (open(section.courses) ?? []).map(publicCourse) };
  if (section.kind === 'calendar') return { ...section, months: section.months.map((m) => ({ ...m, ...(m.events ? { events: open(m.events) ?? [] } : {}) })) as typeof section.months };
  return section;
}

function publicCourse(course: Course): Course {
  const { internalNotes: _n, ...c } = course;
  if (c.occurrences) c.occurrences = c.occurrences.filter((o) => o.internal !== true);
  return c;
}

// ---------------------------------------------------------------- fields

/** Canonical JSON: the same data gives the same text whatever the key order in the file. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as Rec)
      .sort()
      .filter((k) => (value as Rec)[k] !== undefined);
    return `{${entries.map((k) => `${JSON.stringify(k)}:${canonical((value as Rec)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const same = (x: unknown, y: unknown): boolean => canonical(x) === canonical(y);
const isObject = (v: unknown): v is Rec => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The changes between two records over KEYS (then any other keys, sorted); FLATTEN keys are compared one level down. */
export function compareFields(a: Rec, b: Rec, keys: readonly string[], flatten: ReadonlySet<string> = new Set(), prefix = ''): FieldChange[] {
  const known = new Set(keys);
  const extra = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !known.has(k) && !STRUCTURE.has(k)).sort();
  const changes: FieldChange[] = [];
  for (const key of [...keys, ...extra]) {
    const x = a[key];
    const y = b[key];
    if (same(x, y)) continue;
    const field = `${prefix}${key}`;
    // An object such as cost or status: key by key, also when it was added or removed as a whole.
    if (flatten.has(key) && (isObject(x) || x === undefined) && (isObject(y) || y === undefined)) {
      const before = x ?? {};
      const after = y ?? {};
      const subKeys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
      changes.push(...compareFields(before, after, subKeys, new Set(), `${field}.`).map((c) => (key === 'registration' ? asApplication(c, before, after) : c)));
      continue;
    }
    changes.push(valueChange(field, x, y));
  }
  return changes;
}

/** An application's deadline is "Sista ansökningsdag", as the card, the Kurskalender and the .ics say (src/render/registration-words.ts). */
function asApplication(c: FieldChange, before: Rec, after: Rec): FieldChange {
  const kind = after.kind ?? before.kind;
  return c.field === 'registration.deadline' && kind === 'application' ? { ...c, field: 'registration.applicationDeadline' } : c;
}

/** Keys that are structure, compared on their own (never as a field). */
const STRUCTURE = new Set(['id', 'title', 'kind', 'sections', 'courses', 'months', 'appendices']);

function valueChange(field: string, before: unknown, after: unknown): FieldChange {
  // A list is compared item by item, also when it was added or removed as a whole.
  if ((Array.isArray(before) || before === undefined) && (Array.isArray(after) || after === undefined)) {
    const diff = multisetDiff((before ?? []) as unknown[], (after ?? []) as unknown[]);
    // An item that only got another date is a move; one with the same name changed (items.ts).
    const { removed, added, moved, changed } = pairItems(field, diff.removed, diff.added, ITEM_TOOLS);
    const change: FieldChange = { field };
    if (removed.length) change.removed = removed;
    if (added.length) change.added = added;
    if (moved.length) change.moved = moved;
    if (changed.length) change.changed = changed;
    if (!diff.removed.length && !diff.added.length) change.reordered = true;
    return change;
  }
  const change: FieldChange = { field };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  const words = wordChange(before, after);
  if (words) change.words = words;
  return change;
}

/** How items of lists are compared: as the plan's records are, key by key in their order. */
const ITEM_TOOLS = {
  canonical,
  fields: (a: Rec, b: Rec, prefix: string): FieldChange[] => compareFields(a, b, [...new Set([...Object.keys(a), ...Object.keys(b)])], new Set(), prefix),
};

/** Items of A not in B and of B not in A, counting duplicates, in their own order. */
function multisetDiff(a: unknown[], b: unknown[]): { removed: unknown[]; added: unknown[] } {
  return { removed: unmatched(a, b), added: unmatched(b, a) };
}

/** Items of A left when each item of B takes away one equal item. */
function unmatched(a: unknown[], b: unknown[]): unknown[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(canonical(x), (left.get(canonical(x)) ?? 0) + 1);
  const rest: unknown[] = [];
  for (const x of a) {
    const k = canonical(x);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else rest.push(x);
  }
  return rest;
}

// ---------------------------------------------------------------- pairing

const norm = (s: string | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
/** A section's heading as written; '' for one without (left out, or `title: false`). */
const headingOf = (s: Section | undefined): string => (typeof s?.title === 'string' ? s.title : '');

/**
 * Pairs items of A with items of B, one to one, by each key function in turn (a key of undefined
 * never matches). Returns the pairs as [indexA, indexB, which key matched].
 */
function pairBy<T, K extends string>(a: readonly T[], b: readonly T[], keys: [K, (x: T) => string | undefined][]): [number, number, K][] {
  const pairs: [number, number, K][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const [name, key] of keys) {
    const free = new Map<string, number[]>();
    b.forEach((y, j) => {
      const k = usedB.has(j) ? undefined : key(y);
      if (k !== undefined) free.set(k, [...(free.get(k) ?? []), j]);
    });
    a.forEach((x, i) => {
      if (usedA.has(i)) return;
      const k = key(x);
      const j = k === undefined ? undefined : free.get(k)?.shift();
      if (j === undefined) return;
      usedA.add(i);
      usedB.add(j);
      pairs.push([i, j, name]);
    });
  }
  return pairs;
}

/** Old section index -> new section index. */
type SectionPairs = Map<number, number>;

function pairSections(a: readonly Section[], b: readonly Section[]): SectionPairs {
  const pairs = pairBy(a, b, [
    ['id', (s) => (s.id ? `${s.kind}:${s.id}` : undefined)],
    ['title', (s) => `${s.kind}:${norm(headingOf(s))}`],
  ]);
  const map: SectionPairs = new Map(pairs.map(([i, j]) => [i, j]));
  // A course section renamed without an id: the new section holding most of its courses.
  const pairedB = new Set(map.values());
  a.forEach((s, i) => {
    if (map.has(i) || s.kind !== 'courses') return;
    const ids = new Set(s.courses.map((c) => c.id));
    let best = -1;
    let bestShared = 0;
    b.forEach((t, j) => {
      if (pairedB.has(j) || t.kind !== 'courses') return;
      const shared = t.courses.filter((c) => ids.has(c.id)).length;
      if (shared > bestShared) [best, bestShared] = [j, shared];
    });
    if (best >= 0 && bestShared * 2 >= Math.min(ids.size, (b[best] as { courses: Course[] }).courses.length)) {
      map.set(i, best);
      pairedB.add(best);
    }
  });
  return map;
}

function compareSections(a: readonly Section[], b: readonly Section[], pairs: SectionPairs): SectionChange[] {
  const changes: SectionChange[] = [];
  const pairedB = new Set(pairs.values());
  // Rank among the paired sections: a move is a change of rank, not a shift by an insertion.
  const oldOrder = [...pairs.keys()].sort((x, y) => x - y);
  const newOrder = [...pairs.values()].sort((x, y) => x - y);
  a.forEach((s, i) => {
    const j = pairs.get(i);
    if (j === undefined) {
      changes.push({ change: 'removed', kind: s.kind, title: headingOf(s), fields: [], ...(s.internal ? { internal: true } : {}) });
      return;
    }
    const t = b[j] as Section;
    const change: SectionChange = { change: 'changed', kind: t.kind, title: headingOf(t), fields: compareFields(s as unknown as Rec, t as unknown as Rec, SECTION_FIELDS) };
    if (s.title !== t.title) change.renamed = { from: headingOf(s), to: headingOf(t) };
    if (oldOrder.indexOf(i) !== newOrder.indexOf(j)) change.position = { from: i + 1, to: j + 1 };
    if (s.kind === 'calendar' && t.kind === 'calendar') {
      const events = compareEvents(s, t);
      if (events.length) change.events = events;
      change.fields.push(...compareMonthTexts(s, t));
    }
    if (t.internal) change.internal = true;
    if (change.renamed || change.position || change.fields.length || change.events?.length) changes.push(change);
  });
  b.forEach((t, j) => {
    if (!pairedB.has(j)) changes.push({ change: 'added', kind: t.kind, title: headingOf(t), fields: [], ...(t.internal ? { internal: true } : {}) });
  });
  return changes;
}

type Calendar = Extract<Section, { kind: 'calendar' }>;

function compareEvents(a: Calendar, b: Calendar): EventChange[] {
  const flat = (s: Calendar): CalendarEvent[] => s.months.flatMap((m) => m.events ?? []);
  const x = flat(a);
  const y = flat(b);
  const pairs = pairBy(x, y, [
    ['exact', (e) => `${e.date}|${norm(e.title)}`],
    ['title', (e) => norm(e.title)],
  ]);
  const changes: EventChange[] = [];
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  x.forEach((e, i) => {
    if (!pairedA.has(i)) changes.push({ change: 'removed', before: { date: e.date, title: e.title }, fields: [], ...(e.internal ? { internal: true } : {}) });
  });
  for (const [i, j] of pairs.sort((p, q) => p[1] - q[1])) {
    const e = x[i] as CalendarEvent;
    const f = y[j] as CalendarEvent;
    const fields = compareFields(e as unknown as Rec, f as unknown as Rec, EVENT_FIELDS);
    if (e.title !== f.title) fields.unshift(valueChange('title', e.title, f.title));
    if (fields.length) changes.push({ change: 'changed', before: { date: e.date, title: e.title }, after: { date: f.date, title: f.title }, fields, ...(f.internal ? { internal: true } : {}) });
  }
  y.forEach((f, j) => {
    if (!pairedB.has(j)) changes.push({ change: 'added', after: { date: f.date, title: f.title }, fields: [], ...(f.internal ? { internal: true } : {}) });
  });
  return changes;
}

/** A month's own text, as a field "months.2022-09.text". */
function compareMonthTexts(a: Calendar, b: Calendar): FieldChange[] {
  const text = (s: Calendar) => new Map(s.months.map((m) => [m.month, m.text]));
  const x = text(a);
  const y = text(b);
  const months = [...new Set([...x.keys(), ...y.keys()])].sort();
  return months.filter((m) => !same(x.get(m), y.get(m))).map((m) => valueChange(`months.${m}.text`, x.get(m), y.get(m)));
}

function compareCourses(a: Side, b: Side, pairs: SectionPairs): CourseChange[] {
  const x = a.courses;
  const y = b.courses;
  const matched = pairBy(x, y, [
    ['id', (p) => p.course.id],
    ['title', (p) => norm(p.course.title)],
  ]);
  const ref = (p: PlacedCourse, side: Side) => ({ id: p.course.id, title: p.course.title, section: headingOf(side.sections[p.section]) });
  const changes: CourseChange[] = [];
  const pairedA = new Set(matched.map(([i]) => i));
  const pairedB = new Set(matched.map(([, j]) => j));
  x.forEach((p, i) => {
    if (!pairedA.has(i)) changes.push({ change: 'removed', before: ref(p, a), fields: [], ...(p.course.internal ? { internal: true } : {}) });
  });
  for (const [i, j, by] of matched.sort((p, q) => p[1] - q[1])) {
    const p = x[i] as PlacedCourse;
    const q = y[j] as PlacedCourse;
    const change: CourseChange = {
      change: 'changed',
      before: ref(p, a),
      after: ref(q, b),
      matchedBy: by,
      fields: compareFields(p.course as unknown as Rec, q.course as unknown as Rec, COURSE_FIELDS, FLATTEN_COURSE),
    };
    if (p.course.title !== q.course.title) change.renamed = { from: p.course.title, to: q.course.title };
    if (p.course.id !== q.course.id) change.idChanged = { from: p.course.id, to: q.course.id };
    if (pairs.get(p.section) !== q.section) change.moved = { from: change.before?.section ?? '', to: change.after?.section ?? '' };
    if (q.course.internal) change.internal = true;
    if (change.renamed || change.idChanged || change.moved || change.fields.length) changes.push(change);
  }
  y.forEach((q, j) => {
    if (!pairedB.has(j)) changes.push({ change: 'added', after: ref(q, b), fields: [], ...(q.course.internal ? { internal: true } : {}) });
  });
  return changes;
}

function compareAppendices(a: readonly Appendix[], b: readonly Appendix[]): AppendixChange[] {
  const pairs = pairBy(a, b, [
    ['id', (x) => x.id],
    ['title', (x) => norm(x.title)],
  ]);
  const changes: AppendixChange[] = [];
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  a.forEach((x, i) => {
    if (!pairedA.has(i)) changes.push({ change: 'removed', title: x.title, fields: [], ...(x.internal ? { internal: true } : {}) });
  });
  for (const [i, j] of pairs.sort((p, q) => p[1] - q[1])) {
    const x = a[i] as Appendix;
    const y = b[j] as Appendix;
    const change: AppendixChange = { change: 'changed', title: y.title, fields: compareFields(x as unknown as Rec, y as unknown as Rec, APPENDIX_FIELDS) };
    if (x.title !== y.title) change.renamed = { from: x.title, to: y.title };
    if (y.internal) change.internal = true;
    if (change.renamed || change.fields.length) changes.push(change);
  }
  b.forEach((y, j) => {
    if (!pairedB.has(j)) changes.push({ change: 'added', title: y.title, fields: [], ...(y.internal ? { internal: true } : {}) });
  });
  return changes;
}
