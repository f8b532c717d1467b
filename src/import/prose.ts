import type { ProseSection, StudyPlan } from '../plan/types.js';
import type { Block } from './blocks.js';
import { markdown, type CourseContext } from './course.js';
import { isQuote, quoteText } from './labelled.js';
import { findEmail, findUrl } from './values.js';

/** A heading and the blocks under it. */
export interface Unit {
  title: string;
  level: number;
  blocks: Block[];
}

export function introFrom(blocks: Block[], before?: string): { text?: string; quotes?: { text: string }[] } {
  const quotes = blocks.filter(isQuote).map((b) => ({ text: quoteText(b.text) }));
  const text = [before, markdown(blocks.filter((b) => !isQuote(b)))].filter(Boolean).join('\n\n');
  return { ...(text ? { text } : {}), ...(quotes.length ? { quotes } : {}) };
}

export function proseFrom(u: Unit, ctx: CourseContext): ProseSection {
  const s: ProseSection = { kind: 'prose', title: u.title };
  const quotes = u.blocks.filter(isQuote);
  const text = markdown(u.blocks.filter((b) => !isQuote(b)));
  if (text) s.text = text;
  if (quotes.length) {
    s.quotes = quotes.map((b) => ({ text: quoteText(b.text) }));
    ctx.found['quotes'] = (ctx.found['quotes'] ?? 0) + quotes.length;
  }
  return s;
}

/** Practical information for all courses: its text, and the registration's address when it gives one. */
export function practicalFrom(u: Unit): NonNullable<StudyPlan['practical']> {
  const text = markdown(u.blocks);
  const all = u.blocks.map((b) => b.text).join('\n');
  const email = findEmail(all);
  const url = findUrl(all);
  return { title: u.title, ...(text ? { text } : {}), ...(email || url ? { registration: { ...(url ? { url } : {}), ...(email ? { email } : {}) } } : {}) };
}
