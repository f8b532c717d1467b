import { rawPlanIndex, type IndexedCourse, type IndexedEvent, type IndexedSection, type RawNodes } from '../../plan/plan-index.js';
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

/** Walks several rules share, done once per plan and kept while the plan's data lives. */
function once<T>(walk: (data: Obj) => T): (data: Obj) => T {
  const cache = new WeakMap<Obj, T>();
  return (data) => {
    let found = cache.get(data);
    if (found === undefined) cache.set(data, (found = walk(data)));
    return found;
  };
}

/** The plan's sections that are mappings, with their paths, and depth first their sub-sections (the plan's index). */
export const sectionsOf = (data: Obj): IndexedSection<RawNodes>[] => rawPlanIndex(data).sections;

/** Every course of every courses section, at any depth, with its section. */
export const coursesOf = (data: Obj): IndexedCourse<RawNodes>[] => rawPlanIndex(data).courses;

/** The ids of the plan's courses, in order (what course references may name). */
export const courseIdsOf = once((data: Obj): string[] => coursesOf(data).flatMap((c) => (typeof c.node.id === 'string' ? [c.node.id] : [])));

/** Every calendar event, with its month and section. */
export const eventsOf = (data: Obj): IndexedEvent<RawNodes>[] => rawPlanIndex(data).events;

/**
 * A reader of every mapping in the plan under one of KEYS (e.g. all `contacts` items), wherever
 * it is: one lint run makes one for its plan, from the keys its rules declare (Rule.under), and
 * the first question walks the plan once for all of them.
 */
export function mappingsReader(data: Obj, keys: ReadonlySet<string>): (key: string) => At<Obj>[] {
  let found: Map<string, At<Obj>[]> | undefined;
  return (key) => {
    // A key no rule declared would be missing from the one walk: a mistake in the rule, not in the plan.
    if (!keys.has(key)) throw new Error(`A rule asked for mappings under '${key}' without declaring it (Rule.under).`);
    return (found ??= collectUnder(data, keys)).get(key) ?? [];
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
