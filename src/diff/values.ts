import type { Period } from '../plan/types.js';
import { fill, type Labels } from '../render/labels.js';
import { formatDate, formatMonth } from '../render/helpers/dates.js';
import { formatPeriod } from '../render/helpers/periods.js';
import type { DiffMessages } from '../i18n/index.js';
import type { FieldChange } from './types.js';

/** The words a formatter needs: the diff's own, and the template's (months, levels, roles…). */
export interface Words {
  m: DiffMessages;
  labels: Labels;
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
  if (typeof value === 'string') return stringText(key, value, w);
  if (Array.isArray(value)) return value.map((v) => valueText(key, v, w)).join('; ');
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
    const text = valueText(k, v, w);
    parts.push(PLAIN.has(k) ? text : `${fieldLabel(k, w).toLocaleLowerCase(w.labels.language || 'sv')}: ${text}`);
  }
  return parts.join(', ');
}

function stringText(key: string, value: string, w: Words): string {
  const enumLabel: Record<string, Record<string, string> | undefined> = {
    state: Object.fromEntries(Object.entries(w.labels.status).map(([k, v]) => [k, v.toLocaleLowerCase(w.labels.language || 'sv')])),
    scope: w.labels.scope,
    delivery: w.labels.delivery,
    type: w.labels.formats,
    per: w.labels.per,
    status: w.labels.registrationStatus,
    role: w.labels.roles,
  };
  const named = enumLabel[key]?.[value];
  if (named) return named.replace(/:$/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, w.labels);
  // Markdown source on one line: the words, not the layout.
  return value.replace(/\s+/g, ' ').trim();
}

function isPeriod(o: Record<string, unknown>): boolean {
  return 'term' in o || 'from' in o || 'season' in o || 'start' in o || ('year' in o && Object.keys(o).every((k) => k === 'year' || k === 'label'));
}

/** One line per change of a field: "Målgrupp: Nya medlemmar → Alla medlemmar". */
export function changeLines(c: FieldChange, w: Words): string[] {
  const label = fieldLabel(c.field, w);
  if (c.reordered) return [`${label}: ${w.m.reordered}`];
  if (c.added || c.removed) {
    const lines: string[] = [];
    for (const r of c.removed ?? []) lines.push(`${label}, ${w.m.removed}: ${valueText(c.field, r, w)}`);
    for (const a of c.added ?? []) lines.push(`${label}, ${w.m.added}: ${valueText(c.field, a, w)}`);
    return lines;
  }
  if (c.before === undefined) return [`${label}, ${w.m.added}: ${valueText(c.field, c.after, w)}`];
  if (c.after === undefined) return [`${label}: ${fill(w.m.unset, { before: valueText(c.field, c.before, w) })}`];
  return [`${label}: ${valueText(c.field, c.before, w)} → ${valueText(c.field, c.after, w)}`];
}
