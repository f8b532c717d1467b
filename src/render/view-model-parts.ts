import type { Section, StudyPlan } from '../plan/types.js';
import { PLAN_PARTS, SECTION_PARTS, printOrder } from './print-order.js';
import type { GoalView, ImageView } from './view-model-blocks.js';
import type { CourseView, QuoteView } from './view-model-course.js';
import type { FactView } from './view-model-facts.js';
import type { ContactView } from './view-model-items.js';
import type { MonthView, PlanView, SectionView, TocEntry } from './view-model.js';

/**
 * A part of a section under its heading, in print order (partials/section.hbs writes each by its
 * `kind`): its text, pictures, goals, then its courses, its calendar's months or its prose's
 * quotations, contacts and links, and its sub-sections, unless the section's `order` says otherwise.
 */
export type SectionBlockView =
  | { kind: 'text'; html: string }
  | { kind: 'images'; images: ImageView[] }
  | { kind: 'goals'; goals: GoalView[] }
  | { kind: 'courses'; courses: CourseView[] }
  | { kind: 'months'; months: MonthView[] }
  | { kind: 'quotes'; quotes: QuoteView[] }
  | { kind: 'contacts'; contacts: ContactView[] }
  | { kind: 'links'; links: FactView }
  | { kind: 'sections'; sections: SectionView[] };

/** The section's parts that have content, in its `order`, the others after them in the default order. */
export function sectionBlocks(s: Section, v: SectionView): SectionBlockView[] {
  return printOrder(s.order, SECTION_PARTS[s.kind]).flatMap((kind): SectionBlockView[] => {
    switch (kind) {
      case 'text':
        return v.textHtml ? [{ kind, html: v.textHtml }] : [];
      case 'links':
        return v.links ? [{ kind, links: v.links }] : [];
      default: {
        const key = kind as 'images' | 'goals' | 'courses' | 'months' | 'quotes' | 'contacts' | 'sections';
        const list: unknown[] = v[key];
        return list.length ? [{ kind: key, [key]: list } as SectionBlockView] : [];
      }
    }
  });
}

/** A section's entry in the contents: its courses and sub-sections in the order they print. */
export function sectionEntries(blocks: readonly SectionBlockView[], entry: (c: CourseView) => TocEntry | undefined, subs: readonly TocEntry[]): TocEntry[] {
  return blocks.flatMap((b) => (b.kind === 'courses' ? b.courses.flatMap((c) => entry(c) ?? []) : b.kind === 'sections' ? [...subs] : []));
}

/** The plan's parts in the main flow, in its `order` (partials: layout.hbs writes each by name). */
export function planParts(plan: Pick<StudyPlan, 'order'>): string[] {
  return printOrder(plan.order, PLAN_PARTS);
}

/** Which part of the plan a heading of the contents belongs to, by its id. */
export function partOfEntries(view: Omit<PlanView, 'parts'>): Map<string, string> {
  const parts = new Map<string, string>();
  const mark = (id: string | undefined, part: string) => id !== undefined && parts.set(id, part);
  mark(view.introduction?.id, 'introduction');
  mark(view.proposal?.id, 'proposal');
  mark(view.practical?.id, 'practical');
  mark(view.goals?.id, 'goals');
  // A section without a heading has no entry of its own: its courses and sub-sections stand in its place.
  const inSections = (list: readonly SectionView[]): void => {
    for (const s of list) {
      mark(s.id, 'sections');
      for (const c of s.courses) mark(c.id, 'sections');
      inSections(s.sections);
    }
  };
  inSections(view.sections);
  mark(view.contacts?.id, 'contacts');
  for (const a of view.appendices) mark(a.id, 'appendices');
  return parts;
}

/** The contents in the order the parts print: a stable sort by part, so each part keeps its own order. */
export function contentsInOrder(toc: readonly TocEntry[], parts: readonly string[], partOf: ReadonlyMap<string, string>): TocEntry[] {
  const rank = (e: TocEntry) => parts.indexOf(partOf.get(e.id) ?? '');
  return [...toc].sort((a, b) => rank(a) - rank(b));
}
