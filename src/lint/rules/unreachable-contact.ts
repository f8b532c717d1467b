import type { Rule } from './types.js';
import { str } from './walk.js';

/** A contact person gives a way to reach them: e-mail, phone, or a text saying how. */
export const unreachableContact: Rule = {
  id: 'plan/unreachable-contact',
  severity: 'warning',
  under: ['contacts'],
  check({ mappingsUnder, report }) {
    for (const c of mappingsUnder('contacts')) {
      const has = (k: string) => (str(c.node[k]) ?? '').trim() !== '';
      if (!has('email') && !has('phone') && !has('text')) report(c.path, { name: str(c.node.name) ?? '' });
    }
  },
};
