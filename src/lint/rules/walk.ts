import type { PathSegment } from '../../plan/source-map.js';

/** Plan data as the rules see it: possibly not schema-valid, so every access is checked. */
export type Obj = Record<string, unknown>;
export type Path = PathSegment[];

export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface At<T> {
  node: T;
  path: Path;
}

/**
 * Walks several rules share, done once per plan and kept while the plan's data lives (the rules
 * only read what they get). Lint of hundreds of plans walked the same sections a dozen times each.
 */
function once<T>(walk: (data: Obj) => T): (data: Obj) => T {
  const cache = new WeakMap<Obj, T>();
  return (data) => {
    let found = cache.get(data);
    if (found === undefined) cache.set(data, (found = walk(data)));
    return found;
  };
}

/** The plan's sections that are mappings, with their paths, and depth first their sub-sections. */
export const sectionsOf = once((data: Obj): At<Obj>[] => {
  const walk = (list: unknown, path: Path): At<Obj>[] => arr(list).flatMap((s, i) => (isObj(s) ? [{ node: s, path: [...path, i] }, ...walk(s.sections, [...path, i, 'sections'])] : []));
  return walk(data.sections, ['sections']);
});

/** Every course of every courses section, with its section. */
export const coursesOf = once((data: Obj): (At<Obj> & { section: At<Obj> })[] =>
  sectionsOf(data).flatMap((section) =>
    section.node.kind === 'courses' ? arr(section.node.courses).flatMap((c, j) => (isObj(c) ? [{ node: c, path: [...section.path, 'courses', j], section }] : [])) : [],
  ),
);

/** The ids of the plan's courses, in order (what course references may name). */
export const courseIdsOf = once((data: Obj): string[] => coursesOf(data).flatMap((c) => (typeof c.node.id === 'string' ? [c.node.id] : [])));

/** Every calendar event, with its month and section. */
export const eventsOf = once((data: Obj): (At<Obj> & { month: At<Obj>; section: At<Obj> })[] =>
  sectionsOf(data).flatMap((section) =>
    section.node.kind === 'calendar'
      ? arr(section.node.months).flatMap((m, j) => {
          if (!isObj(m)) return [];
          const month = { node: m, path: [...section.path, 'months', j] };
          return arr(m.events).flatMap((e, k) => (isObj(e) ? [{ node: e, path: [...month.path, 'events', k], month, section }] : []));
        })
      : [],
  ),
);

/**
 * Every mapping in the plan under `key` (e.g. all `contacts` items), wherever it is. The path is
 * one array extended and shortened on the way; only what is found gets a copy (a copy per node
 * made the walk a large share of lint's allocations).
 */
export function allUnder(data: unknown, key: string, path: Path = []): At<Obj>[] {
  const found: At<Obj>[] = [];
  const at: Path = [...path];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i]);
        at.pop();
      }
    } else if (isObj(v)) {
      for (const k of Object.keys(v)) {
        const x = v[k];
        if (k === key) {
          if (Array.isArray(x)) x.forEach((item, i) => isObj(item) && found.push({ node: item, path: [...at, k, i] }));
          else if (isObj(x)) found.push({ node: x, path: [...at, k] });
        }
        at.push(k);
        walk(x);
        at.pop();
      }
    }
  };
  walk(data);
  return found;
}

export type StringAt = { value: string; path: Path; key: string };
const strings = new WeakMap<object, StringAt[]>();

/** Every string value in the plan, with its path and the key it is under. Walked once per plan: several rules read it. */
export function stringsOf(data: Obj): StringAt[] {
  const cached = strings.get(data);
  if (cached) return cached;
  const found: StringAt[] = [];
  // As in allUnder: one path array, copied for each string only.
  const at: Path = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') found.push({ value: v, path: [...at], key });
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i], key);
        at.pop();
      }
    } else if (isObj(v)) {
      for (const k of Object.keys(v)) {
        at.push(k);
        walk(v[k], k);
        at.pop();
      }
    }
  };
  walk(data, '');
  strings.set(data, found);
  return found;
}
