import type { Rule } from './types.js';
import { coursesOf } from './walk.js';

/**
 * An occasion whose date is still open (`dateStatus: to-be-agreed` or `to-be-announced`) has no
 * date beside it: the booklet prints the state and leaves the date out, and the calendars have no
 * entry for it, so a date written there is lost; the finding says so.
 */
export const dateStatusConflict: Rule = {
  id: 'plan/date-status-conflict',
  severity: 'warning',
  check({ data, report }) {
    for (const c of coursesOf(data)) {
      for (const d of c.dated) {
        if (d.kind !== 'occurrence') continue;
        const status = d.node.dateStatus;
        if (status !== 'to-be-agreed' && status !== 'to-be-announced') continue;
        const key = d.node.date !== undefined ? 'date' : d.node.dates !== undefined ? 'dates' : undefined;
        if (key) report([...d.path, key], { status, key });
      }
    }
  },
};
