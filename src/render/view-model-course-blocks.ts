import type { Course } from '../plan/types.js';
import { COURSE_FACT_PARTS, COURSE_PARTS, printOrder } from './print-order.js';
import { BLOCK_FACTS, factsBlockRows } from './view-model-facts-block.js';
import type { CourseContext, FactView } from './view-model-facts.js';
import type { ImageView } from './view-model-blocks.js';
import type { CourseView, QuoteView, StepView } from './view-model-course.js';

/**
 * A part of a course's card, in print order (partials/course.hbs writes each by its `kind`):
 * `facts` the facts block (when, where, cost, registration, contact) as rows, `details` the other
 * labelled facts ("Målgrupp: …"), and the course's texts, quotations, pictures and steps.
 */
export type CourseBlockView =
  | { kind: 'facts'; rows: FactView[]; /** The course's title, for the registration button's accessible name. */ course: string }
  | { kind: 'details'; facts: FactView[] }
  | { kind: 'summary' | 'description'; html: string }
  | { kind: 'quotes'; quotes: QuoteView[] }
  | { kind: 'images'; images: ImageView[] }
  | { kind: 'steps'; steps: StepView[] };

/** The fact (courseFacts' key) a property of the course prints as, where the two names differ. */
const FACT_OF: Readonly<Record<string, string>> = { period: 'coursePeriod', occurrences: 'when', contacts: 'contact' };
const factOf = (property: string): string => FACT_OF[property] ?? property;
const IN_BLOCK: ReadonlySet<string> = new Set(BLOCK_FACTS);

/**
 * The card's parts in the course's `order`, the parts it does not name after them in the default
 * order (facts block, summary, quotes, description, images, steps, details). A property named on
 * its own prints alone at its place and is left out of its group; a part without content is none.
 */
export function courseBlocks(course: Course, view: CourseView, ctx: CourseContext): CourseBlockView[] {
  const names = printOrder(course.order, COURSE_PARTS, [...COURSE_PARTS, ...COURSE_FACT_PARTS]);
  const alone = new Set(names.filter((n) => !(COURSE_PARTS as readonly string[]).includes(n)).map(factOf));
  const facts = (keys: ReadonlySet<string>): CourseBlockView[] => {
    const rows = factsBlockRows(view.facts, course.occurrences ?? [], keys, ctx);
    return rows.length ? [{ kind: 'facts', rows, course: view.title }] : [];
  };
  const details = (keep: (key: string) => boolean): CourseBlockView[] => {
    const list = view.facts.filter((f) => keep(f.key));
    return list.length ? [{ kind: 'details', facts: list }] : [];
  };
  return names.flatMap((name): CourseBlockView[] => {
    switch (name) {
      case 'facts':
        return facts(new Set(BLOCK_FACTS.filter((k) => !alone.has(k))));
      case 'details':
        return details((key) => !IN_BLOCK.has(key) && !alone.has(key));
      case 'summary':
      case 'description':
        return textBlock(name, view[`${name}Html`]);
      case 'quotes':
        return view.quotes.length ? [{ kind: 'quotes', quotes: view.quotes }] : [];
      case 'images':
        return view.images.length ? [{ kind: 'images', images: view.images }] : [];
      case 'steps':
        return view.steps.length ? [{ kind: 'steps', steps: view.steps }] : [];
      default: {
        const key = factOf(name);
        return IN_BLOCK.has(key) ? facts(new Set([key])) : details((k) => k === key);
      }
    }
  });
}

const textBlock = (kind: 'summary' | 'description', html: string | undefined): CourseBlockView[] => (html ? [{ kind, html }] : []);
