import type { Rule } from './types.js';
import { arr, coursesOf, isObj, sectionsOf, str, type Path } from './walk.js';

/** Course, section and appendix ids become the booklet's link targets and prerequisites' names: one each. */
export const duplicateId: Rule = {
  id: 'plan/duplicate-id',
  severity: 'error',
  check({ data, map, report }) {
    const owners: { id: string; path: Path }[] = [
      ...sectionsOf(data).map((s) => ({ id: str(s.node.id), path: [...s.path, 'id'] })),
      ...coursesOf(data).map((c) => ({ id: str(c.node.id), path: [...c.path, 'id'] })),
      ...arr(data.appendices).map((a, i) => ({ id: isObj(a) ? str(a.id) : undefined, path: ['appendices', i, 'id'] })),
    ].filter((o): o is { id: string; path: Path } => o.id !== undefined);
    const first = new Map<string, Path>();
    for (const o of owners) {
      const earlier = first.get(o.id);
      if (earlier) report(o.path, { id: o.id, line: map.rangeOf(earlier).start.line });
      else first.set(o.id, o.path);
    }
  },
};
