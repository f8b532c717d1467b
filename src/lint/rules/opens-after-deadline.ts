import type { Rule } from './types.js';
import { coursesOf, isObj, str } from './walk.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Registration opens (`registration.opens`) on or before its deadline: a registration that opens
 * after it closes is a typo in one of the two dates, in a course or in the plan's practical part.
 */
export const opensAfterDeadline: Rule = {
  id: 'plan/opens-after-deadline',
  severity: 'error',
  check({ data, report }) {
    const places: { path: (string | number)[]; reg: unknown }[] = coursesOf(data).map((c) => ({ path: [...c.path, 'registration'], reg: c.node.registration }));
    if (isObj(data.practical)) places.push({ path: ['practical', 'registration'], reg: data.practical.registration });
    for (const { path, reg } of places) {
      if (!isObj(reg)) continue;
      const opens = str(reg.opens);
      const deadline = str(reg.deadline);
      if (opens && deadline && ISO_DATE.test(opens) && ISO_DATE.test(deadline) && opens > deadline)
        report([...path, 'opens'], { opens, deadline, ...(reg.kind === 'application' ? { kind: 'application' } : {}) });
    }
  },
};
