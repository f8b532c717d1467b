import type { Rule } from './types.js';
import { mappingsUnder, str } from './walk.js';

const imagesOf = mappingsUnder('images');

/** Every image has alt text: a reader who cannot see it (screen reader, tagged PDF) is told what it shows. */
export const imageWithoutAlt: Rule = {
  id: 'plan/image-without-alt',
  severity: 'warning',
  check({ data, report }) {
    for (const img of imagesOf(data)) {
      if (!str(img.node.alt)?.trim()) report(img.path, { src: str(img.node.src) ?? '' });
    }
  },
};
