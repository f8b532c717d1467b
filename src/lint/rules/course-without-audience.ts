import type { Rule } from './types.js';
import { coursesOf, str } from './walk.js';

/**
 * A course says whom it is for (audience) or why (purpose); readers choose by these. Only `info`
 * by default: many real plans say it in the description, which no rule can read.
 */
export const courseWithoutAudience: Rule = {
  id: 'plan/course-without-audience',
  severity: 'info',
  check({ data, report }) {
    for (const c of coursesOf(data)) {
      const has = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '');
      if (!has(c.node.audience) && !has(c.node.purpose)) report([...c.path, 'id'], { course: str(c.node.title) ?? str(c.node.id) ?? '' });
    }
  },
};
