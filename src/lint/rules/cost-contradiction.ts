import type { Rule } from './types.js';
import { coursesOf, isObj } from './walk.js';

/** A course cannot be free and cost an amount. */
export const costContradiction: Rule = {
  id: 'plan/cost-contradiction',
  severity: 'error',
  check({ data, report }) {
    for (const c of coursesOf(data)) {
      const cost = c.node.cost;
      if (isObj(cost) && cost.free === true && typeof cost.amount === 'number' && cost.amount > 0) report([...c.path, 'cost', 'amount'], { amount: cost.amount });
    }
  },
};
