import { didYouMean } from '../did-you-mean.js';
import type { Rule } from './types.js';
import { courseIdsOf, eventsOf, str } from './walk.js';

/** A calendar event that names a course names one of the plan's courses. */
export const unknownCourse: Rule = {
  id: 'plan/unknown-course',
  severity: 'error',
  check({ data, report }) {
    const ids = courseIdsOf(data);
    for (const e of eventsOf(data)) {
      const id = str(e.node.course);
      if (id !== undefined && !ids.includes(id)) report([...e.path, 'course'], { id, suggestion: didYouMean(id, ids) });
    }
  },
};
