import type { Rule } from './types.js';
import { arr, coursesOf, eventsOf, isObj, str } from './walk.js';

/** A registration deadline falls before the course starts (its first occurrence or calendar event). */
export const deadlineAfterStart: Rule = {
  id: 'plan/deadline-after-start',
  severity: 'error',
  check({ data, report }) {
    const events = eventsOf(data);
    for (const c of coursesOf(data)) {
      const reg = c.node.registration;
      const deadline = isObj(reg) ? str(reg.deadline) : undefined;
      if (!deadline || !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) continue;
      const dates: string[] = [];
      for (const o of arr(c.node.occurrences)) {
        if (!isObj(o)) continue;
        if (typeof o.date === 'string') dates.push(o.date);
        for (const d of arr(o.dates)) if (typeof d === 'string') dates.push(d);
      }
      const id = str(c.node.id);
      for (const e of events) if (id && e.node.course === id && typeof e.node.date === 'string') dates.push(e.node.date);
      const start = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()[0];
      if (start && deadline > start) report([...c.path, 'registration', 'deadline'], { deadline, start, ...(isObj(reg) && reg.kind === 'application' ? { kind: 'application' } : {}) });
    }
  },
};
