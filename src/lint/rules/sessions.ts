import { didYouMean } from '../did-you-mean.js';
import type { Rule } from './types.js';
import { arr, coursesOf, isObj, str, type Obj, type Path } from './walk.js';

/** Every session of a course (its own list and those written inside its steps), with paths. */
function sessionsOf(course: Obj, path: Path): { node: Obj; path: Path }[] {
  const found = arr(course.sessions).flatMap((s, i) => (isObj(s) ? [{ node: s, path: [...path, 'sessions', i] }] : []));
  arr(course.steps).forEach((step, j) => {
    if (isObj(step)) arr(step.sessions).forEach((s, k) => isObj(s) && found.push({ node: s, path: [...path, 'steps', j, 'sessions', k] }));
  });
  return found;
}

/** A step that names a session by id names one of the course's sessions. */
export const unknownSession: Rule = {
  id: 'plan/unknown-session',
  severity: 'error',
  check({ data, report }) {
    for (const c of coursesOf(data)) {
      const ids = arr(c.node.sessions).flatMap((s) => (isObj(s) && typeof s.id === 'string' ? [s.id] : []));
      arr(c.node.steps).forEach((step, j) => {
        if (!isObj(step)) return;
        arr(step.sessions).forEach((ref, k) => {
          const id = str(ref);
          if (id !== undefined && !ids.includes(id)) report([...c.path, 'steps', j, 'sessions', k], { id, course: str(c.node.title) ?? '', suggestion: didYouMean(id, ids) });
        });
      });
    }
  },
};

/** An elective session lists the options a participant chooses between. */
export const electiveWithoutOptions: Rule = {
  id: 'plan/elective-without-options',
  severity: 'warning',
  check({ data, report }) {
    for (const c of coursesOf(data)) {
      for (const s of sessionsOf(c.node, c.path)) {
        if (s.node.elective === true && arr(s.node.options).length === 0) report([...s.path, 'elective'], { title: str(s.node.title) ?? '' }, 'key');
      }
    }
  },
};
