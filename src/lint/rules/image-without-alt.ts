import type { Rule } from './types.js';
import { str } from './walk.js';

/** Every image has alt text: a reader who cannot see it (screen reader, tagged PDF) is told what it shows. */
export const imageWithoutAlt: Rule = {
  id: 'plan/image-without-alt',
  severity: 'warning',
  under: ['images'],
  check({ mappingsUnder, report }) {
    for (const img of mappingsUnder('images')) {
      if (!str(img.node.alt)?.trim()) report(img.path, { src: str(img.node.src) ?? '' });
    }
  },
};
