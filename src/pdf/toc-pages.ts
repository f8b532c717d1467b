import type { Page } from 'puppeteer-core';
import type { OutlineEntry } from './outline-pages.js';

export interface HeadingInfo {
  id: string;
  text: string;
}

export interface PreparedPage {
  /** The h1–h6 that print, in DOM order (the order Chromium builds the outline in). */
  headings: HeadingInfo[];
  /** The ids the contents page wants numbers for: `<span class="toc-page" data-for="ID">`. */
  targets: string[];
  /** Page 1 is a cover; false when the `<body>` says it has none (page-style.ts, WITHOUT_COVER). */
  cover: boolean;
}

/** The page geometry for a page that opens with a cover, and for one that opens with text; the page picks. */
export interface PageCss {
  cover: string;
  text: string;
  /** The class of `<body>` that picks `text`. */
  textClass: string;
}

// The functions run in the page are constants: puppeteer notes where each was made (a stack
// trace) the first time it is given one, so a function made anew for every call costs that every time.
const PREPARE = async (pageCss: PageCss, { placeholders, digits }: { placeholders: string[]; digits: string }, hyphenated: Record<string, string>): Promise<PreparedPage> => {
  await document.fonts.ready;
  // Soft hyphens into the long words of the running text (render/helpers/hyphenate.ts):
  // not in headings, the contents, code, or what must stay whole (.nobr, .print-url, names: .no-hyphens).
  // Of the tables, only the Kurskalender's "what" column: its titles may be long compounds.
  const skip = 'h1, h2, h3, h4, h5, h6, nav, code, pre, script, style, strong, table:not(.course-calendar > table), .nobr, .no-hyphens, .print-url, .cover, .back-cover, .internal-mark';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (text.length < 7 || n.parentElement?.closest(skip)) continue;
    const next = text.replace(/[\p{L}\p{M}]{7,}/gu, (w) => hyphenated[w] ?? w);
    if (next !== text) n.nodeValue = next;
  }
  const cover = !document.body.classList.contains(pageCss.textClass);
  const style = document.createElement('style');
  style.textContent = cover ? pageCss.cover : pageCss.text;
  // First in <head>: the template's own @page rules (a named page) come later and win.
  document.head.prepend(style);
  // The geometry may bring in a font of its own (the running header's).
  await document.fonts.ready;
  const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .filter((h) => h.getClientRects().length > 0)
    .map((h) => ({ id: h.id, text: h.textContent ?? '' }));
  const spans = Array.from(document.querySelectorAll<HTMLElement>('.toc-page[data-for]'));
  spans.forEach((span, i) => {
    const all = document.createElement('span');
    // No width: it overflows to the left (rtl), over the box's free room, and moves nothing.
    all.setAttribute('aria-hidden', 'true');
    all.setAttribute('style', 'display: inline-block; width: 0; direction: rtl; white-space: nowrap; font-size: 1px; letter-spacing: normal; text-indent: 0');
    all.textContent = digits;
    span.replaceChildren(all, placeholders[i % placeholders.length] ?? '');
  });
  return { headings, targets: spans.map((s) => s.dataset['for'] ?? ''), cover };
};

const FILL = (known: Record<string, number>, fallback: string, room: number): void => {
  if (room) document.documentElement.style.setProperty('--studyplan-toc-digits', String(room));
  for (const span of Array.from(document.querySelectorAll<HTMLElement>('.toc-page[data-for]'))) {
    const n = known[span.dataset['for'] ?? ''];
    span.textContent = n === undefined ? fallback : String(n);
  }
};

/**
 * Readies a loaded page for its first print, in one call into the page (each call is a round
 * trip to the browser): waits for its fonts, adds the page geometry (`css`: the cover's or, for a
 * page whose `<body>` has the class `css.textClass`, the one whose page 1 is text), reads the
 * headings and the contents page's targets, and fills each with a placeholder (one after
 * another, and round again) and, before it in a box of no width, `digits` at 1 px in the same
 * font (contents-numbers.ts).
 */
export function preparePage(page: Page, css: PageCss, fill: { placeholders: readonly string[]; digits: string }, words: Record<string, string> = {}): Promise<PreparedPage> {
  return page.evaluate(PREPARE, css, { placeholders: [...fill.placeholders], digits: fill.digits }, words);
}

/**
 * Writes the numbers into the contents page; `placeholder` keeps room for ids not (yet) known.
 * `digits` widens the room each number has (see contents-pages.ts, tocRoom).
 */
export function fillToc(page: Page, pages: Record<string, number>, placeholder = '', digits?: number): Promise<void> {
  return page.evaluate(FILL, pages, placeholder, digits ?? 0);
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Letters and digits only: Chromium's outline titles lose the spaces at line wraps and hidden text. */
const key = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/** Whether an outline title is the heading's text (or that text more than once, as Chromium may repeat it). */
function sameText(title: string, heading: string): boolean {
  if (norm(title) === norm(heading)) return true;
  const t = key(title);
  const h = key(heading);
  return h.length > 0 && t.length % h.length === 0 && t === h.repeat(t.length / h.length);
}

/**
 * Pairs outline entries with headings: both are in document order, so walk them together and
 * match by text, skipping headings the outline left out (empty ones, say). If the texts do not
 * line up at all but the counts agree, pair them by position. One heading (or none) per entry.
 */
export function matchHeadings(headings: readonly HeadingInfo[], outline: readonly OutlineEntry[]): (HeadingInfo | undefined)[] {
  const matches: (HeadingInfo | undefined)[] = [];
  let h = 0;
  for (const entry of outline) {
    let k = h;
    while (k < headings.length && !sameText(entry.title, headings[k]?.text ?? '')) k++;
    if (k === headings.length) {
      matches.push(undefined);
      continue;
    }
    matches.push(headings[k]);
    h = k + 1;
  }
  if (matches.includes(undefined) && headings.length === outline.length) return [...headings];
  return matches;
}

/** On which page each heading (by id) landed, from the outline. */
export function headingPages(headings: readonly HeadingInfo[], outline: readonly OutlineEntry[]): Record<string, number> {
  const pages: Record<string, number> = {};
  matchHeadings(headings, outline).forEach((heading, i) => {
    const page = outline[i]?.page;
    if (heading?.id && page !== undefined && pages[heading.id] === undefined) pages[heading.id] = page;
  });
  return pages;
}

/** The outline titles the headings give: their text on one line, as a screen reader reads it. */
export function headingTitles(headings: readonly HeadingInfo[], outline: readonly OutlineEntry[]): (string | undefined)[] {
  return matchHeadings(headings, outline).map((heading) => (heading && norm(heading.text)) || undefined);
}

export function samePages(a: Record<string, number>, b: Record<string, number>, ids: readonly string[]): boolean {
  return ids.every((id) => a[id] === b[id]);
}
