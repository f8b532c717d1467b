import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { hyphenationsOf } from '../render/helpers/hyphenate.js';
import type { Page, PDFOptions } from 'puppeteer-core';
import { finalizePdf } from './finalize-pdf.js';
import { openPdf, retitleOutline, type OpenedPdf, type OutlineEntry } from './outline-pages.js';
import { pageStyle, WITHOUT_COVER, type PageGeometry } from './page-style.js';
import { RequestGuard } from './request-guard.js';
import { linkPages, pageRanges, splicePages, tocRoom, TOC_DIGITS } from './contents-pages.js';
import { PdfObjects } from './pdf-objects.js';
import { CONTENTS_DIGITS, CONTENTS_PLACEHOLDERS, placeholderAt, writeContentsNumbers } from './contents-numbers.js';
import { fillToc, headingPages, headingTitles, preparePage, samePages, type PreparedPage } from './toc-pages.js';
import type { PdfJob } from './types.js';

/** Wider numbers can shift what follows the contents; print again until they hold, this often at most. */
const MAX_PASSES = 3;

export interface PrintedJob {
  bytes: Uint8Array;
  blocked: string[];
  /** Page 1 was a cover (false: the page said it has none, page-style.ts). */
  cover: boolean;
}

/** Where a job gets its page (tab) and gives it back. */
export interface Tabs {
  /** A blank page, or one an earlier job printed with. */
  take(): Promise<Page>;
  /** The job is done with the page: kept for the next job when it printed, else closed. */
  give(page: Page, printed: boolean): void;
}

/**
 * Prints one built HTML file: loads it with the request guard on, adds the page geometry, prints
 * it, fills the contents page with the pages the headings landed on (numberContents), then
 * finalises the PDF. The page is given back as soon as the browser's part is done, so that the
 * next plan loads into it while this one is finished here: opening a page for every plan cost
 * the browser about as much as a third of the plan's print. The caller owns the timeout.
 */
export async function printJob(tabs: Tabs, job: PdfJob, timeoutMs: number, step: (s: string) => void): Promise<PrintedJob> {
  const guard = await RequestGuard.create(job.assetRoots, job.htmlFile);
  const page = await tabs.take();
  let detach: (() => void) | undefined;
  let given = false;
  const giveBack = (printed: boolean): void => {
    detach?.();
    given = true;
    tabs.give(page, printed);
  };
  try {
    // Independent of each other: sent together, one round trip instead of three. No script of
    // the page runs (a template's or a plan's): the print needs none, and its own calls into the
    // page (toc-pages.ts) go through the DevTools protocol, which works with page script off.
    [detach] = await Promise.all([guard.attach(page), page.emulateMediaType('print'), page.setJavaScriptEnabled(false)]);
    step('loading');
    await page.goto(pathToFileURL(job.htmlFile).href, { waitUntil: 'load', timeout: timeoutMs });
    const geometry: PageGeometry = { size: job.pageSize, title: job.meta.title, page: job.page };
    // Chromium has no Swedish hyphenation dictionary on Linux: the words' break points come from here.
    const words = hyphenationsOf(await readFile(job.htmlFile, 'utf8').catch(() => ''), job.meta.lang);
    const css = { cover: `${pageStyle(geometry)}\n${tocRoom()}`, text: `${pageStyle({ ...geometry, cover: false })}\n${tocRoom()}`, textClass: WITHOUT_COVER };
    const prepared = await preparePage(page, css, { placeholders: CONTENTS_PLACEHOLDERS, digits: CONTENTS_DIGITS }, words);
    const options: PDFOptions = {
      format: job.pageSize,
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      timeout: timeoutMs,
    };
    step('printing');
    let { pdf, outline } = await openPdf(await page.pdf(options));
    if (prepared.targets.length) ({ pdf, outline } = await numberContents(page, geometry, options, prepared, { pdf, outline }, step));
    giveBack(true);
    const { headings } = prepared;
    retitleOutline(outline, headingTitles(headings, outline));
    step('finishing');
    return { bytes: await finalizePdf(pdf, job.meta), blocked: guard.blocked, cover: prepared.cover };
  } finally {
    if (!given) giveBack(false);
  }
}

interface Printed {
  pdf: OpenedPdf;
  outline: OutlineEntry[];
}

/**
 * The contents page's numbers, from the first print's outline. Numbers that fit the room kept
 * for them change nothing else on the page: they are written into the first print's contents
 * page in the placeholders' place (contents-numbers.ts). Where that cannot be done safely, the
 * contents pages of a print of the whole plan are put in place (contents-pages.ts). Otherwise (a
 * plan of 100 pages or more, a file not laid out as Chromium's own, marked content that differs)
 * the whole plan is printed again, with wider room, until the numbers hold.
 */
async function numberContents(page: Page, geometry: PageGeometry, options: PDFOptions, prepared: PreparedPage, first: Printed, step: (s: string) => void): Promise<Printed> {
  const { headings, targets } = prepared;
  let pages = headingPages(headings, first.outline);
  const digits = Math.max(TOC_DIGITS, ...Object.values(pages).map((n) => String(n).length));
  if (digits === TOC_DIGITS && first.pdf instanceof PdfObjects) {
    const tocPages = linkPages(first.pdf, targets);
    if (tocPages.length) {
      step('numbering the contents');
      const numbers = targets.map((id, i) => ({ placeholder: placeholderAt(i), text: pages[id] === undefined ? '' : String(pages[id]) }));
      if (writeContentsNumbers(first.pdf, tocPages, numbers)) return first;
      await fillToc(page, pages);
      // Else the pages with such links, from a print of the whole plan (Chromium lays all of it out again).
      step('printing the contents pages');
      const partial = await page.pdf({ ...options, outline: false, pageRanges: pageRanges(tocPages) });
      if (await splicePages(first.pdf, partial, tocPages)) return first;
    }
  }
  let printed = first;
  for (let pass = 2; pass <= MAX_PASSES; pass++) {
    await fillToc(page, pages, '', digits);
    step(`printing (pass ${pass})`);
    printed = await openPdf(await page.pdf(options));
    const found = headingPages(headings, printed.outline);
    if (samePages(found, pages, targets)) break;
    pages = found;
  }
  return printed;
}
