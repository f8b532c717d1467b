import type { Period } from '../plan/types.js';
import { fill, type Labels } from '../render/labels.js';
import { formatDate, formatMonth } from '../render/helpers/dates.js';
import { formatPeriod } from '../render/helpers/periods.js';
import type { DiffMessages } from '../i18n/index.js';
import type { FieldChange, WordPart } from './types.js';

/** The words a formatter needs: the diff's own, and the template's (months, levels, roles…). */
export interface Words {
  m: DiffMessages;
  labels: Labels;
  /** The diff's language, for upper and lower case (labels.language is its name: "norsk bokmål" is no locale). */
  lang: string;
}

/** Keys whose value says enough without its name ("Malmö", not "Ort: Malmö"). */
const PLAIN = new Set(['name', 'title', 'text', 'date', 'dates', 'venue', 'town', 'address', 'label', 'source', 'author', 'url', 'year']);

/** "Målgrupp", "Kostnad, belopp", "Månad september 2022"; an unknown key is shown as it is. */
export function fieldLabel(field: string, w: Words): string {
  const month = /^months\.(\d{4}-\d{2})\.text$/.exec(field);
  if (month) return `${w.m.fields['months'] ?? 'months'} ${formatMonth(month[1] ?? '', w.labels)}`;
  return w.m.fields[field] ?? w.m.fields[field.split('.').pop() ?? field] ?? field;
}

/** A value of FIELD as one line of plain text in the diff's language. */
export function valueText(field: string, value: unknown, w: Words): string {
  const key = field.split('.').pop() ?? field;
  if (value === undefined || value === null) return '–';
  if (typeof value === 'boolean') return value ? w.m.yes : w.m.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return stringText(field, value, w);
  if (Array.isArray(value)) return value.map((v) => valueText(field, v, w)).join('; ');
  const obj = value as Record<string, unknown>;
  if (key === 'period' && isPeriod(obj)) return formatPeriod(obj as Period, w.labels);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || (k === 'internal' && v !== true)) continue;
    if (k === 'internal') {
      parts.push(`(${w.m.internal})`);
      continue;
    }
    if (k === 'period' && v && typeof v === 'object' && isPeriod(v as Record<string, unknown>)) {
      parts.push(formatPeriod(v as Period, w.labels));
      continue;
    }
    // Inside its field: an organiser's `kind` is a kind of organisation, the plan's a kind of document.
    const text = valueText(`${field}.${k}`, v, w);
    parts.push(PLAIN.has(k) ? text : `${fieldLabel(`${field}.${k}`, w).toLocaleLowerCase(w.lang)}: ${text}`);
  }
  return parts.join(', ');
}

/** The keys whose values are a list of choices worded by the diff's catalogue (m.values). */
// A person's role falls back to these when it is no organiser's role (labels.roles); system and scheme are credits' and student finance's.
const CHOICES = new Set(['kind', 'venueStatus', 'dateStatus', 'timeRange', 'rate', 'award', 'role', 'system', 'scheme']);

function stringText(field: string, value: string, w: Words): string {
  const [key = field, parent] = field.split('.').reverse();
  if (key === 'kind' && (parent === 'organisers' || parent === 'publisher' || parent === 'organisation')) return w.m.organisationKinds[value] ?? value;
  if (field === 'kind') return w.labels.kinds[value] ?? value;
  const enumLabel: Record<string, Record<string, string> | undefined> = {
    state: Object.fromEntries(Object.entries(w.labels.status).map(([k, v]) => [k, v.toLocaleLowerCase(w.lang)])),
    scope: w.labels.scope,
    delivery: w.labels.delivery,
    type: w.labels.formats,
    per: w.labels.per,
    status: w.labels.registrationStatus,
    role: w.labels.roles,
  };
  const named = enumLabel[key]?.[value];
  if (named) return named.replace(/:$/, '');
  if (CHOICES.has(key) && w.m.values[value]) return w.m.values[value];
  if (DATE.test(value)) return formatDate(value, w.labels);
  // Markdown source on one line: the words, not the layout.
  return value.replace(/\s+/g, ' ').trim();
}

function isPeriod(o: Record<string, unknown>): boolean {
  return 'term' in o || 'from' in o || 'season' in o || 'start' in o || ('year' in o && Object.keys(o).every((k) => k === 'year' || k === 'label'));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A line of the diff: text, some of it (a text's changed words) marked removed or added. */
export type Line = WordPart[];

/** A marked piece's spaces before and after its words, which stay outside the mark: [lead, words, trail]. */
export function spaced(text: string): [string, string, string] {
  const [, lead = '', body = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
  return [lead, body, trail];
}
const plain = (text: string): Line => [{ text }];

/** Keys that date an item: shown as its move, the rest of it in brackets. */
const DATE_KEYS = new Set(['date', 'endDate', 'dates']);

/** An item's dates: "24 september 2022", "24 september 2022–25 september 2022", or its list of dates. */
export function datesOf(item: unknown, w: Words): string {
  if (!item || typeof item !== 'object') return valueText('date', item, w);
  const o = item as Record<string, unknown>;
  if (typeof o['date'] === 'string') return `${valueText('date', o['date'], w)}${typeof o['endDate'] === 'string' ? `–${valueText('date', o['endDate'], w)}` : ''}`;
  return valueText('dates', o['dates'], w);
}

/** What an item is besides its dates ("ABF-huset, Uppsala"), in brackets; nothing when it is only dates. */
function restOf(field: string, item: unknown, w: Words): string {
  if (!item || typeof item !== 'object') return '';
  const rest = Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([k]) => !DATE_KEYS.has(k)));
  return Object.keys(rest).length ? ` (${valueText(field, rest, w)})` : '';
}

/** An item's name: its title, name, label or id, else the item in words. */
function itemName(field: string, item: unknown, w: Words): string {
  const o = (item ?? {}) as Record<string, unknown>;
  const name = ['title', 'name', 'label', 'id'].map((k) => o[k]).find((v) => typeof v === 'string' || typeof v === 'number');
  return name === undefined ? valueText(field, item, w) : String(name);
}

/**
 * A text whose words changed, shortened to them: runs of unchanged words longer than a few keep
 * three words of context each side, the rest is "…", so a paragraph with one new word is not repeated.
 */
function condense(parts: readonly WordPart[]): Line {
  const CONTEXT = 3;
  // "[-valet-] {+kommunvalet+}": a word replaced by another reads as two words, not one.
  const apart = (p: WordPart, i: number): Line => (p.change === 'removed' && parts[i + 1]?.change === 'added' && !/\s$/.test(p.text) ? [p, { text: ' ' }] : [p]);
  return parts.flatMap((p, i): Line => {
    if (p.change) return apart(p, i);
    const lead = /^\s*/.exec(p.text)?.[0] ?? '';
    const trail = /\s*$/.exec(p.text)?.[0] ?? '';
    const words = p.text.trim().split(/\s+/);
    if (words.length <= 2 * CONTEXT + 1) return [p];
    const head = i > 0 ? `${words.slice(0, CONTEXT).join(' ')} ` : '';
    const tail = i < parts.length - 1 ? ` ${words.slice(-CONTEXT).join(' ')}` : '';
    return [{ text: `${lead}${head}…${tail}${trail}` }];
  });
}

/** The lines of a change of a field: "Målgrupp: Nya medlemmar → Alla medlemmar", "Tid och plats: flyttat från … till …". */
export function changeLines(c: FieldChange, w: Words): Line[] {
  const label = fieldLabel(c.field, w);
  const moved = (from: string, to: string) => fill(w.m.movedDate, { from, to });
  if (c.reordered) return [plain(`${label}: ${w.m.reordered}`)];
  if (c.added || c.removed || c.moved || c.changed) {
    const lines: Line[] = [];
    for (const r of c.removed ?? []) lines.push(plain(`${label}, ${w.m.removed}: ${valueText(c.field, r, w)}`));
    for (const m of c.moved ?? []) lines.push(plain(`${label}: ${moved(datesOf(m.before, w), datesOf(m.after, w))}${restOf(c.field, m.after, w)}`));
    for (const ch of c.changed ?? []) {
      const how = ch.fields.flatMap((f) => changeLines(f, w));
      lines.push([{ text: `${label}, ${w.m.changed}: ${itemName(c.field, ch.after, w)} – ` }, ...how.flatMap((l, i) => (i ? [{ text: '; ' }, ...l] : l))]);
    }
    for (const a of c.added ?? []) lines.push(plain(`${label}, ${w.m.added}: ${valueText(c.field, a, w)}`));
    return lines;
  }
  if (c.before === undefined) return [plain(`${label}, ${w.m.added}: ${valueText(c.field, c.after, w)}`)];
  if (c.after === undefined) return [plain(`${label}: ${fill(w.m.unset, { before: valueText(c.field, c.before, w) })}`)];
  if (typeof c.before === 'string' && typeof c.after === 'string' && DATE.test(c.before) && DATE.test(c.after)) {
    return [plain(`${label}: ${moved(valueText(c.field, c.before, w), valueText(c.field, c.after, w))}`)];
  }
  if (c.words) return [[{ text: `${label}: ` }, ...condense(c.words)]];
  return [plain(`${label}: ${valueText(c.field, c.before, w)} → ${valueText(c.field, c.after, w)}`)];
}
