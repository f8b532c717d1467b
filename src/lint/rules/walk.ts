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

/** The keys whose mappings some rule asks for (mappingsUnder): one walk of the plan finds them all. */
const wantedKeys = new Set<string>();
const underCache = new WeakMap<Obj, { keys: number; found: Map<string, At<Obj>[]> }>();

/**
 * A reader of every mapping in the plan under KEY (e.g. all `contacts` items), wherever it is,
 * for a rule to keep at its module's top. Every key asked for this way is found in one walk of
 * the plan, done once per plan (three rules each walked all of it).
 */
export function mappingsUnder(key: string): (data: Obj) => At<Obj>[] {
  wantedKeys.add(key);
  return (data) => {
    let walked = underCache.get(data);
    // A key asked for after this plan was walked (not by a rule module) walks it again.
    if (!walked || walked.keys !== wantedKeys.size) underCache.set(data, (walked = { keys: wantedKeys.size, found: collectUnder(data, wantedKeys) }));
    return walked.found.get(key) ?? [];
  };
}

/**
 * The mappings under each of KEYS, wherever they are. The path is one array extended and
 * shortened on the way; only what is found gets a copy (a copy per node made the walk a large
 * share of lint's allocations).
 */
function collectUnder(data: unknown, keys: ReadonlySet<string>): Map<string, At<Obj>[]> {
  const found = new Map<string, At<Obj>[]>();
  const add = (k: string, at: At<Obj>) => {
    const list = found.get(k);
    if (list) list.push(at);
    else found.set(k, [at]);
  };
  const at: Path = [];
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
        if (keys.has(k)) {
          if (Array.isArray(x)) x.forEach((item, i) => isObj(item) && add(k, { node: item, path: [...at, k, i] }));
          else if (isObj(x)) add(k, { node: x, path: [...at, k] });
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
