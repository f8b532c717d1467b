import { da } from './da.js';
import { en } from './en.js';
import type { Lang } from './lang.js';
import { nb } from './nb.js';
import { sv } from './sv.js';
import type { Words } from './words.js';

const CATALOGUES: Record<Lang, Words> = { sv, en, nb, da };

/** The catalogue of LANG. */
export function words(lang: Lang): Words {
  return CATALOGUES[lang];
}
