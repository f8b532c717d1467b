import type { Lang } from '../i18n/lang.js';
import { LANGUAGE_MARKERS } from './words.js';

/**
 * The language a document is written in, by counting words that mark each language. Norwegian
 * and Danish share many words; the ones they do not share (av/af, kurset/kursus, høsten/efteråret)
 * decide. Swedish when nothing is counted: most plans are Swedish.
 */
export function detectLanguage(text: string): Lang {
  const counts = new Map<string, number>();
  for (const w of text
    .toLowerCase()
    .match(/[\p{L}]+/gu)
    ?.slice(0, 20_000) ?? [])
    counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: Lang = 'sv';
  let bestScore = 0;
  for (const [lang, markers] of Object.entries(LANGUAGE_MARKERS) as [Lang, readonly string[]][]) {
    const score = markers.reduce((n, m) => n + (counts.get(m) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}
