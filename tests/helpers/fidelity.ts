/**
 * A TypeScript port of ../shared/verify/fidelity.py: split a source text into sentences and check
 * that each appears, word for word, in a plan's text or a rendered booklet. Normalisation and
 * sentence splitting follow the Python script exactly, so that the figures agree with it.
 */

const WORD = String.raw`[\p{L}\p{N}_]`;
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['”', '"'],
  ['“', '"'],
  ['„', '"'],
  ['’', "'"],
  ['‘', "'"],
  ['–', '-'],
  ['—', '-'],
  ['\u00a0', ' '],
];

/** Lower-case words separated by single spaces; punctuation, quotes and dashes dropped. */
export function normalise(text: string): string {
  let t = text.normalize('NFC');
  t = t.replace(/[\u0300-\u036f]/g, ''); // combining marks left over after composition
  t = t.replace(/\u00ad/g, ''); // soft hyphens
  t = t.replace(new RegExp(`(${WORD})-\\s*\\n\\s*(${WORD})`, 'gu'), '$1$2'); // hyphenated at line ends
  for (const [a, b] of QUOTES) t = t.split(a).join(b);
  t = t.replace(new RegExp(`[^\\p{L}\\p{N}_\\s]|_`, 'gu'), ' '); // a layout may add or drop a colon
  t = t.replace(/\s+/gu, ' ');
  return t.trim().toLowerCase();
}

/** Python's str.splitlines() boundaries. */
// eslint-disable-next-line no-control-regex -- the file separators are line breaks to Python
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const SENTENCE_BREAK = /(?<=[.!?:])\s+(?=[A-ZÅÄÖ"”(])/u;

/** The normalised sentences of a source text (of two words or more), minus ignored lines. */
export function sentences(source: string, ignore: ReadonlySet<string> = new Set()): string[] {
  const kept: string[] = [];
  for (const line of source.split(LINE_BREAK)) {
    if (ignore.has(normalise(line))) continue;
    for (const part of line.split(SENTENCE_BREAK)) {
      const norm = normalise(part);
      if ((norm.match(new RegExp(`${WORD}+`, 'gu')) ?? []).length >= 2) kept.push(norm);
    }
  }
  return kept;
}

/** The lines of a `.ignore` file (page furniture of the original), normalised. */
export function ignoreSet(ignoreText: string | undefined): Set<string> {
  if (!ignoreText) return new Set();
  return new Set(
    ignoreText
      .split(LINE_BREAK)
      .filter((l) => l.trim())
      .map(normalise),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad' };

/** The visible text of an HTML page: scripts, styles and head removed, tags turned into spaces. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** Keys whose values are for the committee only and never printed. */
const UNPRINTED_KEYS = new Set(['internalNotes']);

/**
 * All printed string values of a plan, in document order, one per line. Objects marked
 * `internal: true` and `internalNotes` are left out, as the booklet leaves them out.
 */
export function allText(plan: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.internal === true) return;
      for (const [k, x] of Object.entries(o)) if (!UNPRINTED_KEYS.has(k)) walk(x);
    }
  };
  walk(plan);
  return out.join('\n');
}

export interface FidelityResult {
  wanted: string[];
  missing: string[];
  /** Share of sentences found, 0–100. */
  percent: number;
}

/** Which sentences of `source` are missing from `text` (both raw; normalised here). */
export function fidelity(source: string, text: string, ignore: ReadonlySet<string> = new Set()): FidelityResult {
  const wanted = sentences(source, ignore);
  const have = normalise(text);
  const missing = wanted.filter((s) => !have.includes(s));
  const percent = wanted.length ? (100 * (wanted.length - missing.length)) / wanted.length : 0;
  return { wanted, missing, percent };
}
