import type { Contact, Link, Occurrence } from '../plan/types.js';
import { dateOpen } from '../plan/occasion-days.js';
import { formatDate, formatDateRange, formatSpan, formatTimeRange } from './helpers/dates.js';
import { dateStyle, type DateContext } from './date-style.js';
import { unsaid } from './same-words.js';
import { capitalise, countOf, joinList } from './helpers/lists.js';
import { safeHref } from './helpers/markdown.js';
import { flowHtml } from './view-model-text.js';

/** The things facts and steps list: occasions, contacts, links. Plain data; the partials write them. */

/** A dated occasion; partials/occurrence.hbs writes "Internat 1: Tema 4 februari 2023, 10:00–16:00, …". */
export interface OccurrenceView {
  /** The occurrence's label and theme: "Internat 1: Organisering". */
  label?: string;
  /** Date, time, place and state in words, a sentence (plain text). */
  text?: string;
  /** When, apart (the facts block): "4 februari 2023, 10:00–16:00, 6 timmar", no full stop. */
  when?: string;
  /** Where, apart (the facts block): "Folkets hus, Storgatan 1, Malmö", "Digitalt", no full stop. */
  where?: string;
  url?: string;
  /** The plan's note on it, when one paragraph: it ends the line. */
  noteHtml?: string;
  /** A longer note (a list, several paragraphs): blocks after the line, outside its paragraph. */
  noteBlocksHtml?: string;
  internal: boolean;
}

export interface ContactView {
  name: string;
  role?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  /** The phone number as a tel: target (digits and +). */
  phoneHref?: string;
  /** The plan's text about the contact, when one paragraph: it ends the contact's line. */
  textHtml?: string;
  /** A longer text (a list, several paragraphs): blocks after the contact's paragraph. */
  textBlocksHtml?: string;
}

export interface LinkView {
  text: string;
  /** Absent for a link that may not be followed (not http(s) or mailto): its text alone. */
  href?: string;
}

/** "Folkets hus, Storgatan 1, Malmö": the venue, its address and town, or the state of the venue. */
function place(o: Occurrence, ctx: DateContext): string[] {
  const parts = [o.venue, o.address, o.town].filter((s): s is string => Boolean(s));
  // "To be announced" is a state the reader must see, not a venue left out; said once when the plan's note says it too.
  if (o.venueStatus === 'to-be-announced') parts.push(...unsaid(ctx.labels.ui['venueTba'] ?? 'venue to be announced', o.text));
  return parts;
}

const hoursOf = (o: Occurrence, { labels }: DateContext): string[] => (o.hours !== undefined ? [countOf(o.hours, labels.units['hour'], labels, false)] : []);
/** Where an occasion is held without an address: in every branch, or online. */
const wayOf = (o: Occurrence, { labels }: DateContext): string[] => [...(o.locally ? [labels.ui['locally'] ?? 'locally'] : []), ...(o.online ? [labels.ui['online'] ?? 'online'] : [])];
const phrase = (parts: readonly string[]): string | undefined => (parts.length ? capitalise(parts.join(', ')) : undefined);

/** "4 februari 2023, 10:00–16:00, Folkets hus, Malmö, 6 timmar": the occasion's facts in one sentence. */
function occurrenceText(o: Occurrence, ctx: DateContext): string | undefined {
  const text = phrase([...whenOf(o, ctx), ...place(o, ctx), ...hoursOf(o, ctx), ...wayOf(o, ctx)]);
  return text ? `${text}.` : undefined;
}

/**
 * When: the dates (or the state of a date still open) and the times. Over several days the times
 * are each day's ("10:00–16:00 varje dag") or the start's and the end's ("lördag 24 september,
 * 09:30 – söndag 25 september 2022, 15:00") when the plan says which (`timeRange`).
 */
function whenOf(o: Occurrence, ctx: DateContext): string[] {
  const { labels } = ctx;
  const parts: string[] = [];
  const time = formatTimeRange(o.startTime, o.endTime);
  if (dateOpen(o)) parts.push(...unsaid(labels.ui[o.dateStatus === 'to-be-agreed' ? 'dateAgreed' : 'dateTba'] ?? String(o.dateStatus), o.text));
  else if (o.dates?.length)
    parts.push(
      joinList(
        o.dates.map((d, i) => formatDate(d, labels, dateStyle(o, [`dates.${i}`], ctx))),
        labels.and,
      ),
    );
  else if (o.date) {
    const style = dateStyle(o, ['date', 'endDate'], ctx);
    const days = o.endDate !== undefined && o.endDate !== o.date;
    if (days && o.timeRange === 'start-to-end' && o.startTime && o.endTime) return [formatSpan(o.date, o.startTime, o.endDate!, o.endTime, labels, style)];
    parts.push(formatDateRange(o.date, o.endDate, labels, style));
    if (time && days && o.timeRange === 'each-day') return [...parts, `${time} ${labels.ui['eachDay'] ?? ''}`.trim()];
  }
  if (time) parts.push(time);
  return parts;
}

export function occurrenceView(o: Occurrence, ctx: DateContext): OccurrenceView {
  const v: OccurrenceView = { internal: o.internal === true };
  const head = [o.label, o.theme].filter((s): s is string => Boolean(s)).join(': ');
  if (head) v.label = head;
  // The facts block's when and where apart; the document's own words, when written, are its when.
  const when = o.asWritten ? o.asWritten.replace(/\.$/, '') : phrase([...whenOf(o, ctx), ...hoursOf(o, ctx)]);
  if (when) v.when = when;
  const where = o.asWritten ? undefined : phrase([...place(o, ctx), ...wayOf(o, ctx)]);
  if (where) v.where = where;
  const url = safeHref(o.url);
  if (url) v.url = url;
  // The document's own words stand as written; a full stop only where more of the line follows.
  const text = o.asWritten ? `${o.asWritten}${(url || o.text) && !/[.!?:;]$/.test(o.asWritten) ? '.' : ''}` : occurrenceText(o, ctx);
  if (text) v.text = text;
  if (o.text) {
    const note = flowHtml(o.text);
    if (note.inline) v.noteHtml = note.html;
    else v.noteBlocksHtml = note.html;
  }
  return v;
}

/** A contact as data; partials/contact.hbs writes "Namn, roll, e-post, Telefon 070-…". */
export function contactView(c: Contact): ContactView {
  const v: ContactView = { name: c.name };
  if (c.role) v.role = c.role;
  if (c.organisation) v.organisation = c.organisation;
  if (c.email) v.email = c.email;
  if (c.phone) {
    v.phone = c.phone;
    v.phoneHref = c.phone.replace(/[^+0-9]/g, '');
  }
  if (c.text) {
    const text = flowHtml(c.text);
    if (text.inline) v.textHtml = text.html;
    else v.textBlocksHtml = text.html;
  }
  return v;
}

export function linkView(l: Link): LinkView {
  const href = safeHref(l.url);
  return href ? { text: l.title, href } : { text: l.title };
}
