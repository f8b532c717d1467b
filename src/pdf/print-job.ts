import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { hyphenationsOf } from '../render/helpers/hyphenate.js';
import type { Page, PDFOptions } from 'puppeteer-core';
import { finalizePdf } from './finalize-pdf.js';
import { openPdf, retitleOutline, type OpenedPdf, type OutlineEntry } from './outline-pages.js';
import { pageStyle } from './page-style.js';
import { RequestGuard } from './request-guard.js';
import { fillToc, headingPages, headingTitles, preparePage, samePages } from './toc-pages.js';
import type { PdfJob } from './types.js';

/** Room for a two-digit page number while the first pass finds the real ones. */
const TOC_PLACEHOLDER = '00';
/** The contents page can shift what follows it; print again until the numbers hold, this often at most. */
const MAX_PASSES = 3;

export interface PrintedJob {
  bytes: Uint8Array;
  blocked: string[];
}

/**
 * Prints one built HTML file: loads it with the request guard on, adds the page geometry, fills
 * the contents page with the pages the headings landed on (print, read the outline, print again),
 * then finalises the PDF. `newPage` gives a blank page (opened ahead, maybe). The caller owns
 * the timeout; `onPage` hands it the page to close.
 */
export async function printJob(newPage: () => Promise<Page>, job: PdfJob, timeoutMs: number, step: (s: string) => void, onPage: (p: Page) => void): Promise<PrintedJob> {
  const guard = await RequestGuard.create(job.assetRoots, job.htmlFile);
  const page = await newPage();
  onPage(page);
  try {
    // Independent of each other: sent together, one round trip instead of two.
    await Promise.all([guard.attach(page), page.emulateMediaType('print')]);
    step('loading');
    await page.goto(pathToFileURL(job.htmlFile).href, { waitUntil: 'load', timeout: timeoutMs });
    // Chromium has no Swedish hyphenation dictionary on Linux: the words' break points come from here.
    const words = hyphenationsOf(await readFile(job.htmlFile, 'utf8').catch(() => ''), job.meta.lang);
    const { targets, headings } = await preparePage(page, pageStyle({ size: job.pageSize, title: job.meta.title, page: job.page }), TOC_PLACEHOLDER, words);

    const options: PDFOptions = {
      format: job.pageSize,
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      timeout: timeoutMs,
    };
    let pdf: OpenedPdf;
    let outline: OutlineEntry[];
    if (targets.length === 0) {
      step('printing');
      ({ pdf, outline } = await openPdf(await page.pdf(options)));
    } else {
      let pages: Record<string, number> = {};
      let pass = 0;
      for (;;) {
        pass++;
        step(pass === 1 ? 'printing' : `printing (pass ${pass})`);
        ({ pdf, outline } = await openPdf(await page.pdf(options)));
        const found = headingPages(headings, outline);
        // Pass 1 only measures; later passes are final once the numbers they show are right.
        if ((pass > 1 && samePages(found, pages, targets)) || pass === MAX_PASSES) break;
        pages = found;
        await fillToc(page, pages);
      }
    }
    retitleOutline(outline, headingTitles(headings, outline));
    step('finishing');
    return { bytes: await finalizePdf(pdf, job.meta), blocked: guard.blocked };
  } finally {
    // Not waited for: the PDF is done, and closing takes a round trip or two.
    page.close().catch(() => undefined);
  }
}
