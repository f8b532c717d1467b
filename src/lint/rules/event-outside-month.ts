import type { Rule } from './types.js';
import { eventsOf, str } from './walk.js';

/** A calendar event's date lies in the month it is listed under. */
export const eventOutsideMonth: Rule = {
  id: 'plan/event-outside-month',
  severity: 'warning',
  check({ data, report }) {
    for (const e of eventsOf(data)) {
      const month = str(e.month.node.month);
      const date = str(e.node.date);
      if (month && date && /^\d{4}-\d{2}-\d{2}$/.test(date) && !date.startsWith(`${month}-`)) report([...e.path, 'date'], { date, month });
    }
  },
};
