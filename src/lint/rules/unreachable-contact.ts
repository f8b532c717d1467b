import type { Rule } from './types.js';
import { mappingsUnder, str } from './walk.js';

const contactsOf = mappingsUnder('contacts');

/** A contact person gives a way to reach them: e-mail, phone, or a text saying how. */
export const unreachableContact: Rule = {
  id: 'plan/unreachable-contact',
  severity: 'warning',
  check({ data, report }) {
    for (const c of contactsOf(data)) {
      const has = (k: string) => (str(c.node[k]) ?? '').trim() !== '';
      if (!has('email') && !has('phone') && !has('text')) report(c.path, { name: str(c.node.name) ?? '' });
    }
  },
};
