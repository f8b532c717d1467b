import type { Course, Goal, Material } from '../plan/types.js';
import { label, type Labels } from './labels.js';
import { safeHref } from './helpers/markdown.js';
import { flowHtml } from './view-model-text.js';

/**
 * A fact that is a list (partials/fact-list.hbs): a course's topics, its goals after a lead-in or
 * of several kinds, its study materials, the people of a role who say more than a name. The
 * lead-in is the document's own sentence ("Efter kursen ska du:"), printed instead of the label,
 * so the label never doubles it.
 */
export interface ListView {
  lead?: string;
  /** The items, in groups under a sub-label of their own ("Kunskaper:", "Färdigheter:"), or one group without. */
  groups: ListGroupView[];
}

export interface ListGroupView {
  label?: string;
  items: ListItemView[];
}

/** An item: plain text (escaped), or the plan's Markdown, or a title (a link, or a work's title) by someone. */
export interface ListItemView {
  text?: string;
  html?: string;
  title?: string;
  href?: string;
  by?: string;
  /** More about the item, the plan's Markdown: after a dash on its line when one paragraph, else blocks under it. */
  noteHtml?: string;
  noteInline?: boolean;
}

/** The order goal kinds print in when the plan mixes them: the order of the curriculum (knowledge first). */
const GOAL_KINDS = ['knowledge', 'skills', 'attitudes'] as const;

/** "Innehåll:" (or the plan's lead-in) and the topics as a bulleted list. */
export function topicsList(course: Pick<Course, 'topics' | 'topicsLead'>): ListView | undefined {
  if (!course.topics?.length) return undefined;
  return withLead({ groups: [{ items: course.topics.map((text) => ({ text })) }] }, course.topicsLead);
}

/**
 * The goals as a list when the plan gives them a lead-in or kinds; undefined otherwise, so a plan
 * that has neither prints its goals as before (sentences after "Mål:").
 */
export function goalsList(course: Pick<Course, 'goals' | 'goalsLead'>, labels: Labels): ListView | undefined {
  const goals = course.goals ?? [];
  if (!goals.length || (!course.goalsLead && !goals.some((g) => g.kind))) return undefined;
  const item = (g: Goal): ListItemView => ({ html: flowHtml(g.text).html });
  if (!goals.some((g) => g.kind)) return withLead({ groups: [{ items: goals.map(item) }] }, course.goalsLead);
  // Goals without a kind stand first, under no sub-label; then each kind the plan uses, in GOAL_KINDS order.
  const groups: ListGroupView[] = [];
  const plain = goals.filter((g) => !g.kind);
  if (plain.length) groups.push({ items: plain.map(item) });
  for (const kind of GOAL_KINDS) {
    const of = goals.filter((g) => g.kind === kind);
    if (of.length) groups.push({ label: labels.ui[`goals-${kind}`] ?? kind, items: of.map(item) });
  }
  return withLead({ groups }, course.goalsLead);
}

/** "Studiematerial:" and each work: its title (a link when it has one), its author, what the plan says of it. */
export function materialsList(list: readonly Material[] | undefined): ListView | undefined {
  if (!list?.length) return undefined;
  const items = list.map((m): ListItemView => {
    const v: ListItemView = { title: m.title };
    const href = safeHref(m.url);
    if (href) v.href = href;
    if (m.author) v.by = m.author;
    return m.text ? { ...v, ...note(m.text) } : v;
  });
  return { groups: [{ items }] };
}

/** The plan's Markdown about an item: inline after a dash when it is one paragraph, else blocks under it. */
export function note(md: string): Pick<ListItemView, 'noteHtml' | 'noteInline'> {
  const { inline, html } = flowHtml(md);
  return { noteHtml: html, noteInline: inline };
}

function withLead(list: ListView, lead: string | undefined): ListView {
  return lead ? { lead, ...list } : list;
}

/** A fact's label, with the plan's kind of event in mind: a meeting's label without "course" words where the template has one. */
export function meetingLabel(labels: Labels, key: string, meeting: boolean): string {
  const own = meeting ? labels.fields[`${key}-meeting`] : undefined;
  return own ?? label(labels.fields, key);
}
