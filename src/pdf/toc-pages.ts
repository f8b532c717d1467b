import type { Page } from 'puppeteer-core';
import type { OutlineEntry } from './outline-pages.js';

export interface HeadingInfo {
  id: string;
  text: string;
}

/** The h1–h6 that print, in DOM order (the order Chromium builds the outline in). */
export function readHeadings(page: Page): Promise<HeadingInfo[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => ({ id: h.id, text: h.textContent ?? '' })),
  );
}

/** The ids the contents page wants numbers for: `<span class="toc-page" data-for="ID">`. */
export function readTocTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.toc-page[data-for]')).map((s) => s.dataset['for'] ?? ''));
}

/** Writes the numbers into the contents page; `placeholder` keeps room for ids not (yet) known. */
export function fillToc(page: Page, pages: Record<string, number>, placeholder = ''): Promise<void> {
  return page.evaluate(
    (known, fallback) => {
      for (const span of Array.from(document.querySelectorAll<HTMLElement>('.toc-page[data-for]'))) {
        const n = known[span.dataset['for'] ?? ''];
        span.textContent = n === undefined ? fallback : String(n);
      }
    },
    pages,
    placeholder,
  );
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Pairs outline entries with headings: both are in document order, so walk them together and
 * match by text, skipping headings the outline left out (empty ones, say). If the texts do not
 * line up at all but the counts agree, pair them by position.
 */
export function headingPages(headings: readonly HeadingInfo[], outline: readonly OutlineEntry[]): Record<string, number> {
  const pages: Record<string, number> = {};
  let h = 0;
  let matched = 0;
  for (const entry of outline) {
    const title = norm(entry.title);
    let k = h;
    while (k < headings.length && norm(headings[k]?.text ?? '') !== title) k++;
    if (k === headings.length) continue;
    const id = headings[k]?.id;
    if (id && pages[id] === undefined) pages[id] = entry.page;
    matched++;
    h = k + 1;
  }
  if (matched < outline.length && headings.length === outline.length) {
    headings.forEach((heading, i) => {
      const page = outline[i]?.page;
      if (heading.id && page !== undefined) pages[heading.id] = page;
    });
  }
  return pages;
}

export function samePages(a: Record<string, number>, b: Record<string, number>, ids: readonly string[]): boolean {
  return ids.every((id) => a[id] === b[id]);
}
