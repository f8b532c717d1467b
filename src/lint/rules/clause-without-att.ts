import type { Rule } from './types.js';
import { arr, isObj } from './walk.js';

/**
 * In a Swedish proposal every decision clause starts with "att" ("att anta studieplanen"), as
 * the meeting votes on each att-sats. Plans in other languages are left alone.
 */
export const clauseWithoutAtt: Rule = {
  id: 'plan/clause-without-att',
  severity: 'warning',
  check({ data, report }) {
    const language = typeof data.language === 'string' ? data.language : 'sv';
    if (language !== 'sv' || !isObj(data.proposal)) return;
    arr(data.proposal.clauses).forEach((c, i) => {
      if (typeof c === 'string' && c.trim() && !/^att\b/i.test(c.trim())) report(['proposal', 'clauses', i], { start: c.trim().split(/\s+/)[0] });
    });
  },
};
