import { closest, distance } from 'fastest-levenshtein';

/**
 * Words editors write for an allowed value, in Swedish or plain English, that no edit distance
 * would find: `online` is `digital`, `hösten` is `autumn`.
 */
const SYNONYMS: Record<string, string> = {
  online: 'digital', distans: 'digital', digitalt: 'digital', webb: 'digital', fysisk: 'physical', fysiskt: 'physical', hybrid: 'blended',
  höst: 'autumn', hösten: 'autumn', fall: 'autumn', vår: 'spring', våren: 'spring', sommar: 'summer', sommaren: 'summer', vinter: 'winter', vintern: 'winter',
  kurser: 'courses', kurs: 'courses', kalender: 'calendar', text: 'prose', prosa: 'prose',
  utkast: 'draft', förslag: 'proposal', fastställd: 'adopted', antagen: 'adopted',
  lokal: 'local', regional: 'regional', nationell: 'national', internationell: 'international',
  svenska: 'sv', engelska: 'en', norska: 'nb', no: 'nb', se: 'sv',
};

/**
 * The known word the user most likely meant, or undefined when none is close: a different case,
 * a synonym, or a few typos (about one per three letters).
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (!known.length || !word) return undefined;
  const lower = word.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const synonym = SYNONYMS[lower];
  if (synonym && known.includes(synonym)) return synonym;
  const best = closest(lower, known.map((k) => k.toLowerCase()));
  const original = known.find((k) => k.toLowerCase() === best);
  const longer = Math.max(word.length, best.length);
  // One typo in short words; two (a swapped pair: titel/title) from four letters; more in long ones.
  const allowed = longer <= 3 ? 1 : Math.max(2, Math.floor(longer / 3));
  return original !== undefined && distance(lower, best) <= allowed ? original : undefined;
}
