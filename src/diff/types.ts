import type { Lang } from '../i18n/lang.js';
/**
 * What `studyplan diff` finds between two versions of a plan. Language-neutral data: values are
 * as written in the plans; the formatters (format-*.ts) put them into words. This is also the
 * shape of `--format json`.
 */

/** One field that differs. `field` is the key path in the plan, e.g. "audience", "cost.amount". */
export interface FieldChange {
  field: string;
  /** Scalars and objects: the value before and after (absent = not set). */
  before?: unknown;
  after?: unknown;
  /** Lists: the items only in the old version and only in the new one. */
  removed?: unknown[];
  added?: unknown[];
  /** Lists with the same items in another order. */
  reordered?: boolean;
  /** Lists: items that only got another date (date, endDate or dates), each one move. */
  moved?: ItemChange[];
  /** Lists: items with the same id, name, title or label that changed, field by field. */
  changed?: ItemChange[];
  /** Texts with a few words changed: the text word by word (before and after are there too). */
  words?: WordPart[];
}

/** An item of a list as it was and as it is, and (changed items) how, field by field. */
export interface ItemChange {
  before: unknown;
  after: unknown;
  fields: FieldChange[];
}

/** A piece of a changed text: words kept (no change), removed or added. */
export interface WordPart {
  text: string;
  change?: 'added' | 'removed';
}

/** Where a course is: its id, title and the title of its section. */
export interface CourseRef {
  id: string;
  title: string;
  section: string;
}

export interface CourseChange {
  change: 'added' | 'removed' | 'changed';
  before?: CourseRef;
  after?: CourseRef;
  /** How it was paired with its old version: by id, or (id changed) by title. */
  matchedBy?: 'id' | 'title';
  /** The title changed (matched by id). */
  renamed?: { from: string; to: string };
  /** The id changed (matched by title). */
  idChanged?: { from: string; to: string };
  /** It is in another section now (section titles, new names). */
  moved?: { from: string; to: string };
  fields: FieldChange[];
  /** Committee-only (shown only with includeInternal). */
  internal?: boolean;
}

/** A calendar event, identified by its date and title. */
export interface EventRef {
  date: string;
  title: string;
}

export interface EventChange {
  change: 'added' | 'removed' | 'changed';
  before?: EventRef;
  after?: EventRef;
  fields: FieldChange[];
  internal?: boolean;
}

export interface SectionChange {
  change: 'added' | 'removed' | 'changed';
  kind: 'courses' | 'calendar' | 'prose';
  /** The section's title (the new one when it changed). */
  title: string;
  renamed?: { from: string; to: string };
  /** Its place among the sections moved (1-based). */
  position?: { from: number; to: number };
  fields: FieldChange[];
  /** Calendar sections: events added, removed or changed. */
  events?: EventChange[];
  internal?: boolean;
}

export interface AppendixChange {
  change: 'added' | 'removed' | 'changed';
  title: string;
  renamed?: { from: string; to: string };
  fields: FieldChange[];
  internal?: boolean;
}

export interface PlanSide {
  /** What the user named: a file, or REV:PATH. */
  source: string;
  title: string;
  /** The period in words ("hösten 2021"). */
  period: string;
}

export interface PlanDiff {
  /** The shape of this JSON; raised when it changes incompatibly. */
  format: 1;
  /** The language the formatters use (the new plan's, or --lang). */
  language: Lang;
  old: PlanSide;
  new: PlanSide;
  /** Committee-only content was compared too. */
  includeInternal: boolean;
  /** Plan-level fields: title, period, status, publisher, introduction, proposal (clauses)… */
  plan: FieldChange[];
  sections: SectionChange[];
  courses: CourseChange[];
  appendices: AppendixChange[];
  /** Number of changes listed (0 = the plans say the same). */
  count: number;
}
