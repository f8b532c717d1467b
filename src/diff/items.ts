import { diffWords } from 'diff';
import type { FieldChange, ItemChange, WordPart } from './types.js';

/**
 * What makes a diff read as the meeting would say it (issue 30): an item of a list that only got
 * another date is one move, not a removal and an addition; an item with the same name, title or
 * id is one change, field by field; a text with a few words changed shows those words.
 */

type Rec = Record<string, unknown>;
const isObject = (v: unknown): v is Rec => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The keys that date an item: an occurrence or event that changed only these has moved. */
const DATE_KEYS = ['date', 'endDate', 'dates'];
/** The keys that name an item of a list, in the order they are tried. */
const IDENTITY_KEYS = ['id', 'name', 'title', 'label'];

/** The lists' own comparison: CANONICAL gives the same text for the same data (compare.ts). */
export interface ItemTools {
  canonical(value: unknown): string;
  /** The changes between two items, field by field, named PREFIX.KEY (compare.ts: compareFields). */
  fields(a: Rec, b: Rec, prefix: string): FieldChange[];
}

/**
 * Pairs what the list FIELD lost (REMOVED) with what it got (ADDED): first the items that are the same
 * but for their dates (moved), then items with the same name, title or id (changed). What is left
 * stays removed or added.
 */
export function pairItems(field: string, removed: unknown[], added: unknown[], tools: ItemTools): { removed: unknown[]; added: unknown[]; moved: ItemChange[]; changed: ItemChange[] } {
  const left = { removed: [...removed], added: [...added] };
  const moved = pairBy(left, (x) => (isObject(x) && DATE_KEYS.some((k) => k in x) ? tools.canonical(without(x, DATE_KEYS)) : undefined)).map(([before, after]) => ({ before, after, fields: [] }));
  const changed = pairBy(left, identity).map(([before, after]) => ({ before, after, fields: tools.fields(before as Rec, after as Rec, `${field}.`) }));
  return { ...left, moved, changed };
}

/** An item's name: the first of its identity keys it has, with the key (an organiser and a link both named "ABF" are not one). */
function identity(x: unknown): string | undefined {
  if (!isObject(x)) return undefined;
  const key = IDENTITY_KEYS.find((k) => typeof x[k] === 'string' || typeof x[k] === 'number');
  return key ? `${key}:${String(x[key])}` : undefined;
}

/** Takes out of LEFT each removed item and the first added one with the same KEY; returns the pairs in the added items' order. */
function pairBy(left: { removed: unknown[]; added: unknown[] }, key: (x: unknown) => string | undefined): [unknown, unknown][] {
  const pairs: [number, number][] = [];
  const taken = new Set<number>();
  left.removed.forEach((r, i) => {
    const k = key(r);
    if (k === undefined) return;
    const j = left.added.findIndex((a, n) => !taken.has(n) && key(a) === k);
    if (j < 0) return;
    taken.add(j);
    pairs.push([i, j]);
  });
  pairs.sort((p, q) => p[1] - q[1]);
  const result = pairs.map(([i, j]): [unknown, unknown] => [left.removed[i], left.added[j]]);
  const gone = new Set(pairs.map(([i]) => i));
  left.removed = left.removed.filter((_, i) => !gone.has(i));
  left.added = left.added.filter((_, j) => !taken.has(j));
  return result;
}

function without(x: Rec, keys: readonly string[]): Rec {
  return Object.fromEntries(Object.entries(x).filter(([k]) => !keys.includes(k)));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Shorter texts read best whole, before → after. */
const MIN_WORDS = 8;

/**
 * The words that changed between two texts (whitespace as one space), when that says more than
 * the two texts: both have at least eight words and at most half of the words changed. Undefined
 * otherwise (a date, a short text, a text written anew).
 */
export function wordChange(before: unknown, after: unknown): WordPart[] | undefined {
  if (typeof before !== 'string' || typeof after !== 'string' || DATE.test(before) || DATE.test(after)) return undefined;
  const a = before.replace(/\s+/g, ' ').trim();
  const b = after.replace(/\s+/g, ' ').trim();
  const count = (s: string) => (s.match(/\S+/g) ?? []).length;
  if (a === b || Math.min(count(a), count(b)) < MIN_WORDS) return undefined;
  const parts = diffWords(a, b);
  const changed = parts.filter((p) => p.added || p.removed).reduce((n, p) => n + count(p.value), 0);
  if (changed * 2 > count(a) + count(b)) return undefined;
  return parts.map((p) => ({ text: p.value, ...(p.added ? { change: 'added' as const } : p.removed ? { change: 'removed' as const } : {}) }));
}
