import type { Rule } from './types.js';
import { stringsOf } from './walk.js';

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i;
/** Something written as an e-mail address in running text: word@word. */
const IN_TEXT = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]*/g;

/** Whether an e-mail address is malformed (no top-level domain of two letters or more, two @, spaces). */
export function badEmail(value: string): boolean {
  return !EMAIL.test(value);
}

/** E-mail addresses are well-formed: the e-mail fields, and addresses written in running text. */
export const malformedEmail: Rule = {
  id: 'plan/malformed-email',
  severity: 'error',
  check({ data, report }) {
    for (const s of stringsOf(data)) {
      if (s.key === 'email' && s.path[s.path.length - 1] === 'email') {
        if (badEmail(s.value.trim())) report(s.path, { email: s.value });
        continue;
      }
      if (s.key === 'internalNotes' || s.key === 'url' || s.key === 'website' || s.key === 'cite' || !s.value.includes('@')) continue;
      for (const m of s.value.matchAll(IN_TEXT)) {
        const email = m[0].replace(/^mailto:/i, '').replace(/[.!?]+$/, '');
        if (email.startsWith('@') || /^https?:/i.test(email)) continue; // a handle (@studier) or part of a link
        if (badEmail(email)) report(s.path, { email }, 'value', email);
      }
    }
  },
};
