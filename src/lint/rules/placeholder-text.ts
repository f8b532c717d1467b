import type { Rule } from './types.js';
import { stringsOf } from './walk.js';

/** Words editors leave in drafts; printed in a booklet they look careless. */
const PLACEHOLDER = /\b(TODO|FIXME|XXX+|TBD|TBA)\b|lorem ipsum|\?\?\?|\[(?:fyll i|text|namn|datum)\]|<(?:fyll i|text här)>/i;

/** Placeholder text (TODO, XXX, Lorem ipsum, ???) is not left in printed fields. */
export const placeholderText: Rule = {
  id: 'plan/placeholder-text',
  severity: 'warning',
  check({ data, report }) {
    for (const s of stringsOf(data)) {
      if (s.key === 'internalNotes') continue; // never printed: a TODO there is a note, not a slip
      const m = PLACEHOLDER.exec(s.value);
      if (m) report(s.path, { text: m[0] }, 'value', m[0]);
    }
  },
};

/** No empty texts: an empty title or description prints as a gap. */
export const emptyText: Rule = {
  id: 'plan/empty-text',
  severity: 'warning',
  check({ data, report }) {
    for (const s of stringsOf(data)) if (!s.value.trim()) report(s.path, { key: s.key });
  },
};
