/**
 * The words a template prints, read from its labels/LANG.json so that "Målgrupp", "Syfte" and
 * the month names are data, not code. Every template must provide these keys (checked on load).
 */
export interface Labels {
  language: string;
  months: string[];
  /** e.g. "{day} {month} {year}" (sv) or "{day}. {month} {year}" (nb). */
  datePattern: string;
  /**
   * The days of the week, Monday first, for a date printed with its weekday ("onsdag 25 april");
   * a template's labels without them get the language's own (src/i18n/weekdays.ts) when loaded.
   */
  weekdays?: string[];
  /** The same, short, for a column of dates ("lör 12 mars"); labels without them get the language's own (src/i18n/weekdays.ts). */
  weekdaysShort?: string[];
  terms: Record<'spring' | 'summer' | 'autumn' | 'winter', string>;
  /** The word before the last item of a list: "och", "and", "og". */
  and: string;
  kinds: Record<string, string>;
  fields: Record<string, string>;
  roles: Record<string, string>;
  formats: Record<string, string>;
  delivery: Record<string, string>;
  residential: { yes: string; no: string };
  scope: Record<string, string>;
  units: Record<string, [string, string]>;
  /** Small numbers written as words (index = number). */
  numbers: string[];
  times: { one: string; many: string };
  per: Record<string, string>;
  onRequest: string;
  registrationStatus: Record<string, string>;
  status: Record<'draft' | 'proposal' | 'adopted', string>;
  ui: Record<string, string>;
}

export const LABEL_KEYS: readonly (keyof Labels)[] = [
  'language',
  'months',
  'datePattern',
  'terms',
  'and',
  'kinds',
  'fields',
  'roles',
  'formats',
  'delivery',
  'residential',
  'scope',
  'units',
  'numbers',
  'times',
  'per',
  'onRequest',
  'registrationStatus',
  'status',
  'ui',
];

/** Fills "{name}" placeholders; unknown names stay as they are, so a typo shows in the output. */
export function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** A label by key, or the key itself when a user's template lacks it (visible, never a crash). */
export function label(group: Record<string, string>, key: string): string {
  return group[key] ?? key;
}
