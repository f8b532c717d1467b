import { contrastWithWhite, MIN_CONTRAST } from '../../brand/colour.js';
import type { Rule } from './types.js';

/** The cover, the draft band and the plan's headings print white text on the brand colour (or it on white). */
export const brandContrast: Rule = {
  id: 'plan/brand-contrast',
  severity: 'warning',
  check({ data, report }) {
    const brand = data['brand'];
    if (typeof brand !== 'object' || brand === null) return;
    const color = (brand as Record<string, unknown>)['color'];
    if (typeof color !== 'string') return;
    const ratio = contrastWithWhite(color);
    if (ratio !== undefined && ratio < MIN_CONTRAST) report(['brand', 'color'], { color, ratio: ratio.toFixed(1), min: MIN_CONTRAST });
  },
};
