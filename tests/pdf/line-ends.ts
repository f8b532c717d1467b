/**
 * Where a printed line ends inside something that must stay whole: a phone number, a date
 * (24 september 2021, 24–25 september) or a time range (18:00–21:00). Read from pdftotext -layout:
 * each line's end is joined with the next line's start and searched for these, written here
 * independently of the renderer's own patterns.
 */
const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october';
const TOGETHER = [/(?:\+46 ?|0)\d{1,3}[- ]\d{2,3}(?: \d{2,3}){1,3}/g, new RegExp(String.raw`\d{1,2}(?:[–-]\d{1,2})? (?:${MONTHS})(?: \d{4})?`, 'gi'), /\d{1,2}[:.]\d{2} ?[–-] ?\d{1,2}[:.]\d{2}/g];

export function lineEndsInside(layoutText: string): string[] {
  const lines = layoutText.split('\n').map((l) => l.trim());
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!a || !b) continue;
    // A line that ends in a dash was broken after it (joined without a space); else at a space.
    const sep = /[–-]$/.test(a) ? '' : ' ';
    const joined = `${a}${sep}${b}`;
    const cut = a.length + sep.length;
    for (const re of TOGETHER) {
      for (const m of joined.matchAll(re)) {
        if (m.index < a.length && m.index + m[0].length > cut) found.push(`${a} ⏎ ${b}`);
      }
    }
  }
  return [...new Set(found)];
}
