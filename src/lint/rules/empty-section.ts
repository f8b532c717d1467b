import type { Rule } from './types.js';
import { arr, sectionsOf, str } from './walk.js';

/** A courses section lists courses, a calendar months with events: an empty one prints a bare heading, or nothing (one without a heading). */
export const emptySection: Rule = {
  id: 'plan/empty-section',
  severity: 'warning',
  check({ data, report }) {
    for (const s of sectionsOf(data)) {
      const title = str(s.node.title) ?? '';
      if (s.node.kind === 'courses' && Array.isArray(s.node.courses) && s.node.courses.length === 0 && !str(s.node.text)?.trim()) report([...s.path, 'courses'], { title, what: 'courses' });
      if (s.node.kind === 'calendar' && Array.isArray(s.node.months) && s.node.months.length > 0) {
        const events = arr(s.node.months).reduce<number>((n, m) => n + arr((m as Record<string, unknown> | null)?.events).length, 0);
        const texts = arr(s.node.months).some((m) => str((m as Record<string, unknown> | null)?.text)?.trim());
        if (events === 0 && !texts) report([...s.path, 'months'], { title, what: 'events' });
      }
    }
  },
};
