import { isThousandsDot } from '../../plan/swedish-values.js';
import type { Rule } from './types.js';

/**
 * `amount: 1.200` is twelve hundred in Swedish print but 1.2 to YAML (the booklet said "1.2 kr").
 * Only a fraction can be such a number, so the text is looked at for those alone.
 */
export const thousandsDot: Rule = {
  id: 'plan/thousands-dot',
  severity: 'error',
  under: ['cost'],
  check({ mappingsUnder, map, text, reportAt }) {
    for (const cost of mappingsUnder('cost')) {
      const amount = cost.node.amount;
      if (typeof amount !== 'number' || Number.isInteger(amount)) continue;
      const range = map.rangeOf([...cost.path, 'amount']);
      if (range.start.line !== range.end.line) continue;
      const line = text.split('\n', range.start.line)[range.start.line - 1] ?? '';
      const written = line.slice(range.start.column - 1, range.end.column - 1);
      if (!isThousandsDot(written)) continue;
      const meant = written.replace(/\./g, '');
      reportAt(range, { written, read: String(amount), meant }, { range, text: meant });
    }
  },
};
