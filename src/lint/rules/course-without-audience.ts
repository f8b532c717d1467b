import type { Rule } from './types.js';
import { coursesOf, str } from './walk.js';

/**
 * A course says whom it is for (audience) or why (purpose); readers choose by these. Only `info`
 * by default: many real plans say it in the description, which no rule can read. A catalogue
 * entry (nothing but its code and title) and a meeting (`kind: meeting`) are not chosen that way.
 */
const ENTRY_KEYS = new Set(['id', 'title', 'subtitle', 'code', 'internal', 'internalNotes']);
export const courseWithoutAudience: Rule = {
  id: 'plan/course-without-audience',
  severity: 'info',
  check({ data, report }) {
    for (const c of coursesOf(data)) {
      // A catalogue entry has its number: a course of a title alone is more likely one not yet written.
      const entry = typeof c.node.code === 'string' && Object.keys(c.node).every((k) => ENTRY_KEYS.has(k));
      if (c.node.kind === 'meeting' || entry) continue;
      const has = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '');
      if (!has(c.node.audience) && !has(c.node.purpose)) report([...c.path, 'id'], { course: str(c.node.title) ?? str(c.node.id) ?? '' });
    }
  },
};
