import { inferYears } from '../../plan/year-less.js';
import { showRange } from './dates.js';
import type { Rule } from './types.js';

/**
 * A date written without its year (`04-25`) gets it from the period around it (src/plan/year-less.ts);
 * one that cannot is an error that says why: no period, a day outside it, a period of several
 * years, or a day that is in no year (`02-30`).
 */
export const dateWithoutYear: Rule = {
  id: 'plan/date-without-year',
  severity: 'error',
  check({ data, report }) {
    for (const d of inferYears(data).found) {
      const p = d.problem;
      if (!p) continue;
      const range = 'range' in p ? showRange(p.range) : undefined;
      const years = p.reason === 'ambiguous' ? p.years.map(String) : undefined;
      report(d.path, { date: d.written, day: d.written.replace(/^--/, ''), reason: p.reason, range, years });
    }
  },
};
