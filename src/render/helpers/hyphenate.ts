import { createRequire } from 'node:module';

/**
 * Hyphenation in the render: Chromium on Linux has no Swedish (or Norwegian) dictionary, so
 * `hyphens: auto` does nothing there. Soft hyphens (U+00AD) from Liang's TeX patterns (the npm
 * package `hyphen`) are put into words of 7 letters or more; the browser breaks at one only at a
 * line's end and shows nothing otherwise. Tokens that are addresses (a slash, an @, a dot inside)
 * are left whole. The patterns load the first time a page in that language is rendered.
 */
type Hyphenator = (text: string) => string;

const PATTERNS: Record<string, string> = { sv: 'hyphen/patterns/sv.js', nb: 'hyphen/patterns/nb.js', da: 'hyphen/patterns/da.js', en: 'hyphen/patterns/en-gb.js' };
const cache = new Map<string, Hyphenator | undefined>();
const require = createRequire(import.meta.url);

/** Words already broken, per language: the plans of one repository share most of their words. */
const MAX_REMEMBERED = 100_000;

function hyphenatorFor(lang: string): Hyphenator | undefined {
  const key = lang.toLowerCase().split('-')[0] ?? '';
  if (cache.has(key)) return cache.get(key);
  const file = PATTERNS[key];
  let fn: Hyphenator | undefined;
  if (file) {
    const create = require('hyphen') as (patterns: unknown, options: { minWordLength: number }) => Hyphenator;
    const hyphenate = create(require(file), { minWordLength: 7 });
    const known = new Map<string, string>();
    fn = (word) => {
      let broken = known.get(word);
      if (broken === undefined) {
        broken = hyphenate(word);
        if (known.size >= MAX_REMEMBERED) known.clear();
        known.set(word, broken);
      }
      return broken;
    };
  }
  cache.set(key, fn);
  return fn;
}

/**
 * The long words of a page's text and where they may break (soft hyphens), for the print stage
 * to put into the page it prints: the HTML file stays as written (search, copy, screen readers).
 * Headings, code, the contents, the print-only addresses and what a template marks `no-hyphens`
 * (a venue, an organisation: a name, whatever its words) are left out; so are tokens that are
 * addresses (a slash, an @, a dot inside a word), numbers, and words in capitals (FÖRSLAG, ABF).
 * So is every word with a capital first letter: in Swedish, Norwegian and Danish that is a name
 * (Västerås, Ängsbacka, a person's, an organisation's), which a reader must find whole ("Väs-terås"
 * reads wrongly), or a sentence's first word ("Di-striktet"), a break there as ugly (issue 29).
 */
export function hyphenationsOf(html: string, lang: string): Record<string, string> {
  const hyphenate = hyphenatorFor(lang);
  const words: Record<string, string> = {};
  if (!hyphenate) return words;
  const body = html
    .slice(Math.max(0, html.search(/<body[\s>]/)))
    .replace(/<(style|script|code|pre|h[1-6]|nav)\b[\s\S]*?<\/\1>/gi, ' ')
    // A template's names (a venue, an organisation), as the print leaves them (toc-pages.ts).
    .replace(/<([a-z][a-z0-9]*)\b[^>]*\bclass="(?:[^"]*\s)?no-hyphens[\s"][^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  for (const token of body.split(/\s+/)) {
    if (!token || /[/@]|&[a-z#0-9]+;|\p{L}\.\p{L}|\d/iu.test(token)) continue;
    for (const [word] of token.matchAll(/[\p{L}\p{M}]{7,}/gu)) {
      if (word in words || /^\p{Lu}/u.test(word)) continue;
      const broken = hyphenate(word);
      if (broken !== word) words[word] = broken;
    }
  }
  return words;
}
