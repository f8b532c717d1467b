import type { Rule } from './types.js';
import { allUnder, str } from './walk.js';

/** Every image has alt text: a reader who cannot see it (screen reader, tagged PDF) is told what it shows. */
export const imageWithoutAlt: Rule = {
  id: 'plan/image-without-alt',
  severity: 'warning',
  check({ data, report }) {
    for (const img of allUnder(data, 'images')) {
      if (!str(img.node.alt)?.trim()) report(img.path, { src: str(img.node.src) ?? '' });
    }
  },
};
