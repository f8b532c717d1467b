import { didYouMean } from '../did-you-mean.js';
import type { Rule } from './types.js';
import { arr, courseIdsOf, coursesOf, isObj, str, type Path } from './walk.js';

function prerequisiteRefs(data: Record<string, unknown>) {
  return coursesOf(data).flatMap((c) => {
    const pre = c.node.prerequisites;
    const from = str(c.node.id);
    return isObj(pre) && from ? arr(pre.courses).flatMap((id, k) => (typeof id === 'string' ? [{ from, to: id, path: [...c.path, 'prerequisites', 'courses', k] as Path }] : [])) : [];
  });
}

/** Titles compared as a secretary reads them: case and runs of spaces do not matter. */
const titleKey = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Course title -> its id: a prerequisite written as a course's title suggests that course's id. */
function titlesToIds(data: Record<string, unknown>): Map<string, string> {
  const found = new Map<string, string>();
  for (const c of coursesOf(data)) {
    const title = str(c.node.title);
    const id = str(c.node.id);
    if (title && id && !found.has(titleKey(title))) found.set(titleKey(title), id);
  }
  return found;
}

/** A prerequisite names a course of the plan (a typo would print a dead reference). */
export const unknownPrerequisite: Rule = {
  id: 'plan/unknown-prerequisite',
  severity: 'error',
  check({ data, report }) {
    const ids = courseIdsOf(data);
    let byTitle: Map<string, string> | undefined;
    for (const ref of prerequisiteRefs(data)) {
      if (ids.includes(ref.to)) continue;
      // Built only when a reference is wrong: a plan whose references are all ids pays nothing.
      byTitle ??= titlesToIds(data);
      report(ref.path, { id: ref.to, suggestion: byTitle.get(titleKey(ref.to)) ?? didYouMean(ref.to, ids) });
    }
  },
};

/** Courses whose prerequisites lead back to themselves can never be taken. */
export const prerequisiteCycle: Rule = {
  id: 'plan/prerequisite-cycle',
  severity: 'error',
  check({ data, report }) {
    const refs = prerequisiteRefs(data);
    const next = new Map<string, typeof refs>();
    for (const r of refs) next.set(r.from, [...(next.get(r.from) ?? []), r]);
    const reported = new Set<string>();
    // Depth-first search; a reference to a course on the current path closes a cycle.
    const done = new Set<string>();
    const visit = (id: string, stack: string[]) => {
      if (done.has(id)) return;
      for (const r of next.get(id) ?? []) {
        const at = stack.indexOf(r.to);
        if (r.to === id || at !== -1) {
          const cycle = r.to === id ? [id, id] : [...stack.slice(at), id, r.to];
          const key = [...cycle].slice(0, -1).sort().join(' ');
          if (!reported.has(key)) {
            reported.add(key);
            report(r.path, { cycle: cycle.join(' → ') });
          }
        } else visit(r.to, [...stack, id]);
      }
      done.add(id);
    };
    for (const id of next.keys()) visit(id, []);
  },
};
