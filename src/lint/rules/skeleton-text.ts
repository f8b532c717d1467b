import type { Rule } from './types.js';
import { stringsOf } from './walk.js';

/**
 * The texts `studyplan new` and `studyplan init` write for the secretary to replace
 * (templates/init/plan.yaml, src/workflow/): left as they are, they would be printed in the
 * booklet. tests/unit/workflow.test.ts checks that a fresh skeleton has each of them found.
 */
const SKELETON_TEXTS = new Set([
  'Skriv inledningen här. Berätta kort vad planen vill uppnå och för vem den är.',
  'Vad utbildningen handlar om.',
  'Syftet med utbildningen.',
  'Socialdemokraterna i …',
  'Socialdemokraterna i Exempellän',
]);
const LONGEST = Math.max(...[...SKELETON_TEXTS].map((t) => t.length)) + 20;

/** A text still as the skeleton wrote it (line breaks and spaces aside). */
export const skeletonText: Rule = {
  id: 'plan/skeleton-text',
  severity: 'warning',
  check({ data, report }) {
    for (const s of stringsOf(data)) {
      if (s.value.length > LONGEST || s.key === 'internalNotes') continue;
      const text = s.value.replace(/\s+/g, ' ').trim();
      if (SKELETON_TEXTS.has(text)) report(s.path, { text, key: s.key });
    }
  },
};
