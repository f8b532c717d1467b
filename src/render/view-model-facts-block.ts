import type { Occurrence } from '../plan/types.js';
import { label, type Labels } from './labels.js';
import { shortAddress } from './helpers/print-text.js';
import { plain, type TextRun } from './view-model-text.js';
import { occurrenceView, type OccurrenceView } from './view-model-items.js';
import type { CourseContext, FactView } from './view-model-facts.js';

/**
 * The facts block at the head of a course's card (issue 29): when, where, what it costs, how to
 * register and whom to ask, in this order in every card, so a reader finds them by scanning.
 * These are courseFacts' facts by their keys; the course's occurrences are told apart into when
 * and where here ("Tid", "Plats"), never one comma sentence of date, time, venue and town.
 */
export const BLOCK_FACTS = ['coursePeriod', 'nextStart', 'when', 'recurrence', 'cost', 'registration', 'contact'] as const;

/** The rows of the facts block for the facts KEYS of FACTS (courseFacts'), in the block's order. */
export function factsBlockRows(facts: readonly FactView[], occurrences: readonly Occurrence[], keys: ReadonlySet<string>, ctx: CourseContext): FactView[] {
  return BLOCK_FACTS.filter((key) => keys.has(key)).flatMap((key): FactView[] => {
    if (key === 'when') return occasionRows(occurrences, ctx);
    const fact = facts.find((f) => f.key === key);
    if (!fact) return [];
    const row = { ...fact, ...(fact.runs ? { runs: endedSentences(fact.runs) } : {}) };
    if (!row.link) return [row];
    const address = printedAddress(row.link.href);
    // Where the address may break on paper: after a slash, never inside a word ("anmalan/skrivarsk-ola").
    return [{ ...row, link: { ...row.link, address, addressParts: address.split(/(?<=\/)(?=.)/) } }];
  });
}

/**
 * One punctuation in every card: a row is a phrase ("1 500 kr", "17 januari–3 juni 2022") or
 * sentences, and sentences all end with a full stop ("Kostnadsfri. I priset ingår kost.").
 */
function endedSentences(runs: readonly TextRun[]): TextRun[] {
  const last = runs[runs.length - 1];
  const sentences = runs.some((r) => /[.!?] /.test('text' in r ? r.text : r.html));
  if (!sentences || !last || !('text' in last) || /[.!?:)]$/.test(last.text.trimEnd())) return [...runs];
  return [...runs.slice(0, -1), plain(`${last.text.trimEnd()}.`)];
}

/** A link as paper prints it, in full but without the scheme: "example.se/anmalan", "anmalan@example.se". */
function printedAddress(href: string): string {
  return href.startsWith('mailto:') ? href.slice('mailto:'.length) : shortAddress(href);
}

/**
 * The occasions as rows: one occasion is "Tid" and "Plats"; several in one place are the dates
 * under "Tid" and the place once; several places are "Tid och plats", each occasion's when on a
 * line and its where on the next. Occasions without a date (held locally, online) are "Plats".
 */
function occasionRows(list: readonly Occurrence[], ctx: CourseContext): FactView[] {
  const { includeInternal, labels } = ctx;
  const shown = list.filter((o) => includeInternal || !o.internal).map((o) => occurrenceView(o, ctx));
  if (!shown.length) return [];
  const dated = shown.some((o) => o.when);
  const places = new Set(shown.map((o) => o.where ?? ''));
  if (!dated) return [occasions('place', shown, labels)];
  if (places.size > 1) return [occasions('when', shown, labels)];
  const where = shown[0]!.where;
  const times = occasions(
    'time',
    shown.map(({ where: _, ...o }) => o),
    labels,
  );
  // The place as an occasion of its own: partials/occasion.hbs prints a where as a name, never hyphenated.
  return where ? [times, { key: 'place', label: label(labels.fields, 'place'), occurrence: { where, internal: false } }] : [times];
}

function occasions(key: string, list: OccurrenceView[], labels: Labels): FactView {
  const row: FactView = { key, label: label(labels.fields, key) };
  if (list.length === 1) row.occurrence = list[0]!;
  else row.items = list;
  return row;
}
